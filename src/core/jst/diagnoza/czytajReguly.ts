/**
 * JST-2: reading the editable rules sheet `Reguły diagnozy` (table `Id`, `Warunek`, `Próg`,
 * `Priorytet`, `Tekst rekomendacji`). A rule or parameter row that is missing or has a bad cell keeps
 * its default, with a located finding; unknown ids are ignored with a warning.
 */
import type { ArkuszSnapshot } from '../../zeszyt/model';
import { czytajTabele, type DefinicjaKolumny } from '../../zeszyt/czytnik';
import { czyPusta } from '../../komorki/odczyt';
import { normalizuj } from '../../tekst/normalizuj';
import { uwaga, type Uwaga } from '../../uwagi';
import { PolaWiersza } from '../pola';
import { PRIORYTET } from '../slowniki';
import { porownaj, procentTekst, liczbaTekst, skalowana, type Ulamek } from '../../rational';
import {
  DOMYSLNE_PARAMETRY,
  DOMYSLNE_REGULY,
  ID_PARAMETROW,
  ID_REGUL,
  parametryZListy,
  type ParametrDiagnozy,
  type RegulaDiagnozy,
  type RegulyDiagnozy,
  type RodzajProgu,
} from './reguly';

export const ARKUSZ_REGUL = 'Reguły diagnozy';
export const HR = {
  id: 'Id',
  warunek: 'Warunek',
  prog: 'Próg',
  priorytet: 'Priorytet',
  tekst: 'Tekst rekomendacji',
} as const;
export const KOLUMNY_REGUL: DefinicjaKolumny[] = [
  { naglowek: HR.id, wymagana: true },
  { naglowek: HR.warunek, wymagana: false },
  { naglowek: HR.prog, wymagana: true },
  { naglowek: HR.priorytet, wymagana: true },
  { naglowek: HR.tekst, wymagana: true },
];

export interface OdczytRegul {
  reguly: RegulyDiagnozy;
  uwagi: Uwaga[];
  odmowa: Uwaga | null;
}

export function progTekst(rodzaj: RodzajProgu, u: Ulamek | null): string {
  if (!u || rodzaj === 'brak') return '—';
  return rodzaj === 'procent' ? procentTekst(u) : liczbaTekst(u, 2);
}

