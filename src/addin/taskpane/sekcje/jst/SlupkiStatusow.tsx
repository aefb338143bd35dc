/**
 * JST-4: one stacked bar per month — green / amber / red (and no-data) action counts in the written
 * sheet's fills, on a common scale with light gridlines. Each bar is an image with a full text label;
 * the same numbers are in the data table (TabelaPulpitu).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useJezyk } from '../../i18n/jezyk';
import { useTekstyJst } from '../../i18n/jst';
import { RAMKA, TEKST, TEKST_BRAKU, TLO, TLO_BRAKU } from './kolory';
import { KOLORY, nazwaMiesiaca, skalaOsi, type MiesiacPulpitu } from './model';
import { useStyleJst } from './style';

const useStyle = makeStyles({
  wykres: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '3px',
    alignItems: 'center',
  },
  etykieta: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
    textAlign: 'right',
  },
  tor: { position: 'relative', height: '20px' },
  linia: {
    position: 'absolute',
    top: '-2px',
    bottom: '-2px',
    width: '1px',
    backgroundColor: tokens.colorNeutralStroke3,
  },
  pasek: { position: 'relative', display: 'flex', height: '100%', borderRadius: '3px', overflow: 'hidden' },
  odcinek: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    minWidth: 0,
    overflow: 'hidden',
  },
  os: { position: 'relative', height: '14px', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  podzialka: { position: 'absolute', transform: 'translateX(-50%)', fontVariantNumeric: 'tabular-nums' },
});

export function SlupkiStatusow({ miesiace, skala }: { miesiace: readonly MiesiacPulpitu[]; skala: number }) {
  const { jezyk } = useJezyk();
  const tj = useTekstyJst();
  const s = useStyle();
  const sj = useStyleJst();
  const p = tj.pulpit;
  const { krok, gora } = skalaOsi(skala, Math.min(skala, 5), true);
  const podzialki = Array.from({ length: Math.round(gora / krok) + 1 }, (_, i) => i * krok);
  const x = (n: number) => `${(n / gora) * 100}%`;
  const odcinki = (m: MiesiacPulpitu) => [
    ...KOLORY.map((k) => ({ klucz: k, n: m.liczby[k], tlo: TLO[k], tekst: TEKST[k], ramka: RAMKA[k] })),
    { klucz: 'brak', n: m.brakDanych, tlo: TLO_BRAKU, tekst: TEKST_BRAKU, ramka: TLO_BRAKU },
  ];

  return (
    <>
      <ul className={sj.legenda} aria-hidden>
        {KOLORY.map((k) => (
          <li key={k}>
            <span className={sj.probka} style={{ backgroundColor: TLO[k], boxShadow: `inset 0 0 0 1px ${RAMKA[k]}` }} />
            {tj.kolorMnoga[k]}
          </li>
        ))}
        {miesiace.some((m) => m.brakDanych > 0) && (
          <li>
            <span className={sj.probka} style={{ backgroundColor: TLO_BRAKU }} />
            {tj.brakDanych}
          </li>
        )}
      </ul>
      <div className={s.wykres} data-testid="jst-slupki">
        {miesiace.map((m) => {
          const nazwa = nazwaMiesiaca(m.miesiac, jezyk);
          return (
            <div key={m.miesiac} style={{ display: 'contents' }}>
              <span className={s.etykieta} aria-hidden>
                {nazwa}
              </span>
              <div
                className={s.tor}
                role="img"
                aria-label={p.wiersz(nazwa, m.liczby.zielony, m.liczby.bursztynowy, m.liczby.czerwony, m.brakDanych)}
                data-testid="jst-miesiac"
                data-miesiac={m.miesiac}
                data-zielone={m.liczby.zielony}
                data-bursztynowe={m.liczby.bursztynowy}
                data-czerwone={m.liczby.czerwony}
              >
                {podzialki.map((n) => (
                  <span key={n} className={s.linia} style={{ left: x(n) }} />
                ))}
                <div className={s.pasek} style={{ width: x(m.razem) }}>
                  {odcinki(m)
                    .filter((o) => o.n > 0)
                    .map((o) => (
                      <span
                        key={o.klucz}
                        className={s.odcinek}
                        style={{
                          flexGrow: o.n,
                          flexBasis: 0,
                          backgroundColor: o.tlo,
                          color: o.tekst,
                          boxShadow: `inset 0 0 0 1px ${o.ramka}`,
                        }}
                      >
                        {o.n}
                      </span>
                    ))}
                </div>
              </div>
            </div>
          );
        })}
        <span />
        <div className={s.os} aria-hidden>
          {podzialki.map((n) => (
            <span key={n} className={s.podzialka} style={{ left: x(n) }}>
              {n}
            </span>
          ))}
        </div>
      </div>
    </>
  );
}
