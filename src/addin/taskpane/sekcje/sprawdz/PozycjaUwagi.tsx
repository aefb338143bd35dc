/** One finding: a button (Enter/Space/click) that selects its cell in Excel. */
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Uwaga } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { IkonaWagi } from './IkonaWagi';
import { useWspolneStyle } from '../../komponenty/style';

const useStyle = makeStyles({
  przycisk: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    backgroundColor: 'transparent',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  bezKomorki: { cursor: 'default' },
  ikona: { paddingTop: '1px' },
  tresc: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0 },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: '2px',
  },
  adres: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  komunikat: { overflowWrap: 'anywhere' },
});

export function PozycjaUwagi({ uwaga, naWybor }: { uwaga: Uwaga; naWybor(u: Uwaga): void }) {
  const s = useStyle();
  const w = useWspolneStyle();
  const { t, tekst } = useJezyk();
  const adres = uwaga.komorka ?? '';
  const pelny = uwaga.arkusz ? `${uwaga.arkusz}${uwaga.komorka ? `!${uwaga.komorka}` : ''}` : '';
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(s.przycisk, !uwaga.arkusz && s.bezKomorki)}
        onClick={() => naWybor(uwaga)}
        title={pelny ? t.sprawdz.zaznacz(pelny) : undefined}
        data-testid="uwaga"
        data-regula={uwaga.regula}
        data-komorka={pelny}
      >
        <span className={s.ikona}>
          <IkonaWagi waga={uwaga.waga} />
        </span>
        <span className={s.tresc}>
          <span className={s.meta}>
            <span className={w.ukryty}>{t.wagi[uwaga.waga]}</span>
            {adres && <span className={s.adres}>{adres}</span>}
            <Badge appearance="tint" color="informative" size="small">
              {uwaga.regula}
            </Badge>
            {uwaga.waga === 'błąd' && uwaga.blokujaca && (
              <Badge appearance="filled" color="danger" size="small">
                {t.sprawdz.blokujaca}
              </Badge>
            )}
          </span>
          <span className={s.komunikat}>{tekst(uwaga)}</span>
        </span>
      </button>
    </li>
  );
}
