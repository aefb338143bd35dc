/** CS-R.4 deadline tracker: the workbook's `Terminy` sheet, its next deadline and what is missing for it. */
import { odczytajTerminy, type OdczytTerminow } from '../../../../core';
import { MessageBar, MessageBarBody, mergeClasses } from '@fluentui/react-components';
import { CalendarClockRegular } from '@fluentui/react-icons';
import { useOdczyt } from '../../stan/useOdczyt';
import { Karta } from '../../komponenty/Karta';
import { NaglowekTabeli } from '../../komponenty/NaglowekTabeli';
import { KomunikatBledu } from '../../komponenty/KomunikatBledu';
import { Nieaktualne, Ostrzezenie } from '../../komponenty/Nieaktualne';
import { useWspolneStyle } from '../../komponenty/style';
import { useTekstySprawozdan } from './teksty';

const ARKUSZE = ['Terminy'];

export function TrackerTerminow() {
  const t = useTekstySprawozdan();
  const s = useWspolneStyle();
  const odczyt = useOdczyt<OdczytTerminow | null>(ARKUSZE, odczytajTerminy);
  const d = odczyt.dane;
  const n = d?.najblizszy;
  return (
    <Karta tytul={t.terminy} ikona={<CalendarClockRegular aria-hidden />} testId="terminy">
      <KomunikatBledu tekst={odczyt.blad} odswiez={() => void odczyt.odswiez()} />
      <Nieaktualne odczyt={odczyt} />
      {!d && !odczyt.ladowanie && !odczyt.blad && (
        <Ostrzezenie tekst={t.brakTerminow} odswiez={() => void odczyt.odswiez()} testId="brak-terminow" />
      )}
      {d && (
        <>
          <p className={s.maly}>{t.stanNaDzien(d.naDzien)}</p>
          <MessageBar
            intent={n ? (n.stan === 'zaległe' ? 'error' : 'warning') : 'success'}
            data-testid="najblizszy-termin"
          >
            <MessageBarBody>
              {n ? (
                <>
                  <strong>{t.nastepny}:</strong> {n.krok} ({n.regula}) — {n.termin}, {n.stan}
                  {n.brakuje && (
                    <>
                      <br />
                      {t.brakuje} ({n.brak}): {n.brakuje}
                    </>
                  )}
                </>
              ) : (
                t.wszystkieZamkniete
              )}
            </MessageBarBody>
          </MessageBar>
          <table className={s.tabela} data-testid="tabela-terminow">
            <NaglowekTabeli kolumny={[{ tekst: t.krok }, { tekst: t.termin }, { tekst: t.stan }]} />
            <tbody>
              {d.terminy.map((x) => (
                <tr key={x.regula} data-regula={x.regula} data-stan={x.stan}>
                  <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
                    {x.krok} ({x.regula})
                  </th>
                  <td className={s.td}>{x.termin}</td>
                  <td
                    className={mergeClasses(
                      s.td,
                      x.stan === 'zaległe' ? s.zle : x.stan === 'zrobione' ? s.ok : undefined,
                    )}
                  >
                    {x.stan}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Karta>
  );
}
