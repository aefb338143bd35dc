/** One async operation of a section: busy flag, progress (fraction + stage), error text. */
import { useCallback, useRef, useState } from 'react';
import { useJezyk } from '../i18n/jezyk';
import { tekstBledu } from '../uslugi/bledy';
import type { Postep } from '../../office/operacje';

export interface StanOperacji {
  trwa: boolean;
  postep: { ulamek: number; etap: string } | null;
  blad: string | null;
  wyczyscBlad(): void;
  /** runs `f` unless another run is under way; returns its result, or undefined on error */
  uruchom<T>(f: (postep: Postep) => Promise<T>): Promise<T | undefined>;
}

export function useOperacja(): StanOperacji {
  const { jezyk } = useJezyk();
  const [trwa, setTrwa] = useState(false);
  const [postep, setPostep] = useState<StanOperacji['postep']>(null);
  const [blad, setBlad] = useState<string | null>(null);
  const zajete = useRef(false);

  const uruchom = useCallback(
    async <T>(f: (postep: Postep) => Promise<T>): Promise<T | undefined> => {
      if (zajete.current) return undefined;
      zajete.current = true;
      setTrwa(true);
      setBlad(null);
      setPostep(null);
      try {
        // let the busy state and the progress bar paint before work that may hold the main thread
        await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return await f((ulamek, etap) => setPostep({ ulamek: Math.max(0, Math.min(1, ulamek)), etap }));
      } catch (e) {
        setBlad(tekstBledu(e, jezyk));
        return undefined;
      } finally {
        zajete.current = false;
        setTrwa(false);
        setPostep(null);
      }
    },
    [jezyk],
  );
  return { trwa, postep, blad, wyczyscBlad: useCallback(() => setBlad(null), []), uruchom };
}
