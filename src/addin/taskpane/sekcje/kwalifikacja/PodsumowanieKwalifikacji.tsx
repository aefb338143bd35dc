/** The run's summary: qualified count and amount per variant × size, unused money, smallest shortfall. */
import { forwardRef } from 'react';
import { MessageBar, MessageBarBody, mergeClasses } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { type Wariant, type DaneKwalifikacji, WIELKOSCI } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { Karta } from '../../komponenty/Karta';
import { useWspolneStyle } from '../../komponenty/style';
import { NaglowekTabeli } from '../../komponenty/NaglowekTabeli';

const WARIANTY: Wariant[] = ['I', 'II'];

export const PodsumowanieKwalifikacji = forwardRef<HTMLHeadingElement, { d: DaneKwalifikacji }>(
  function PodsumowanieKwalifikacji({ d }, ref) {
    const p = d.podsumowanie;
    const { t, kwota } = useJezyk();
    const s = useWspolneStyle();
    const k = t.kwalifikacja;
    return (
      <Karta
        ref={ref}
        tytul={k.podsumowanie}
        ikona={<CheckmarkCircleFilled aria-hidden className={s.ok} />}
        testId="podsumowanie"
      >
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="podsumowanie-tekst">
            {k.przyznano(p.zakwalifikowane, kwota(p.przyznano))}
          </MessageBarBody>
        </MessageBar>
        <table className={s.tabela} data-testid="tabela-podsumowania">
          <NaglowekTabeli
            kolumny={[
              { tekst: k.zakwalifikowane },
              { tekst: k.liczba, liczba: true },
              { tekst: k.kwota, liczba: true },
            ]}
          />
          {WARIANTY.map((v) => {
            const w = p.warianty[v];
            return (
              <tbody key={v}>
                {WIELKOSCI.map((g) => (
                  <tr key={g}>
                    <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
                      {k.wariant} {v} · {t.wielkosci[g]}
                    </th>
                    <td className={mergeClasses(s.td, s.liczba)}>{w.wgWielkosci[g].liczba}</td>
                    <td className={mergeClasses(s.td, s.liczba)}>{kwota(w.wgWielkosci[g].kwota)}</td>
                  </tr>
                ))}
                <tr className={s.wierszSumy}>
                  <th className={mergeClasses(s.td, s.etykietaSumy)} scope="row">
                    {k.razem} {k.wariant.toLowerCase()} {v}
                  </th>
                  <td className={mergeClasses(s.td, s.liczba)}>{w.liczba}</td>
                  <td className={mergeClasses(s.td, s.liczba)}>{kwota(w.kwota)}</td>
                </tr>
                {w.niewykorzystane !== null && (
                  <tr>
                    <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
                      {k.niewykorzystane} ({v})
                    </th>
                    <td className={s.td} />
                    <td className={mergeClasses(s.td, s.liczba)}>{kwota(w.niewykorzystane)}</td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
        <p className={s.maly}>{k.niewykorzystaneRazem(kwota(p.niewykorzystane))}</p>
        <p className={s.maly}>
          {p.najmniejszyBrak ? k.najmniejszyBrak(kwota(p.najmniejszyBrak.kwota), p.najmniejszyBrak.regon) : k.bezBraku}
        </p>
        <p className={s.maly}>{k.pozostale(p.niezakwalifikowane, p.odrzucone, p.rezygnacje)}</p>
        <p className={s.maly}>
          {k.odcisk}:{' '}
          <span className={s.mono} title={d.odcisk}>
            {d.odcisk.slice(0, 16)}…
          </span>
        </p>
        <p className={s.maly}>{k.arkusze}</p>
      </Karta>
    );
  },
);
