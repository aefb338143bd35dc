/**
 * A card with an h3 heading; the heading can take focus (tabIndex -1) to move the user to a new result.
 * A collapsible card has a disclosure button (aria-expanded) at the heading's end.
 */
import { forwardRef, useId, useState, type ReactNode } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useJezyk } from '../i18n/jezyk';
import { useWspolneStyle } from './style';

export interface KartaProps {
  tytul: ReactNode;
  ikona?: ReactNode;
  children: ReactNode;
  testId?: string;
  /** shows a collapse button; the card starts open */
  zwijana?: boolean;
  /** text after the title while collapsed (e.g. a one-line summary) */
  skrot?: ReactNode;
  /** small buttons at the heading's end */
  akcje?: ReactNode;
}

const useStyle = makeStyles({
  naglowek: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  ikona: { display: 'inline-flex', flexShrink: 0, fontSize: '20px', color: tokens.colorBrandForeground1 },
  tytul: { flexGrow: 1, minWidth: 0 },
  ukryta: { display: 'none' },
  skrot: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
});

export const Karta = forwardRef<HTMLHeadingElement, KartaProps>(function Karta(
  { tytul, ikona, children, testId, zwijana, skrot, akcje },
  ref,
) {
  const s = useWspolneStyle();
  const st = useStyle();
  const { t } = useJezyk();
  const id = useId();
  const [otwarta, setOtwarta] = useState(true);
  return (
    <section className={s.karta} aria-labelledby={id} data-testid={testId}>
      <div className={st.naglowek}>
        {ikona && <span className={st.ikona}>{ikona}</span>}
        <h3 id={id} ref={ref} tabIndex={-1} className={mergeClasses(s.naglowekKarty, st.tytul)}>
          {tytul}
          {!otwarta && skrot && <span className={st.skrot}>{skrot}</span>}
        </h3>
        {akcje}
        {zwijana && (
          <Button
            appearance="subtle"
            size="small"
            icon={otwarta ? <ChevronUpRegular /> : <ChevronDownRegular />}
            aria-expanded={otwarta}
            aria-controls={`${id}-tresc`}
            aria-label={`${otwarta ? t.aplikacja.zwin : t.aplikacja.rozwin}: ${typeof tytul === 'string' ? tytul : ''}`}
            onClick={() => setOtwarta((o) => !o)}
            data-testid={testId ? `${testId}-zwin` : undefined}
          />
        )}
      </div>
      <div id={`${id}-tresc`} className={mergeClasses(s.trescKarty, !otwarta && st.ukryta)}>
        {children}
      </div>
    </section>
  );
});
