/** A card with an h3 heading; the heading can take focus (tabIndex -1) to move the user to a new result. */
import { forwardRef, useId, type ReactNode } from 'react';
import { useWspolneStyle } from './style';

export interface KartaProps {
  tytul: ReactNode;
  ikona?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export const Karta = forwardRef<HTMLHeadingElement, KartaProps>(function Karta({ tytul, ikona, children, testId }, ref) {
  const s = useWspolneStyle();
  const id = useId();
  return (
    <section className={s.karta} aria-labelledby={id} data-testid={testId}>
      <h3 id={id} ref={ref} tabIndex={-1} className={s.naglowekKarty}>
        {ikona}
        {tytul}
      </h3>
      {children}
    </section>
  );
});