export function czytajReguly(a: ArkuszSnapshot): OdczytRegul {
  const t = czytajTabele(a, KOLUMNY_REGUL);
  const uwagi = [...t.uwagi];
  const reguly = DOMYSLNE_REGULY.map((r) => ({ ...r }));
  const parametry = DOMYSLNE_PARAMETRY.map((p) => ({ ...p }));
  const domyslne = new Set<string>([...ID_REGUL, ...ID_PARAMETROW]);
  const wynik = () => ({ reguly: reguly, parametry: parametryZListy(parametry), domyslne: [...domyslne] });
  if (t.odmowa || t.wierszNaglowka0 < 0 || uwagi.some((u) => u.blokujaca))
    return { reguly: wynik(), uwagi, odmowa: t.odmowa };

  const znane = new Map<string, RegulaDiagnozy | ParametrDiagnozy>();
  for (const r of [...reguly, ...parametry]) znane.set(normalizuj(r.id), r);
  const widziane = new Map<string, number>();
  for (const w of t.wiersze) {
    const p = new PolaWiersza(t, w, uwagi, 'JST-2');
    const id = p.tekst(HR.id);
    if (id === null) continue;
    const cel = znane.get(normalizuj(id));
    if (!cel) {
      p.zglos(
        HR.id,
        'ostrzeżenie',
        `nieznany identyfikator „${id}” — wiersz pominięty (znane: ${[...ID_REGUL, ...ID_PARAMETROW].join(', ')})`,
        `unknown id "${id}" — row ignored (known: ${[...ID_REGUL, ...ID_PARAMETROW].join(', ')})`,
      );
      continue;
    }
    const byl = widziane.get(cel.id);
    if (byl !== undefined) {
      p.zglos(
        HR.id,
        'błąd',
        `identyfikator ${cel.id} występuje dwukrotnie (także w wierszu ${byl}) — użyto pierwszego wiersza`,
        `id ${cel.id} appears twice (also in row ${byl}) — the first row is used`,
      );
      continue;
    }
    widziane.set(cel.id, p.wiersz);
    domyslne.delete(cel.id);
    const prog = czytajProg(p, cel.rodzajProgu);
    const stary = 'wartosc' in cel ? cel.wartosc : cel.prog;
    if (prog === undefined) {
      if (cel.rodzajProgu !== 'brak') {
        domyslne.add(cel.id);
        p.zglos(
          HR.prog,
          'informacja',
          `przyjęto wartość domyślną ${progTekst(cel.rodzajProgu, stary)}`,
          `the default value ${progTekst(cel.rodzajProgu, stary)} is used`,
        );
      }
    } else if ('wartosc' in cel) cel.wartosc = prog;
    else cel.prog = prog;
    if ('priorytet' in cel) czytajTresc(p, cel, domyslne);
  }
  const brak = [...ID_REGUL, ...ID_PARAMETROW].filter((id) => !widziane.has(id));
  if (brak.length)
    uwagi.push(
      uwaga(
        a.nazwa,
        null,
        'informacja',
        'JST-2',
        `Brak wierszy ${brak.join(', ')} — przyjęto wartości domyślne.`,
        `Rows ${brak.join(', ')} are missing — the defaults are used.`,
      ),
    );
  const par = parametryZListy(parametry);
  if (porownaj(par.progBursztynowy, par.progCzerwony) > 0)
    uwagi.push(
      uwaga(
        a.nazwa,
        null,
        'ostrzeżenie',
        'JST-1.7',
        `Próg bursztynowy (${procentTekst(par.progBursztynowy)}) jest wyższy niż czerwony (${procentTekst(par.progCzerwony)}) — status bursztynowy nie wystąpi.`,
        `The amber threshold (${procentTekst(par.progBursztynowy, '.')}%) is above the red one (${procentTekst(par.progCzerwony, '.')}%) — amber cannot occur.`,
      ),
    );
  return { reguly: wynik(), uwagi, odmowa: null };
}

/** the `Próg` cell by kind; undefined when it cannot be used (a finding was given) */
function czytajProg(p: PolaWiersza, rodzaj: RodzajProgu): Ulamek | undefined {
  if (rodzaj === 'brak') {
    if (!czyPusta(p.komorka(HR.prog)))
      p.zglos(
        HR.prog,
        'informacja',
        'ta reguła nie ma progu — wartość pominięta',
        'this rule has no threshold — the value is ignored',
      );
    return undefined;
  }
  if (rodzaj === 'procent') {
    const v = p.procent(HR.prog);
    return v === null ? undefined : skalowana(v, 4); // hundredths of a percent → fraction
  }
  const v = p.skalowana(HR.prog, 4);
  return v === null ? undefined : skalowana(v, 4);
}

function czytajTresc(p: PolaWiersza, r: RegulaDiagnozy, domyslne: Set<string>): void {
  const priorytet = p.slownik(HR.priorytet, PRIORYTET);
  if (priorytet === null) {
    domyslne.add(r.id);
    p.zglos(
      HR.priorytet,
      'informacja',
      `przyjęto priorytet domyślny „${r.priorytet}”`,
      `the default priority "${r.priorytet}" is used`,
    );
  } else r.priorytet = priorytet;
  const tekst = p.tekst(HR.tekst, { wymagana: false });
  if (tekst === null)
    p.zglos(
      HR.tekst,
      'ostrzeżenie',
      'brak tekstu rekomendacji — przyjęto tekst domyślny',
      'no recommendation text — the default text is used',
    );
  else r.tekst = tekst;
}
