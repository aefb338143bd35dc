/** CS-10.4 identifiers in reports, read per WB-1.6 (REGON 9 or 14 digits with its check digit; TERYT shape). */
import { odczytajIdentyfikator } from '../komorki/odczyt';
import { problemTeryt, regonPoprawny } from '../identyfikatory';
import type { Czytnik } from './pola';

export const czytajRegon: Czytnik<string> = (k) => {
  const r = odczytajIdentyfikator(k, 'REGON');
  if (!r.ok || regonPoprawny(r.v)) return r;
  return {
    ok: false,
    pusta: false,
    pl: `REGON ${r.v} jest niepoprawny (9 lub 14 cyfr z cyfrą kontrolną, CS-10.4)`,
    en: `REGON ${r.v} is invalid (9 or 14 digits with a check digit, CS-10.4)`,
  };
};

export const czytajTeryt: Czytnik<string> = (k) => {
  const r = odczytajIdentyfikator(k, 'TERYT');
  if (!r.ok || problemTeryt(r.v) === null) return r;
  return {
    ok: false,
    pusta: false,
    pl: `TERYT ${r.v} nie jest poprawnym kodem (CS-10.4)`,
    en: `TERYT ${r.v} is not a valid code (CS-10.4)`,
  };
};
