/** Annex 2 coverage (CS-6.1): required vs provided units per functionality of the school's variant and size. */
import { mergeClasses } from '@fluentui/react-components';
import type { ModelWnioskuDyrektora } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { useWspolneStyle } from '../../komponenty/style';
import { Stan } from './Wklad';
import { NaglowekTabeli } from '../../komponenty/NaglowekTabeli';

export function Pokrycie({ m }: { m: ModelWnioskuDyrektora }) {
  const { t } = useJezyk();
  const s = useWspolneStyle();
  const w = t.wniosek;
  if (!m.pokrycie) return <p className={s.maly}>{w.brakPokrycia}</p>;
  return (
    <table className={s.tabela} data-testid="tabela-pokrycia">
      <NaglowekTabeli
        kolumny={[
          { tekst: w.funkcjonalnosc },
          { tekst: w.wymagane, liczba: true },
          { tekst: w.zapewnione, liczba: true },
        ]}
      />
      <tbody>
        {m.pokrycie.map((p) => (
          <tr key={p.funkcjonalnosc}>
            <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
              {p.funkcjonalnosc}
              <div className={s.maly}>
                <span className={s.mono}>{p.spelnianaPrzez}</span>{' '}
                {p.brakJednostek === null ? (
                  w.nieznane
                ) : (
                  <Stan ok={p.brakJednostek === 0} tak={w.pokryta} nie={w.brakJednostek(p.brakJednostek)} />
                )}
              </div>
            </th>
            <td className={mergeClasses(s.td, s.liczba)}>{p.wymagane ?? '—'}</td>
            <td className={mergeClasses(s.td, s.liczba)}>{p.pokryte}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
