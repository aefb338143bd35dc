/**
 * The oracle against the whole `kwalifikuj` operation: a generated voivodeship is written as a
 * `Parametry` + `Wnioski` workbook snapshot (WB-2 labels and headers), the operation runs through the
 * hosts' entry, and its WB-4.1 JSON is compared with the JSON the oracle's result must give. Only names
 * the spec fixes are used (labels, headers, JSON keys), so this works for every mode the spec has,
 * including P4 `w koszykach`, whatever the engine's internal types.
 */
import fc from 'fast-check';
import type { Kontekst } from '../../src/core/api';
import { wykonaj } from '../../src/core/operacje';
import type { ArkuszSnapshot, Komorka, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { wojewodztwoArb } from './generator';
import { LIMIT, wyrocznia, type Losowanie, type ParametryW, type WniosekW, type WynikW } from './wyrocznia';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
const UCZNIOWIE = { mała: 80, średnia: 200, duża: 400 };

const tekst = (v: string): Komorka => ({ t: 's', v });
const liczba = (v: number): Komorka => ({ t: 'n', v });
/** money as Polish text `1234,56` (WB-1.4) */
const zlote = (gr: bigint): Komorka => tekst(`${gr / 100n},${String(gr % 100n).padStart(2, '0')}`);
/** money as WB-4.1 JSON text `1234.56` */
export const json = (gr: bigint | null): string | null =>
  gr === null ? null : `${gr / 100n}.${String(gr % 100n).padStart(2, '0')}`;

export interface WojewodztwoWZeszycie {
  wnioski: WniosekW[];
  parametry: ParametryW;
  /** requested amounts (≥ r; above the cap only when r is the cap, CS-5.2) */
  wnioskowane: bigint[];
  /** write the `Losowanie ręczne` label even for `jedna lista` (else only for baskets) */
  etykietaLosowania: boolean;
  /** leave `Podział…` empty when it is the default */
  podzialPusty: boolean;
}

export function zeszytWojewodztwa(w: WojewodztwoWZeszycie): ZeszytSnapshot {
  const p = w.parametry;
  const parametry: Komorka[][] = [
    [tekst('Województwo'), tekst('mazowieckie')],
    [tekst('Kwota środków (zł)'), zlote(p.A)],
    [
      tekst('Udział wariantu I (%)'),
      p.p1Setne === null ? null : tekst(`${Math.floor(p.p1Setne / 100)},${String(p.p1Setne % 100).padStart(2, '0')}`),
    ],
    [
      tekst('Podział kwoty wariantu na wielkości szkół'),
      w.podzialPusty && p.podzial === 'wg wnioskowanych kwot' ? null : tekst(p.podzial),
    ],
    [tekst('Data posiedzenia zespołu'), { t: 'd', y: 2012, m: 5, d: 10 }],
    [tekst('Skład zespołu'), tekst('Anna Nowak; Jan Kowalski; Maria Wiśniewska; Piotr Zieliński')],
  ];
  if (p.sio) {
    parametry.push([tekst('Liczba szkół małych (SIO)'), liczba(Number(p.sio.mała))]);
    parametry.push([tekst('Liczba szkół średnich (SIO)'), liczba(Number(p.sio.średnia))]);
    parametry.push([tekst('Liczba szkół dużych (SIO)'), liczba(Number(p.sio.duża))]);
  }
  if (p.ziarno !== null) parametry.push([tekst('Ziarno losowania'), tekst(p.ziarno)]);
  if (p.losowanie === 'w koszykach' || (p.losowanie === 'jedna lista' && w.etykietaLosowania))
    parametry.push([tekst('Losowanie ręczne'), tekst(p.losowanie)]);

  const naglowki = [
    'Lp.',
    'Organ prowadzący',
    'Nazwa szkoły',
    'REGON szkoły',
    'Położenie',
    'Liczba uczniów klas I-VI',
    'Wariant',
    'Wariant zastępczy',
    'Wnioskowana kwota (zł)',
    'Wkład własny (zł)',
    'Kolejność losowania',
  ].map(tekst);
  const wiersze: Komorka[][] = [naglowki];
  w.wnioski.forEach((x, i) => {
    wiersze.push([
      liczba(i + 1),
      tekst('Gmina Testowa'),
      tekst(`SP ${x.regon}`),
      tekst(x.regon),
      tekst('wieś'),
      liczba(UCZNIOWIE[x.wielkosc]),
      tekst(x.v1),
      tekst(x.v2),
      zlote(w.wnioskowane[i]),
      zlote((x.r + 3n) / 4n), // CS-4.3: 4 · wkład ≥ r, the minimum
      x.numer === null ? null : liczba(x.numer),
    ]);
  });
  const arkusze: ArkuszSnapshot[] = [
    { nazwa: 'Parametry', wiersze: parametry },
    { nazwa: 'Wnioski', wiersze },
  ];
  return { arkusze };
}

/**
 * The WB-4.1 facts the oracle's result fixes (spec-silent fields under CS-Z3.0 are left out);
 * `koszyki`: include the P4 fields `losowanieReczne` and `numerWKoszyku` (issue 9 item 1).
 */
export function oczekiwanyJson(w: WojewodztwoWZeszycie, o: WynikW, koszyki: boolean): unknown {
  const p = w.parametry;
  const grupy = p.podzial === 'bez podziału' ? ['wszystkie'] : ['mała', 'średnia', 'duża'];
  const koperty: Record<string, string | null> = {};
  for (const k of ['I', 'II'] as const) koperty[k] = o.E ? json(o.E[k]) : null;
  for (const k of ['I', 'II'] as const)
    for (const g of grupy) koperty[`${k}.${g}`] = o.Es ? json(o.Es[k][g as 'mała'] ?? null) : null;
  for (const k of ['I', 'II'] as const) koperty[`D.${k}`] = o.D ? json(o.D[k]) : null;
  const wariant = (k: 'I' | 'II') => {
    const z = o.decyzje.filter((d) => d.decyzja === 'zakwalifikowana' && d.wariant === k);
    let kwota = 0n;
    for (const d of z) kwota += d.wsparcie!;
    return { zakwalifikowane: z.length, kwota: json(kwota), niewykorzystane: o.L ? json(o.L[k]) : null };
  };
  let udzial: string | null = null;
  if (o.udzial) {
    const u = (2n * o.udzial.licznik * 10000n + o.udzial.mianownik) / (2n * o.udzial.mianownik); // half up, 4 decimals
    udzial = `${u / 10000n}.${String(u % 10000n).padStart(4, '0')}`;
  }
  return {
    kwotaSrodkow: json(p.A),
    parametry: {
      udzialWariantuI: udzial,
      udzialDomyslny: o.udzial ? o.udzial.domyslny : null,
      podzialWielkosci: p.podzial,
      ...(koszyki ? { losowanieReczne: o.wszystkieMieszcza || p.losowanie === 'ziarno' ? null : p.losowanie } : {}),
      ...(o.wszystkieMieszcza ? {} : { ziarno: p.ziarno, kolejnoscReczna: p.losowanie !== 'ziarno' }),
    },
    koperty,
    wnioski: o.decyzje.map((d) => ({
      regon: d.regon,
      decyzja: d.decyzja,
      wariant: d.wariant,
      kwotaWsparcia: json(d.wsparcie),
      krok: d.krok,
      pozycjaLosowania: d.pozycja,
      ...(koszyki ? { numerWKoszyku: d.numerWKoszyku } : {}),
      brakujacaKwota: json(d.brak),
      powod: d.powod,
    })),
    podsumowanie: {
      zakwalifikowane: o.decyzje.filter((d) => d.decyzja === 'zakwalifikowana').length,
      kwotaPrzyznana: json(o.przyznano),
      niewykorzystane: json(o.niewykorzystane),
      I: wariant('I'),
      II: wariant('II'),
    },
  };
}

/** The same facts picked from the operation's JSON. */
function wybierz(jsonSilnika: Record<string, unknown>, wzor: unknown): unknown {
  if (wzor === null || typeof wzor !== 'object') return jsonSilnika;
  if (Array.isArray(wzor)) {
    const lista = jsonSilnika as unknown as unknown[];
    return Array.isArray(lista)
      ? lista.map((x, i) => wybierz(x as Record<string, unknown>, wzor[i] ?? wzor[0]))
      : lista;
  }
  if (typeof jsonSilnika !== 'object' || jsonSilnika === null) return jsonSilnika;
  const wynik: Record<string, unknown> = {};
  for (const k of Object.keys(wzor)) {
    wynik[k] =
      k in jsonSilnika ? wybierz(jsonSilnika[k] as Record<string, unknown>, (wzor as never)[k]) : '(brak klucza)';
  }
  return wynik;
}

export interface PorownanieZeszytu {
  status: string;
  oczekiwane: unknown;
  otrzymane: unknown;
  uwagi: string[];
}

/** Runs the oracle and the `kwalifikuj` operation on the same voivodeship. */
export function porownajPrzezZeszyt(w: WojewodztwoWZeszycie, koszyki: boolean): PorownanieZeszytu {
  const o = wyrocznia(w.wnioski, w.parametry);
  const wynik = wykonaj('kwalifikuj', zeszytWojewodztwa(w), K);
  const oczekiwane = oczekiwanyJson(w, o, koszyki);
  const uwagi = wynik.uwagi.map((u) => `${u.waga} ${u.regula} ${u.komunikat}`);
  return {
    status: wynik.status,
    oczekiwane,
    otrzymane: wynik.status === 'ok' ? wybierz(wynik.json as Record<string, unknown>, oczekiwane) : null,
    uwagi,
  };
}

/** Requested amounts for a voivodeship: r itself, or above the cap when r is the cap (CS-5.2 capping). */
export function wnioskowane(wnioski: WniosekW[], ponadLimit: number[]): bigint[] {
  return wnioski.map((x, i) => (x.r === LIMIT[x.wielkosc] ? x.r + BigInt(ponadLimit[i % ponadLimit.length]) : x.r));
}

/** A generated voivodeship as a workbook: requests above the cap, P2 left empty, the P4 label written or not. */
export function wojewodztwoWZeszycieArb(tryby: Losowanie[], maksN = 60): fc.Arbitrary<WojewodztwoWZeszycie> {
  return fc
    .record({
      w: wojewodztwoArb(tryby, maksN),
      ponadLimit: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 })), {
        minLength: 1,
        maxLength: 5,
      }),
      etykietaLosowania: fc.boolean(),
      podzialPusty: fc.boolean(),
    })
    .map(({ w, ponadLimit, etykietaLosowania, podzialPusty }) => ({
      // WB-1.8 reads the seed trimmed and NFC: generate seeds that read back as written
      parametry: {
        ...w.parametry,
        ziarno: w.parametry.ziarno === null ? null : `Z${w.parametry.ziarno}Z`.normalize('NFC'),
      },
      wnioski: w.wnioski,
      wnioskowane: wnioskowane(w.wnioski, ponadLimit),
      etykietaLosowania,
      podzialPusty,
    }));
}

/** Oracle = operation on one voivodeship, or a jest failure showing the differing WB-4.1 facts. */
export function zgodnyZeszyt(w: WojewodztwoWZeszycie, koszyki = false): void {
  const p = porownajPrzezZeszyt(w, koszyki);
  if (p.status !== 'ok') throw new Error(`the operation did not run (${p.status}):\n${p.uwagi.join('\n')}`);
  expect(p.otrzymane).toEqual(p.oczekiwane);
}
