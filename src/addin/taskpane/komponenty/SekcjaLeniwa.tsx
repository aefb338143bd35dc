/**
 * A pane section loaded on first use, inside an error boundary. React.lazy keeps a failed import for good, so
 * every retry makes a new lazy component; webpack forgets a chunk that failed and fetches it again (issue 8 §7).
 */
import { lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { GranicaBledu } from './GranicaBledu';

export function SekcjaLeniwa({ laduj, zapas }: { laduj: () => Promise<{ default: ComponentType }>; zapas: ReactNode }) {
  const [proba, setProba] = useState(0);
  const Sekcja = useMemo(() => lazy(laduj), [laduj, proba]);
  return (
    <GranicaBledu ponow={() => setProba((p) => p + 1)}>
      <Suspense fallback={zapas}>
        <Sekcja />
      </Suspense>
    </GranicaBledu>
  );
}
