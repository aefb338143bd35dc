/** JST-2: the triggered recommendations, each a disclosure (native details/summary) listing its schools and values. */
import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { DiagnozaJson } from '../../../../core/jst';
import { useJezyk } from '../../i18n/jezyk';
import { useWspolneStyle } from '../../komponenty/style';
import { TEKST, TEKST_BRAKU, TLO, TLO_BRAKU } from './kolory';
import { useStyleJst } from './style';

const useStyle = makeStyles({
  pozycja: { ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2), borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  podsumowanie: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    listStyleType: 'none',
    fontSize: tokens.fontSizeBase200,
    '::-webkit-details-marker': { display: 'none' },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px', borderRadius: tokens.borderRadiusMedium },
  },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, whiteSpace: 'nowrap' },
  tekst: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  licznik: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  priorytet: { display: 'inline-block', marginTop: '2px', padding: `0 ${tokens.spacingHorizontalXS}`, borderRadius: tokens.borderRadiusSmall, fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightSemibold },
  tresc: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  szkoly: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  wartosc: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
});

const KOLOR_PRIORYTETU: Record<string, { backgroundColor: string; color: string }> = {
  wysoki: { backgroundColor: TLO.czerwony, color: TEKST.czerwony },
  średni: { backgroundColor: TLO.bursztynowy, color: TEKST.bursztynowy },
  niski: { backgroundColor: TLO_BRAKU, color: TEKST_BRAKU },
};

export function Rekomendacje({ rekomendacje }: { rekomendacje: DiagnozaJson['rekomendacje'] }) {
  const { t } = useJezyk();
  const s = useWspolneStyle();
  const sj = useStyleJst();
  const st = useStyle();
  const d = t.jst.diagnoza;
  if (rekomendacje.length === 0) return <p className={s.maly}>{d.brakRekomendacji}</p>;
  return (
    <ul className={sj.lista} data-testid="jst-rekomendacje">
      {rekomendacje.map((r) => {
        return (
          <li key={r.id} className={st.pozycja} data-testid="jst-rekomendacja" data-id={r.id}>
            <details>
              <summary className={st.podsumowanie}>
                <span className={st.id}>{r.id}</span>
                <span>
                  <span className={st.tekst}>{r.tekst}</span>
                  <br />
                  <span className={st.priorytet} style={KOLOR_PRIORYTETU[r.priorytet] ?? KOLOR_PRIORYTETU.niski}>
                    {d.priorytet[r.priorytet] ?? r.priorytet}
                  </span>
                </span>
                <span className={st.licznik}>{d.szkolRek(r.szkoly.length)}</span>
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
      })}
    </ul>
  );
}
