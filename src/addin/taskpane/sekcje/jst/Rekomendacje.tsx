/** JST-2: the triggered recommendations, each a disclosure (native details/summary) listing its schools and values. */
import { useState } from 'react';
import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import type { DiagnozaJson } from '../../../../core';
import { useTekstyJst } from '../../i18n/jst';
import { useWspolneStyle } from '../../komponenty/style';
import { TEKST, TEKST_BRAKU, TLO, TLO_BRAKU } from './kolory';
import { useStyleJst } from './style';

const useStyle = makeStyles({
  pozycja: {
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  podsumowanie: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    listStyleType: 'none',
    borderRadius: tokens.borderRadiusMedium,
    '::-webkit-details-marker': { display: 'none' },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  wiersz: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  id: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    whiteSpace: 'nowrap',
  },
  tekst: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  licznik: {
    marginLeft: 'auto',
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
  },
  chevron: { display: 'inline-flex', fontSize: '12px', color: tokens.colorNeutralForeground3 },
  priorytet: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  tresc: {
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  szkoly: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  wartosc: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
});

const KOLOR_PRIORYTETU: Record<string, { backgroundColor: string; color: string }> = {
  wysoki: { backgroundColor: TLO.czerwony, color: TEKST.czerwony },
  średni: { backgroundColor: TLO.bursztynowy, color: TEKST.bursztynowy },
  niski: { backgroundColor: TLO_BRAKU, color: TEKST_BRAKU },
};

type Rekomendacja = DiagnozaJson['rekomendacje'][number];

function Pozycja({ r }: { r: Rekomendacja }) {
  const tj = useTekstyJst();
  const s = useWspolneStyle();
  const st = useStyle();
  const d = tj.diagnoza;
  const [otwarta, setOtwarta] = useState(false);
  return (
    <li className={st.pozycja} data-testid="jst-rekomendacja" data-id={r.id}>
      <details onToggle={(e) => setOtwarta(e.currentTarget.open)}>
        <summary className={st.podsumowanie}>
          <span className={st.wiersz}>
            <span className={st.id}>{r.id}</span>
            <span className={st.priorytet} style={KOLOR_PRIORYTETU[r.priorytet] ?? KOLOR_PRIORYTETU.niski}>
              {d.priorytet[r.priorytet] ?? r.priorytet}
            </span>
            <span className={st.licznik}>{d.szkolRek(r.szkoly.length)}</span>
            <span className={st.chevron} aria-hidden>
              {otwarta ? <ChevronUpRegular /> : <ChevronDownRegular />}
            </span>
          </span>
          <span className={st.tekst}>{r.tekst}</span>
        </summary>
        <div className={st.tresc}>
          <ul className={st.szkoly}>
            {r.szkoly.map((x) => (
              <li key={x.wiersz}>
                {x.nazwa ?? x.regon ?? `#${x.wiersz}`} <span className={st.wartosc}>— {x.wartosc}</span>
              </li>
            ))}
          </ul>
          <span className={s.maly}>{d.wartoscJst(r.wartoscJst)}</span>
        </div>
      </details>
    </li>
  );
}

export function Rekomendacje({ rekomendacje }: { rekomendacje: readonly Rekomendacja[] }) {
  const tj = useTekstyJst();
  const s = useWspolneStyle();
  const sj = useStyleJst();
  if (rekomendacje.length === 0) return <p className={s.maly}>{tj.diagnoza.brakRekomendacji}</p>;
  return (
    <ul className={sj.lista} data-testid="jst-rekomendacje">
      {rekomendacje.map((r) => (
        <Pozycja key={r.id} r={r} />
      ))}
    </ul>
  );
}
