/**
 * A section's read of some sheets (through the adapter), computed into a model. When its sheets change
 * (the adapter's watch, live validation on or off) or the pane writes, it goes stale: a visible section
 * re-reads after a quiet period, a hidden one when it is shown again (issue 9 §5, issue 8 §3); and on
 * demand (every stale or error state offers `odswiez`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ZeszytSnapshot } from '../../../core';
import type { WyborArkuszy } from '../../office/operacje';
import { useJezyk } from '../i18n/jezyk';
import { useStan } from './StanAplikacji';
import { useWidoczna } from './widocznosc';
import { uslugi } from '../uslugi/uslugi';
import { tekstBledu } from '../uslugi/bledy';

export interface Odczyt<T> {
  dane: T | null;
  ladowanie: boolean;
  blad: string | null;
  odswiez(): Promise<T | null>;
  /** the sheets changed since the last read */
  nieaktualne: boolean;
}

/** quiet period after a change before a visible section re-reads (typing does not cost a read per key) */
const OPOZNIENIE_MS = 1500;

export function useOdczyt<T>(wybor: WyborArkuszy, oblicz: (z: ZeszytSnapshot) => T): Odczyt<T> {
  const { jezyk } = useJezyk();
  const { wersjaDla } = useStan();
  const wersja = wersjaDla(wybor);
  const widoczna = useWidoczna();
  const [dane, setDane] = useState<T | null>(null);
  const [ladowanie, setLadowanie] = useState(true);
  const [blad, setBlad] = useState<string | null>(null);
  const ref = useRef({ wybor, oblicz });
  ref.current = { wybor, oblicz };
  const numer = useRef(0);

  const odswiez = useCallback(async (): Promise<T | null> => {
    const moj = ++numer.current;
    setLadowanie(true);
    try {
      const z = await (await uslugi()).czytajArkusze(ref.current.wybor);
      const wynik = ref.current.oblicz(z);
      if (moj === numer.current) {
        setDane(wynik);
        setBlad(null);
      }
      return wynik;
    } catch (e) {
      if (moj === numer.current) setBlad(tekstBledu(e, jezyk));
      return null;
    } finally {
      if (moj === numer.current) setLadowanie(false);
    }
  }, [jezyk]);

  // the workbook version last read; a hidden section waits until it is shown again
  const przeczytana = useRef<number | null>(null);
  useEffect(() => {
    if (!widoczna || przeczytana.current === wersja) return undefined;
    const pierwszy = przeczytana.current === null;
    const id = window.setTimeout(
      () => {
        przeczytana.current = wersja;
        void odswiez();
      },
      pierwszy ? 0 : OPOZNIENIE_MS,
    );
    return () => window.clearTimeout(id);
  }, [wersja, widoczna, odswiez]);

  const nieaktualne = przeczytana.current !== null && przeczytana.current !== wersja;
  const odswiezTeraz = useCallback(() => {
    przeczytana.current = wersja;
    return odswiez();
  }, [wersja, odswiez]);
  return { dane, ladowanie, blad, odswiez: odswiezTeraz, nieaktualne };
}
