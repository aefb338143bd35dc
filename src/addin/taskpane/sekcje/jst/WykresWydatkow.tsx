/**
 * JST-4: cumulative spending against the planned cumulative spending, month by month, with the plan
 * budget as a reference line — plain SVG (no chart library). The picture has a text summary; the
 * figures are in the data table (TabelaPulpitu).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useJezyk } from '../../i18n/jezyk';
import { useTekstyJst } from '../../i18n/jst';
import { kwotaSkrocona, nazwaMiesiaca, skalaOsi, type MiesiacPulpitu } from './model';
import { useStyleJst } from './style';

const W = 340;
const H = 170;
const L = 46;
const R = 10;
const T = 10;
const B = 22;

const KOLOR_WYDATKOW = tokens.colorBrandForeground1;
const KOLOR_PLANU = tokens.colorNeutralForeground3;
const KOLOR_BUDZETU = tokens.colorPaletteRedForeground1;

const useStyle = makeStyles({
  svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
  tekst: { fontSize: '10px', fill: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  linia: {
    display: 'inline-block',
    width: '16px',
    height: 0,
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: '3px',
  },
});

export function WykresWydatkow({ miesiace, budzet }: { miesiace: readonly MiesiacPulpitu[]; budzet: number }) {
  const { jezyk, kwota } = useJezyk();
  const tj = useTekstyJst();
  const s = useStyle();
  const sj = useStyleJst();
  const p = tj.pulpit;
  if (miesiace.length === 0) return null;
  const maks = Math.max(budzet, ...miesiace.map((m) => Math.max(m.wydatki, m.plan)));
  const { krok, gora } = skalaOsi(maks, 4);
  const n = miesiace.length;
  const x = (i: number) => L + (n === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (n - 1));
  const y = (g: number) => T + (H - T - B) * (1 - g / gora);
  const sciezka = (f: (m: MiesiacPulpitu) => number) =>
    miesiace.map((m, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(f(m)).toFixed(1)}`).join(' ');
  const podzialki = Array.from({ length: Math.round(gora / krok) + 1 }, (_, i) => i * krok);
  // every month when there is room, else every third (Jan, Apr, Jul, Oct of a calendar year)
  const coKtory = n <= 6 ? 1 : 3;
  const ost = miesiace[n - 1];
  const opis = p.opisWykresu(nazwaMiesiaca(ost.miesiac, jezyk), kwota(ost.wydatki), kwota(ost.plan), kwota(budzet));

  return (
    <>
      <svg className={s.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={opis} data-testid="jst-wykres-wydatkow">
        <title>{opis}</title>
        {podzialki.map((g) => (
          <g key={g}>
            <line
              x1={L}
              x2={W - R}
              y1={y(g)}
              y2={y(g)}
              style={{ stroke: g === 0 ? tokens.colorNeutralStroke1 : tokens.colorNeutralStroke3 }}
              strokeWidth={1}
            />
            <text className={s.tekst} x={L - 6} y={y(g) + 3} textAnchor="end">
              {kwotaSkrocona(g, jezyk)}
            </text>
          </g>
        ))}
        {miesiace.map((m, i) =>
          i % coKtory === 0 || i === n - 1 ? (
            <text
              key={m.miesiac}
              className={s.tekst}
              x={x(i)}
              y={H - 6}
              textAnchor={i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'}
            >
              {nazwaMiesiaca(m.miesiac, jezyk).split(' ')[0]}
            </text>
          ) : null,
        )}
        <line
          x1={L}
          x2={W - R}
          y1={y(budzet)}
          y2={y(budzet)}
          style={{ stroke: KOLOR_BUDZETU }}
          strokeWidth={1.25}
          strokeDasharray="2 3"
        />
        <path
          d={sciezka((m) => m.plan)}
          fill="none"
          style={{ stroke: KOLOR_PLANU }}
          strokeWidth={1.75}
          strokeDasharray="5 4"
          strokeLinejoin="round"
        />
        <path
          d={sciezka((m) => m.wydatki)}
          fill="none"
          style={{ stroke: KOLOR_WYDATKOW }}
          strokeWidth={2.25}
          strokeLinejoin="round"
        />
        {miesiace.map((m, i) => (
          <circle
            key={m.miesiac}
            cx={x(i)}
            cy={y(m.wydatki)}
            r={2.5}
            style={{ fill: tokens.colorNeutralBackground1, stroke: KOLOR_WYDATKOW }}
            strokeWidth={1.5}
          />
        ))}
      </svg>
      <ul className={sj.legenda} aria-hidden>
        <li>
          <span className={s.linia} style={{ borderTop: `2.5px solid ${KOLOR_WYDATKOW}` }} />
          {p.wykonanie}
        </li>
        <li>
          <span className={s.linia} style={{ borderTop: `2px dashed ${KOLOR_PLANU}` }} />
          {p.plan}
        </li>
        <li>
          <span className={s.linia} style={{ borderTop: `2px dotted ${KOLOR_BUDZETU}` }} />
          {p.budzet}
        </li>
      </ul>
    </>
  );
}
