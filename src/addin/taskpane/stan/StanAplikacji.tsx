/**
 * State shared by the sections: the current findings (from Sprawdź, live validation or a ribbon
 * command), the live-validation switch, change counters sections refresh on (one per sheet, from the
 * adapter's watch on the workbook — live validation on or off — plus one for the pane's own writes),
 * and the announcer (issue 9 §5, issue 8 §3).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Uwaga } from '../../../core';
import { sluchajPolecen } from '../../office/instancja';
import { uslugi } from '../uslugi/uslugi';
import { useJezyk } from '../i18n/jezyk';
import type { WyborArkuszy } from '../../office/operacje';

export type ZrodloUwag = 'sprawdz' | 'naZywo' | 'wstazka';

export interface StanUwag {
  uwagi: Uwaga[];
  zrodlo: ZrodloUwag;
  czas: Date;
}

export interface StanAplikacji {
  wynik: StanUwag | null;
  ustawUwagi(uwagi: Uwaga[], zrodlo: ZrodloUwag): void;
  naZywo: boolean;
  przelaczNaZywo(wlacz: boolean): Promise<void>;
  /** grows after every write the pane made and every change of the sheets `wybor` names: sections re-read on it */
  wersjaDla(wybor: WyborArkuszy): number;
  zmieniono(): void;
  /** the workbook changed since the findings were made (live validation off) */
  uwagiNieaktualne: boolean;
  /** polite screen-reader announcement */
  oglos(tekst: string): void;
  ogloszenie: string;
  /** an error from a ribbon command or live validation, shown above the sections */
  bladGlobalny: string | null;
  ustawBladGlobalny(b: string | null): void;
}

const Kontekst = createContext<StanAplikacji | null>(null);

export function DostawcaStanu({ children }: { children: ReactNode }) {
  const { t } = useJezyk();
  const [wynik, setWynik] = useState<StanUwag | null>(null);
  const [naZywo, setNaZywo] = useState(false);
  const [wersja, setWersja] = useState(0);
  const [liczniki, setLiczniki] = useState<ReadonlyMap<string, number>>(new Map());
  const [uwagiNieaktualne, setUwagiNieaktualne] = useState(false);
  const naZywoRef = useRef(false);
  naZywoRef.current = naZywo;
  /** when the current findings were set: a change reported later but begun earlier is already in them */
  const czasUwag = useRef(0);
  const [ogloszenie, setOgloszenie] = useState('');
  const [bladGlobalny, ustawBladGlobalny] = useState<string | null>(null);
  const tRef = useRef(t);
  tRef.current = t;

  const oglos = useCallback((tekst: string) => {
    // the same text twice must be announced twice: clear, then set on the next frame
    setOgloszenie('');
    window.setTimeout(() => setOgloszenie(tekst), 50);
  }, []);
  const ustawUwagi = useCallback((uwagi: Uwaga[], zrodlo: ZrodloUwag) => {
    setWynik({ uwagi, zrodlo, czas: new Date() });
    czasUwag.current = performance.now();
    setUwagiNieaktualne(false);
  }, []);
  const zmieniono = useCallback(() => setWersja((w) => w + 1), []);
  const wersjaDla = useCallback(
    (wybor: WyborArkuszy) => {
      const pasuje =
        typeof wybor === 'function' ? wybor : (n: string) => wybor.some((x) => x.toLowerCase() === n.toLowerCase());
      let n = wersja;
      for (const [nazwa, k] of liczniki) if (pasuje(nazwa)) n += k;
      return n;
    },
    [wersja, liczniki],
  );

  // the watch on the workbook: reads nothing per change; the sections showing a changed sheet go stale
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let koniec = false;
    void uslugi()
      .then((u) =>
        u.obserwujZmiany((arkusze, czas) => {
          setLiczniki((l) => {
            const m = new Map(l);
            for (const a of arkusze) m.set(a, (m.get(a) ?? 0) + 1);
            return m;
          });
          if (!naZywoRef.current && czas > czasUwag.current) setUwagiNieaktualne(true);
        }),
      )
      .then((s) => {
        if (koniec) void s();
        else stop = s;
      })
      .catch(() => undefined); // outside Excel: nothing to watch
    return () => {
      koniec = true;
      void stop?.();
    };
  }, []);

  const przelaczNaZywo = useCallback(
    async (wlacz: boolean) => {
      // the switch moves at once; it goes back if Excel refuses
      setNaZywo(wlacz);
      try {
        const u = await uslugi();
        // a live pass only updates the findings: other sections go stale through the watch
        await u.walidacjaNaZywo(wlacz, (uwagi) => ustawUwagi(uwagi, 'naZywo'));
      } catch (e) {
        setNaZywo(!wlacz);
        throw e;
      }
    },
    [ustawUwagi],
  );

  // ribbon commands (Sprawdź, Wyczyść oznaczenia) run in the same runtime and report here
  useEffect(
    () =>
      sluchajPolecen((w) => {
        if (w.rodzaj === 'uwagi') {
          ustawUwagi(w.uwagi, 'wstazka');
          oglos(tRef.current.sprawdz.liczby(...liczWagi(w.uwagi)));
        } else if (w.rodzaj === 'oznaczenia') oglos(tRef.current.sprawdz.wyczyszczono(w.przywrocone));
        else ustawBladGlobalny(w.komunikat);
      }),
    [ustawUwagi, oglos],
  );

  const wartosc = useMemo<StanAplikacji>(
    () => ({
      wynik,
      ustawUwagi,
      naZywo,
      przelaczNaZywo,
      wersjaDla,
      zmieniono,
      uwagiNieaktualne,
      oglos,
      ogloszenie,
      bladGlobalny,
      ustawBladGlobalny,
    }),
    [
      wynik,
      ustawUwagi,
      naZywo,
      przelaczNaZywo,
      wersjaDla,
      zmieniono,
      uwagiNieaktualne,
      oglos,
      ogloszenie,
      bladGlobalny,
    ],
  );
  return <Kontekst.Provider value={wartosc}>{children}</Kontekst.Provider>;
}

export function liczWagi(uwagi: readonly Uwaga[]): [number, number, number] {
  let b = 0;
  let o = 0;
  let i = 0;
  for (const u of uwagi) {
    if (u.waga === 'błąd') b++;
    else if (u.waga === 'ostrzeżenie') o++;
    else i++;
  }
  return [b, o, i];
}

export function useStan(): StanAplikacji {
  const k = useContext(Kontekst);
  if (!k) throw new Error('useStan outside DostawcaStanu');
  return k;
}
