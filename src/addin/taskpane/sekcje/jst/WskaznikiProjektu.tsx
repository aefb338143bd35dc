/**
 * After `wskazniki` (JST-5, JST-6): the three programme indicators — value against target, progress,
 * and the women / men split against their targets — and one line of project spending. From `DaneWskaznikow` (money in grosze).
 */
import { forwardRef, useMemo } from 'react';
import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { BuildingGovernmentRegular } from '@fluentui/react-icons';
import type { DaneWskaznikow } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { useTekstyJst } from '../../i18n/jst';
import { Karta } from '../../komponenty/Karta';
import { useWspolneStyle } from '../../komponenty/style';
import { calkowita, modelWskaznikow, procent, type WskaznikProjektu } from './model';
import { useStyleJst } from './style';

const useStyle = makeStyles({
  wskaznik: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  gora: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  nazwa: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  rodzaj: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.03em',
  },
  wartosc: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  cel: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  postep: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  tor: {
    height: '8px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  pasek: { height: '100%', borderRadius: tokens.borderRadiusCircular },
  ostrzezenie: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1 },
  skrot: { textDecorationLine: 'none', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3 },
  plcie: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: 'tabular-nums',
  },
});

function Wskaznik({ w }: { w: WskaznikProjektu }) {
  const { jezyk } = useJezyk();
  const tj = useTekstyJst();
  const st = useStyle();
  const p = tj.projekt;
  const osiagniety = w.wartosc >= w.cel;
  const plec = (skrot: string, pelna: string, x: WskaznikProjektu['k']) =>
    x && (
      <span>
        <abbr title={pelna} className={st.skrot}>
          {skrot}
        </abbr>{' '}
        <strong>{x.wartosc}</strong> / {x.cel}
        {x.postep !== null && ` (${procent(x.postep, jezyk)})`}
      </span>
    );
  return (
    <li className={st.wskaznik} data-testid="jst-wskaznik" data-id={w.id} data-wartosc={w.wartosc} data-cel={w.cel}>
      <span className={st.rodzaj}>{p.rodzaj[w.rodzaj] ?? w.rodzaj}</span>
      <span className={st.nazwa}>{p.nazwy[w.id] ?? w.nazwa}</span>
      <span className={st.gora}>
        <span className={st.wartosc}>
          {calkowita(w.wartosc, jezyk)}{' '}
          <span className={st.cel}>
            / {calkowita(w.cel, jezyk)} ({p.cel})
          </span>
        </span>
        <span
          className={st.postep}
          style={{ color: osiagniety ? tokens.colorPaletteGreenForeground1 : tokens.colorNeutralForeground1 }}
        >
          {procent(w.postep, jezyk)}
        </span>
      </span>
      <div className={st.tor} aria-hidden>
        <div
          className={st.pasek}
          style={{
            width: `${w.pasek * 100}%`,
            backgroundColor: osiagniety ? tokens.colorPaletteGreenBackground3 : tokens.colorBrandBackground,
          }}
        />
      </div>
      {(w.k || w.m) && (
        <span className={st.plcie}>
          {plec(p.k, p.kobiety, w.k)}
          {plec(p.m, p.mezczyzni, w.m)}
        </span>
      )}
      {w.bezPlci !== 0 && (
        <span className={st.ostrzezenie} data-testid="jst-bez-plci">
          {p.bezPlci(w.bezPlci)}
        </span>
      )}
    </li>
  );
}

export const WskaznikiProjektu = forwardRef<HTMLHeadingElement, { dane: DaneWskaznikow }>(function WskaznikiProjektu(
  { dane },
  ref,
) {
  const { kwota } = useJezyk();
  const tj = useTekstyJst();
  const s = useWspolneStyle();
  const sj = useStyleJst();
  const p = tj.projekt;
  const m = useMemo(() => modelWskaznikow(dane), [dane]);
  return (
    <Karta ref={ref} tytul={p.tytul} ikona={<BuildingGovernmentRegular aria-hidden />} testId="jst-projekt" zwijana>
      <p className={s.maly}>{p.stan(m.stanNa, m.osob, m.jst)}</p>
      <ul className={sj.lista}>
        {m.wskazniki.map((w) => (
          <Wskaznik key={w.id} w={w} />
        ))}
      </ul>
      <p className={s.maly}>{p.budzet(kwota(m.wydatki), kwota(m.plan), kwota(m.pozaOknem))}</p>
      <p className={s.maly}>{p.arkusze}</p>
    </Karta>
  );
});
