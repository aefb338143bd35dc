import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import type { Kontekst } from '../../src/core/api';
import { ZIARNO_S2, parametryS2, zeszytS2 } from '../pomoc/s2';
import { arkusz } from '../pomoc/zeszyt';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
const KWOTA = /^-?\d+\.\d{2}$/;

type Schemat =
  | 'kwota'
  | 'kwota?'
  | 'tekst'
  | 'tekst?'
  | 'bool'
  | 'bool?'
  | 'int'
  | 'int?'
  | 'udzial?'
  | 'krok?'
  | { [k: string]: Schemat }
  | [Schemat];

/** A tiny validator of the WB-4.1 shape: exact keys, exact types. */
function zgodny(v: unknown, s: Schemat, sciezka = '$'): string[] {
  if (Array.isArray(s))
    return Array.isArray(v) ? v.flatMap((x, i) => zgodny(x, s[0], `${sciezka}[${i}]`)) : [`${sciezka}: not an array`];
  if (typeof s === 'object') {
    if (typeof v !== 'object' || v === null) return [`${sciezka}: not an object`];
    const klucze = Object.keys(v);
    const brak = Object.keys(s)
      .filter((k) => !klucze.includes(k))
      .map((k) => `${sciezka}.${k}: missing`);
    const nadmiar = klucze.filter((k) => !(k in s)).map((k) => `${sciezka}.${k}: unexpected`);
    return [
      ...brak,
      ...nadmiar,
      ...Object.keys(s)
        .filter((k) => klucze.includes(k))
        .flatMap((k) => zgodny((v as Record<string, unknown>)[k], s[k], `${sciezka}.${k}`)),
    ];
  }
  const opcj = s.endsWith('?');
  if (opcj && v === null) return [];
  const ok = {
    kwota: typeof v === 'string' && KWOTA.test(v),
    tekst: typeof v === 'string',
    bool: typeof v === 'boolean',
    int: Number.isInteger(v),
    udzial: typeof v === 'string' && /^0\.\d{4}$|^1\.0000$/.test(v),
    krok: typeof v === 'string' && /^(0|4|5|6|7|R)$/.test(v),
  }[s.replace('?', '') as 'kwota'];
  return ok ? [] : [`${sciezka}: ${JSON.stringify(v)} is not ${s}`];
}

const koperty = (grupy: string[]): Schemat =>
  Object.fromEntries(
    ['I', 'II', ...['I', 'II'].flatMap((v) => grupy.map((g) => `${v}.${g}`)), 'D.I', 'D.II'].map((k) => [k, 'kwota?']),
  );
const schemat = (grupy: string[]): Schemat => ({
  algorytm: 'tekst',
  odcisk: 'tekst',
  kwotaSrodkow: 'kwota',
  parametry: {
    udzialWariantuI: 'udzial?',
    udzialDomyslny: 'bool?',
    podzialWielkosci: 'tekst',
    ziarno: 'tekst?',
    kolejnoscReczna: 'bool',
    losowanieReczne: 'tekst?',
  },
  koperty: koperty(grupy),
  wnioski: [
    {
      regon: 'tekst?',
      decyzja: 'tekst',
      wariant: 'tekst?',
      kwotaWsparcia: 'kwota?',
      krok: 'krok?',
      pozycjaLosowania: 'int?',
      numerWKoszyku: 'int?',
      brakujacaKwota: 'kwota?',
      powod: 'tekst?',
    },
  ],
  podsumowanie: {
    zakwalifikowane: 'int',
    kwotaPrzyznana: 'kwota',
    niewykorzystane: 'kwota',
    I: { zakwalifikowane: 'int', kwota: 'kwota', niewykorzystane: 'kwota?' },
    II: { zakwalifikowane: 'int', kwota: 'kwota', niewykorzystane: 'kwota?' },
  },
});
const WIELKOSCI = ['mała', 'średnia', 'duża'];

describe('WB-4.1 kwalifikuj --json shape', () => {
  test('WB-4.1 S2 (manual order) and S2 seeded: exact keys and types; odcisk is 64 hex', () => {
    for (const z of [zeszytS2(), zeszytS2({ reczna: false, ziarno: ZIARNO_S2 })]) {
      const j = kwalifikujWojewodztwo(z, K).json as { odcisk: string; algorytm: string };
      expect(zgodny(j, schemat(WIELKOSCI))).toEqual([]);
      expect(j.odcisk).toMatch(/^[0-9a-f]{64}$/);
      expect(j.algorytm).toBe('CS-Z3/1');
    }
  });

  test('WB-4.1 under CS-Z3.0 every envelope, the share and per-variant unused are null', () => {
    const z = {
      arkusze: zeszytS2().arkusze.map((a) =>
        a.nazwa === 'Parametry'
          ? arkusz(
              'Parametry',
              parametryS2(null).map((r) => (r[0] === 'Kwota środków (zł)' ? [r[0], 2_000_000] : r)),
            )
          : a,
      ),
    };
    const j = kwalifikujWojewodztwo(z, K).json as {
      koperty: Record<string, unknown>;
      podsumowanie: { I: { niewykorzystane: unknown }; niewykorzystane: string };
    };
    expect(zgodny(j, schemat(WIELKOSCI))).toEqual([]);
    expect(Object.values(j.koperty).every((v) => v === null)).toBe(true);
    expect(j.podsumowanie.I.niewykorzystane).toBeNull();
    expect(j.podsumowanie.niewykorzystane).toBe('965000.00');
  });

  test('WB-4.1 with `bez podziału` the size keys are I.wszystkie and II.wszystkie', () => {
    const z = {
      arkusze: zeszytS2().arkusze.map((a) =>
        a.nazwa === 'Parametry'
          ? arkusz('Parametry', [
              ...parametryS2(null).filter((r) => r[0] !== 'Podział kwoty wariantu na wielkości szkół'),
              ['Podział kwoty wariantu na wielkości szkół', 'bez podziału'],
            ])
          : a,
      ),
    };
    const j = kwalifikujWojewodztwo(z, K).json as { koperty: Record<string, string> };
    expect(zgodny(j, schemat(['wszystkie']))).toEqual([]);
    expect(j.koperty['I.wszystkie']).toBe(j.koperty.I);
  });
});
