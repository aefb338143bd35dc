/** Styles shared by the JST result cards (key-figure tiles, sub-headings, disclosure lists). */
import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useStyleJst = makeStyles({
  kafle: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(96px, 1fr))', gap: tokens.spacingHorizontalS },
  kafel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke3),
    minWidth: 0,
  },
  kafelEtykieta: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground3, textTransform: 'uppercase', letterSpacing: '0.03em' },
  kafelWartosc: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  kafelPod: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground3 },
  podtytul: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  legenda: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0, padding: 0, listStyleType: 'none' },
  probka: { display: 'inline-block', width: '10px', height: '10px', borderRadius: '2px', marginRight: tokens.spacingHorizontalXS, verticalAlign: '-1px' },
  lista: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  nazwaSzkoly: { display: 'block', overflowWrap: 'anywhere' },
  przelacznik: { alignSelf: 'flex-start' },
  ukrytaTabela: { display: 'none' },
});
