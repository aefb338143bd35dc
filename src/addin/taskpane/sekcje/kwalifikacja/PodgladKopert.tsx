/** The envelope preview card: E_I/E_II and E_k,s as the run would compute them now (CS-Z3.2/3.3). */
import { MessageBar, MessageBarBody, mergeClasses } from '@fluentui/react-components';
import { MoneyRegular } from '@fluentui/react-icons';
import type { Grupa, Wariant, PodgladKwalifikacji } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { Karta } from '../../komponenty/Karta';
import { useWspolneStyle } from '../../komponenty/style';
import { procentTekst } from './parametry';
import { NaglowekTabeli } from '../../komponenty/NaglowekTabeli';

const WARIANTY: Wariant[] = ['I', 'II'];
const GRUPY: Grupa[] = ['mała', 'średnia', 'duża', 'wszystkie'];

export function PodgladKopert({ p }: { p: PodgladKwalifikacji }) {
  const { t, kwota } = useJezyk();
  const s = useWspolneStyle();
  const k = t.kwalifikacja;
  const Es = p.koperty?.Es;
  const grupy = Es ? GRUPY.filter((g) => Es.I[g] !== undefined) : [];
  return (
    <Karta
      tytul={k.podglad}
      ikona={<MoneyRegular aria-hidden />}
      testId="podglad-kopert"
      zwijana
      skrot={p.koperty ? `E_I = ${kwota(p.koperty.E.I)} · E_II = ${kwota(p.koperty.E.II)}` : undefined}
    >
      {p.A === null && <p className={s.maly}>{k.brakKwoty}</p>}
      {p.A !== null && <p className={s.maly}>{k.podgladOpis(p.pozytywne, kwota(p.sumaR), kwota(p.A))}</p>}
      {p.A !== null && p.pozytywne === 0 && <p className={s.maly}>{k.brakWnioskow}</p>}
      {p.wszystkieMieszcza && p.pozytywne > 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{k.wszystkieMieszcza}</MessageBarBody>
        </MessageBar>
      )}
      {p.koperty && (
        <>
          <p className={s.maly}>{k.udzialI(procentTekst(p.koperty.udzialSetne), p.koperty.udzialDomyslny)}</p>
          <table className={s.tabela} data-testid="tabela-kopert">
            <NaglowekTabeli
              kolumny={[{ tekst: k.koperta }, ...WARIANTY.map((v) => ({ tekst: `${k.wariant} ${v}`, liczba: true }))]}
            />
            <tbody>
              <tr className={s.wierszSumy}>
                <th className={mergeClasses(s.td, s.etykietaSumy)} scope="row">
                  E<sub>k</sub>
                </th>
                {WARIANTY.map((v) => (
                  <td key={v} className={mergeClasses(s.td, s.liczba)}>
                    {kwota(p.koperty!.E[v])}
                  </td>
                ))}
              </tr>
              {grupy.map((g) => (
                <tr key={g}>
                  <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
                    E<sub>k,s</sub> · {t.wielkosci[g]}
                  </th>
                  {WARIANTY.map((v) => (
                    <td key={v} className={mergeClasses(s.td, s.liczba)}>
                      {kwota(Es![v][g] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {!Es && <p className={s.maly}>{k.brakSio}</p>}
        </>
      )}
      {p.rezygnacje > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{k.rezygnacje(p.rezygnacje)}</MessageBarBody>
        </MessageBar>
      )}
    </Karta>
  );
}
