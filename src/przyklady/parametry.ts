/** The template `Parametry` sheet (WB-2) with values filled in column B. */
import {
  type ZapisArkusza,
  type ZapisKomorki,
  type DataKalendarzowa,
  type Grosze,
  liczba,
  tekst,
  zl,
  arkuszParametrow,
  ETYKIETY_PARAMETROW as E,
} from '../core';
import { komorkaDaty } from './komorki';

export interface WartosciParametrow {
  wojewodztwo: string;
  kwota: Grosze;
  /** percent, e.g. 65 (number cell); null = empty (default rule) */
  udzial?: number | null;
  podzial?: string | null;
  sio?: readonly [number, number, number] | null;
  ziarno?: string | null;
  /** P4 `Losowanie ręczne` (CS-Z3.1); null = empty (`jedna lista`) */
  losowanie?: string | null;
  data?: DataKalendarzowa | null;
  sklad?: readonly string[] | null;
  /** cells replaced verbatim (label → cell), for deliberately wrong parameters */
  nadpisane?: Record<string, ZapisKomorki>;
}

export function arkuszParametrowZWartosciami(w: WartosciParametrow): ZapisArkusza {
  const a = arkuszParametrow();
  const wartosci: Record<string, ZapisKomorki> = {
    [E.wojewodztwo]: tekst(w.wojewodztwo),
    [E.kwota]: zl(w.kwota),
    [E.udzial]: w.udzial === null || w.udzial === undefined ? null : liczba(w.udzial),
    [E.podzial]: w.podzial ? tekst(w.podzial) : null,
    [E.sioMale]: w.sio ? liczba(w.sio[0]) : null,
    [E.sioSrednie]: w.sio ? liczba(w.sio[1]) : null,
    [E.sioDuze]: w.sio ? liczba(w.sio[2]) : null,
    [E.ziarno]: w.ziarno ? tekst(w.ziarno) : null,
    [E.losowanie]: w.losowanie ? tekst(w.losowanie) : null,
    [E.data]: w.data ? komorkaDaty(w.data) : null,
    [E.sklad]: w.sklad ? tekst(w.sklad.join('; ')) : null,
    ...(w.nadpisane ?? {}),
  };
  const wiersze = a.wiersze.map((r) => {
    const etykieta = r[0]?.v;
    if (typeof etykieta !== 'string' || !(etykieta in wartosci)) return r;
    const kopia = [...r];
    kopia[1] = wartosci[etykieta];
    return kopia;
  });
  return { ...a, wiersze };
}

/** the 1-based row of a label in the template `Parametry` sheet (for expected findings) */
export function wierszEtykiety(etykieta: string): number {
  const i = arkuszParametrow().wiersze.findIndex((r) => r[0]?.v === etykieta);
  if (i < 0) throw new Error(`no label ${etykieta} in the Parametry template`);
  return i + 1;
}
