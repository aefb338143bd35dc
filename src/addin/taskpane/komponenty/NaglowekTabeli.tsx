/** The header row of a pane table: column headers with `scope="col"`, numbers right-aligned. */
import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useWspolneStyle } from './style';

export interface KolumnaNaglowka {
  tekst: ReactNode;
  /** a numeric column (right-aligned) */
  liczba?: boolean;
  klasa?: string;
}

export function NaglowekTabeli({ kolumny }: { kolumny: readonly KolumnaNaglowka[] }) {
  const s = useWspolneStyle();
  return (
    <thead>
      <tr>
        {kolumny.map((k, i) => (
          <th key={i} className={mergeClasses(s.th, k.liczba && s.liczba, k.klasa)} scope="col">
            {k.tekst}
          </th>
        ))}
      </tr>
    </thead>
  );
}
