/** A section of the pane: its heading (focus target after a result) and a short description. */
import type { ReactNode } from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import { useWspolneStyle } from './style';

export function Sekcja({ tytul, opis, children }: { tytul: string; opis: string; children: ReactNode }) {
  const s = useWspolneStyle();
  return (
    <section className={s.sekcja} aria-label={tytul}>
      <Subtitle2 as="h2" className={s.ukryty}>
        {tytul}
      </Subtitle2>
      <p className={s.opis}>{opis}</p>
      {children}
    </section>
  );
}
