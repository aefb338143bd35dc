/** S7 of scenarios.md (CS-Z3.1 P4 `w koszykach`): the expected JSON, shared by the core, CLI and add-in tests. */
export type JsonS7 = {
  odcisk: string;
  koperty: Record<string, string | null>;
  parametry: { udzialWariantuI: string; kolejnoscReczna: boolean; losowanieReczne: string | null; ziarno: null };
  wnioski: Array<{
    regon: string;
    decyzja: string;
    wariant: string;
    kwotaWsparcia: string | null;
    krok: string | null;
    pozycjaLosowania: number | null;
    numerWKoszyku: number | null;
    brakujacaKwota: string | null;
  }>;
  podsumowanie: { niewykorzystane: string; I: { niewykorzystane: string }; II: { niewykorzystane: string } };
};

/** S7's expected result: REGON → [decyzja, wariant, support, step, position, basket number, shortfall] */
export const WYNIK_S7 = {
  '140000023': ['niezakwalifikowana', 'I', null, null, 6, 2, '46571.43'],
  '140000030': ['zakwalifikowana', 'I', '80000.00', '4', 1, 1, null],
  '140000046': ['niezakwalifikowana', 'I', null, null, 9, 3, '26571.43'],
  '140000052': ['zakwalifikowana', 'I', '140000.00', '5', 2, 1, null],
  '140000069': ['zakwalifikowana', 'I', '120000.00', '4', 7, 2, null],
  '140000075': ['niezakwalifikowana', 'I', null, null, 3, 1, '97142.86'],
  '140000081': ['zakwalifikowana', 'II', '90000.00', '5', 4, 1, null],
  '140000098': ['zakwalifikowana', 'II', '140000.00', '4', 5, 1, null],
  '140000106': ['niezakwalifikowana', 'II', null, null, 8, 2, '65454.55'],
};

export const KOPERTY_S7 = {
  I: '360000.00',
  II: '240000.00',
  'I.mała': '123428.57',
  'I.średnia': '133714.29',
  'I.duża': '102857.14',
  'II.mała': '65454.55',
  'II.średnia': '174545.45',
  'II.duża': '0.00',
  'D.I': '360000.00',
  'D.II': '240000.00',
};

export function wynikiS7(j: JsonS7) {
  return Object.fromEntries(
    j.wnioski.map((x) => [
      x.regon,
      [x.decyzja, x.wariant, x.kwotaWsparcia, x.krok, x.pozycjaLosowania, x.numerWKoszyku, x.brakujacaKwota],
    ]),
  );
}
