/**
 * JST-4 input: the `Monitoring` table (one row per action per month). Rows are linked to the plan by
 * the action's name (WB-1.3 matching); a second row for the same action and month is an error and is
 * ignored. An empty `Wydatki (zł)` means no spending that month; an empty indicator value means it was
 * not measured.
 */
import type { ArkuszSnapshot, Komorka } from '../../zeszyt/model';
import { czytajTabele, type DefinicjaKolumny } from '../../zeszyt/czytnik';
import { czyPusta, skroc, tekstKomorki } from '../../komorki/odczyt';
import { dataZTekstu } from '../../komorki/daty';
import { normalizuj } from '../../tekst/normalizuj';
import type { Grosze } from '../../kwota';
import { uwaga, type Uwaga } from '../../uwagi';
import { PolaWiersza } from '../pola';
import { miesiacIso, type Miesiac } from '../kalendarz';
import { skalowana, type Ulamek } from '../../rational';
import { SKALA_WSKAZNIKA, type Dzialanie } from '../plan/plan';

export const ARKUSZ_MONITORINGU = 'Monitoring';
export const HM = {
  dzialanie: 'Działanie',
  miesiac: 'Miesiąc',
  postep: 'Postęp (%)',
  wartosc: 'Wartość wskaźnika',
  wydatki: 'Wydatki (zł)',
  uwagi: 'Uwagi',
} as const;
export const KOLUMNY_MONITORINGU: DefinicjaKolumny[] = Object.values(HM).map((naglowek) => ({
  naglowek,
  wymagana: naglowek !== HM.uwagi,
}));

export interface WierszMonitoringu {
  wiersz: number;
  dzialanie: Dzialanie | null;
  miesiac: Miesiac | null;
  /** hundredths of a percent (0 … 10 000) */
  postep: number | null;
  wartosc: Ulamek | null;
  wydatki: Grosze;
  /** false for a duplicate (action, month) or a row that cannot be linked */
  uzyty: boolean;
}

/** `Miesiąc`: text `RRRR-MM` (also a full date `RRRR-MM-DD` / `DD.MM.RRRR`, or `MM.RRRR`), or a date cell */
export function odczytajMiesiac(
  k: Komorka,
): { ok: true; v: Miesiac } | { ok: false; pusta: boolean; pl: string; en: string } {
  if (czyPusta(k))
    return { ok: false, pusta: true, pl: 'brak wartości (pole wymagane)', en: 'value missing (required field)' };
  const c = k!;
  if (c.t === 'd') return { ok: true, v: { y: c.y, m: c.m } };
  if (c.t === 'e') return { ok: false, pusta: false, pl: `błąd formuły (${c.v})`, en: `formula error (${c.v})` };
  if (c.t === 's') {
    const t = c.v.trim();
    const rm = /^(\d{4})-(\d{1,2})$/.exec(t);
    const mr = /^(\d{1,2})[./](\d{4})$/.exec(t);
    const yy = rm ? Number(rm[1]) : mr ? Number(mr[2]) : null;
    const mm = rm ? Number(rm[2]) : mr ? Number(mr[1]) : null;
    if (yy !== null && mm !== null)
      return mm >= 1 && mm <= 12
        ? { ok: true, v: { y: yy, m: mm } }
        : { ok: false, pusta: false, pl: `miesiąc ${t} nie istnieje`, en: `the month ${t} does not exist` };
    const d = dataZTekstu(t);
    if (d?.data) return { ok: true, v: { y: d.data.y, m: d.data.m } };
  }
  const t = skroc(tekstKomorki(c));
  return { ok: false, pusta: false, pl: `„${t}” nie jest miesiącem (RRRR-MM)`, en: `"${t}" is not a month (YYYY-MM)` };
}

export interface OdczytMonitoringu {
  wiersze: WierszMonitoringu[];
  uwagi: Uwaga[];
  odmowa: Uwaga | null;
}

export function czytajMonitoring(a: ArkuszSnapshot, dzialania: readonly Dzialanie[]): OdczytMonitoringu {
  const t = czytajTabele(a, KOLUMNY_MONITORINGU);
  const uwagi = [...t.uwagi];
  if (t.odmowa || t.wierszNaglowka0 < 0 || uwagi.some((u) => u.blokujaca))
    return { wiersze: [], uwagi, odmowa: t.odmowa };
  const wgKlucza = new Map<string, Dzialanie>();
  for (const d of dzialania) if (d.klucz !== null) wgKlucza.set(d.klucz, d);
  const zajete = new Map<string, number>();
  const wiersze = t.wiersze.map((w): WierszMonitoringu => {
    const p = new PolaWiersza(t, w, uwagi, 'JST-4');
    const nazwa = p.tekst(HM.dzialanie);
    const dzialanie = nazwa === null ? null : (wgKlucza.get(normalizuj(nazwa)) ?? null);
    if (nazwa !== null && !dzialanie)
      p.zglos(
        HM.dzialanie,
        'błąd',
        `„${skroc(nazwa)}” nie jest działaniem z arkusza „Plan strategiczny”`,
        `"${skroc(nazwa)}" is not an action of the sheet "Plan strategiczny"`,
      );
    const om = odczytajMiesiac(p.komorka(HM.miesiac));
    const miesiac = om.ok ? om.v : null;
    if (!om.ok) p.zglos(HM.miesiac, 'błąd', om.pl, om.en, om.pusta ? 'WB-1.4' : 'JST-4');
    const postep = p.procent(HM.postep);
    if (postep !== null && postep > 10_000)
      p.zglos(HM.postep, 'błąd', 'postęp większy niż 100 %', 'progress above 100 %');
    const wartosc = p.skalowana(HM.wartosc, SKALA_WSKAZNIKA, { wymagana: false });
    const wydatki = p.kwota(HM.wydatki, { wymagana: false });
    let uzyty = dzialanie !== null && miesiac !== null;
    if (uzyty) {
      const klucz = `${dzialanie!.wiersz}|${miesiacIso(miesiac!)}`;
      const byl = zajete.get(klucz);
      if (byl !== undefined) {
        p.zglos(
          HM.miesiac,
          'błąd',
          `drugi wiersz działania „${dzialanie!.etykieta}” za ${miesiacIso(miesiac!)} (pierwszy: wiersz ${byl}) — pominięty`,
          `a second row of action "${dzialanie!.etykieta}" for ${miesiacIso(miesiac!)} (first: row ${byl}) — ignored`,
        );
        uzyty = false;
      } else zajete.set(klucz, p.wiersz);
    }
    return {
      wiersz: p.wiersz,
      dzialanie,
      miesiac,
      postep: postep !== null && postep <= 10_000 ? postep : null,
      wartosc: wartosc === null ? null : skalowana(wartosc, SKALA_WSKAZNIKA),
      wydatki: wydatki ?? 0,
      uzyty,
    };
  });
  if (wiersze.length === 0)
    uwagi.push(
      uwaga(
        a.nazwa,
        null,
        'ostrzeżenie',
        'JST-4',
        'Arkusz nie zawiera żadnego wiersza monitoringu.',
        'The sheet has no monitoring row.',
      ),
    );
  return { wiersze, uwagi, odmowa: null };
}
