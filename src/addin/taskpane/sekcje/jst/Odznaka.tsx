/** A green / amber / red status pill in the written sheets' fills; the word is always there (never colour alone). */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useTekstyJst } from '../../i18n/jst';
import { RAMKA, TEKST, TLO } from './kolory';
import type { Kolor } from './model';

const useStyle = makeStyles({
  odznaka: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: '4px',
    padding: `1px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
  },
  kropka: { width: '6px', height: '6px', borderRadius: '50%', flexShrink: 0 },
});

export function Odznaka({ kolor }: { kolor: Kolor | null }) {
  const tj = useTekstyJst();
  const s = useStyle();
  if (!kolor) return <span>—</span>;
  return (
    <span
      className={s.odznaka}
      style={{ backgroundColor: TLO[kolor], color: TEKST[kolor], boxShadow: `inset 0 0 0 1px ${RAMKA[kolor]}` }}
      data-kolor={kolor}
    >
      <span className={s.kropka} style={{ backgroundColor: TEKST[kolor] }} aria-hidden />
      {tj.kolor[kolor]}
    </span>
  );
}
