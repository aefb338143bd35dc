/** The pane's header: title, programme line and the PL/EN switch. */
import { makeStyles, tokens, ToggleButton, mergeClasses } from '@fluentui/react-components';
import type { Jezyk } from '../../../core';
import { useJezyk } from '../i18n/jezyk';

const useStyle = makeStyles({
  naglowek: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    backgroundImage: `linear-gradient(135deg, ${tokens.colorBrandBackground} 0%, ${tokens.colorBrandBackgroundPressed} 100%)`,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  znak: {
    flexShrink: 0,
    width: '36px',
    height: '36px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'rgba(255,255,255,0.16)',
    display: 'grid',
    placeItems: 'center',
    fontWeight: tokens.fontWeightBold,
    fontSize: tokens.fontSizeBase400,
  },
  teksty: { flexGrow: 1, minWidth: 0 },
  tytul: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  podtytul: { margin: 0, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase200, opacity: 0.9 },
  jezyki: { display: 'flex', flexShrink: 0, columnGap: '2px' },
  jezyk: {
    minWidth: '34px',
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: 'transparent',
    border: `${tokens.strokeWidthThin} solid rgba(255,255,255,0.5)`,
    ':hover': { backgroundColor: 'rgba(255,255,255,0.16)', color: tokens.colorNeutralForegroundOnBrand },
  },
  wlaczony: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorBrandForeground1 },
  },
});

const JEZYKI: Array<[Jezyk, string]> = [
  ['pl', 'PL'],
  ['en', 'EN'],
];

export function Naglowek() {
  const s = useStyle();
  const { t, jezyk, ustawJezyk } = useJezyk();
  return (
    <header className={s.naglowek}>
      <div className={s.znak} aria-hidden>
        CS
      </div>
      <div className={s.teksty}>
        <h1 className={s.tytul}>{t.aplikacja.tytul}</h1>
        <p className={s.podtytul}>{t.aplikacja.podtytul}</p>
      </div>
      <div className={s.jezyki} role="group" aria-label={t.aplikacja.jezyk}>
        {JEZYKI.map(([j, etykieta]) => (
          <ToggleButton
            key={j}
            size="small"
            appearance="subtle"
            className={mergeClasses(s.jezyk, jezyk === j ? s.wlaczony : '')}
            checked={jezyk === j}
            lang={j}
            aria-label={j === 'pl' ? 'Polski' : 'English'}
            onClick={() => ustawJezyk(j)}
            data-testid={`jezyk-${j}`}
          >
            {etykieta}
          </ToggleButton>
        ))}
      </div>
    </header>
  );
}
