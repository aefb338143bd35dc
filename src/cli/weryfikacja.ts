/**
 * WB-4 `--w-miejscu`: before the rewritten file replaces the input, prove that it kept every input
 * sheet (names, visibility, every cell's value and number format), every data validation and
 * conditional-format rule of those sheets, every part kind ExcelJS may drop (charts, pivots …), and
 * that the owned sheets hold exactly what the plan says.
 */
import {
  jestLista,
  type ArkuszSnapshot,
  type Komorka,
  type PlanZapisu,
  type ZapisArkusza,
  type ZeszytSnapshot,
  adres,
  dataZSerialu,
  indeksKolumny,
} from '../core';
import { liczCzesci, RODZAJE_CZESCI, type Przeglad } from './zip/przeglad';
import { nakladajaSie, pokrycie } from './zip/walidacjeXml';
import { formulaListy } from './exceljs/zapisz';
import { t, type Tekst } from './tekst';

const MAKS_ROZNIC = 5;

function pusta(k: Komorka): boolean {
  return k === null || k === undefined || (k.t === 's' && k.v === '');
}

function opis(komorka: Komorka): string {
  if (!komorka || pusta(komorka)) return '∅';
  const k = komorka;
  switch (k.t) {
    case 'n':
      return k.fmt ? `${k.v} [${k.fmt}]` : String(k.v);
    case 'd':
      return `${k.y}-${String(k.m).padStart(2, '0')}-${String(k.d).padStart(2, '0')}`;
    case 's':
      return JSON.stringify(k.v.length > 40 ? `${k.v.slice(0, 40)}…` : k.v);
    default:
      return `${k.t}:${String(k.v)}`;
  }
}

export function rowneKomorki(x: Komorka, b: Komorka): boolean {
  if (!x || !b || pusta(x) || pusta(b)) return pusta(x) && pusta(b);
  const a = x;
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'n': {
      const y = b as { v: number; fmt?: string };
      const fa = a.fmt === 'General' ? undefined : a.fmt;
      const fb = y.fmt === 'General' ? undefined : y.fmt;
      return Object.is(a.v, y.v) && fa === fb;
    }
    case 'd': {
      const y = b as { y: number; m: number; d: number };
      return a.y === y.y && a.m === y.m && a.d === y.d;
    }
    default:
      return a.v === (b as { v: unknown }).v;
  }
}

/** Differences of two sheets' cells, at most MAKS_ROZNIC listed, plus their count. */
export function roznice(
  nazwa: string,
  przed: Komorka[][],
  po: Komorka[][],
  rowne: (a: Komorka, b: Komorka, r: number, c: number) => boolean,
): Tekst[] {
  const lista: string[] = [];
  let n = 0;
  const wierszy = Math.max(przed.length, po.length);
  for (let r = 0; r < wierszy; r++) {
    const a = przed[r] ?? [];
    const b = po[r] ?? [];
    const kol = Math.max(a.length, b.length);
    for (let c = 0; c < kol; c++) {
      if (rowne(a[c], b[c], r, c)) continue;
      if (++n <= MAKS_ROZNIC) lista.push(`${adres(r, c)}: ${opis(a[c])} → ${opis(b[c])}`);
    }
  }
  if (!n) return [];
  const wiecej = n > MAKS_ROZNIC ? ` (+${n - MAKS_ROZNIC})` : '';
  return [
    t(
      `Arkusz „${nazwa}”: zmienione komórki ${lista.join('; ')}${wiecej}.`,
      `Sheet "${nazwa}": changed cells ${lista.join('; ')}${wiecej}.`,
    ),
  ];
}

/** The cells a planned sheet must hold after writing (numbers with a date format may come back as dates). */
export function zgodneZPlanem(
  z: ZapisArkusza,
  date1904: boolean,
): (a: Komorka, b: Komorka, r: number, c: number) => boolean {
  const scalone = new Set<string>();
  for (const s of z.scalenia ?? []) {
    const [p, k] = s.split(':');
    const m1 = /^([A-Z]+)(\d+)$/i.exec(p);
    const m2 = /^([A-Z]+)(\d+)$/i.exec(k ?? p);
    if (!m1 || !m2) continue;
    for (let r = Number(m1[2]) - 1; r <= Number(m2[2]) - 1; r++)
      for (let c = indeksKolumny(m1[1]); c <= indeksKolumny(m2[1]); c++)
        if (r !== Number(m1[2]) - 1 || c !== indeksKolumny(m1[1])) scalone.add(`${r}:${c}`);
  }
  return (_a, b, r, c) => {
    if (scalone.has(`${r}:${c}`)) return true;
    const k = z.wiersze[r]?.[c];
    if (!k) return pusta(b);
    if (typeof k.v === 'string') return k.v === '' ? pusta(b) : !!b && b.t === 's' && b.v === k.v;
    if (typeof k.v === 'boolean') return !!b && b.t === 'b' && b.v === k.v;
    if (b && b.t === 'n') return Object.is(b.v, k.v);
    if (b && b.t === 'd') {
      const d = dataZSerialu(k.v, date1904);
      return !!d && d.y === b.y && d.m === b.m && d.d === b.d;
    }
    return false;
  };
}

export interface Strona {
  zeszyt: ZeszytSnapshot;
  przeglad: Przeglad;
}

export function zweryfikuj(przed: Strona, po: Strona, plan: PlanZapisu): Tekst[] {
  const problemy: Tekst[] = [];
  const planowane = new Map(plan.arkusze.map((a) => [a.nazwa.toLowerCase(), a]));
  const poNazwie = new Map<string, ArkuszSnapshot>(po.zeszyt.arkusze.map((a) => [a.nazwa, a]));
  const date1904 = po.przeglad.struktura.date1904;
  if (przed.przeglad.struktura.date1904 !== date1904)
    problemy.push(t('Zmienił się system dat skoroszytu (1900/1904).', 'The workbook date system (1900/1904) changed.'));

  const walPrzed = new Map(przed.przeglad.arkusze.map((a) => [a.nazwa, a]));
  const walPo = new Map(po.przeglad.arkusze.map((a) => [a.nazwa, a]));
  for (const a of przed.zeszyt.arkusze) {
    const klucz = a.nazwa.toLowerCase();
    if (planowane.has(klucz)) continue;
    const b = poNazwie.get(a.nazwa);
    if (!b) {
      problemy.push(
        t(`Brak arkusza „${a.nazwa}” w zapisanym pliku.`, `Sheet "${a.nazwa}" is missing from the written file.`),
      );
      continue;
    }
    if ((a.widocznosc ?? 'widoczny') !== (b.widocznosc ?? 'widoczny'))
      problemy.push(t(`Arkusz „${a.nazwa}”: zmieniła się widoczność.`, `Sheet "${a.nazwa}": its visibility changed.`));
    problemy.push(...roznice(a.nazwa, a.wiersze, b.wiersze, (x, y) => rowneKomorki(x, y)));
    const wa = walPrzed.get(a.nazwa);
    const wb = walPo.get(a.nazwa);
    if (!wa?.tabela) continue;
    if (!wb || wa.walidacje === null || wb.walidacje === null) {
      problemy.push(
        t(
          `Arkusz „${a.nazwa}”: nie da się sprawdzić walidacji danych.`,
          `Sheet "${a.nazwa}": its data validations cannot be checked.`,
        ),
      );
      continue;
    }
    const pa = pokrycie(wa.walidacje);
    const pb = pokrycie(wb.walidacje);
    const zmienione = [...new Set([...pa.keys(), ...pb.keys()])].filter((k) => pa.get(k) !== pb.get(k));
    if (zmienione.length) {
      const przyklad = wa.walidacje.find((w) => zmienione.includes(w.podpis));
      const gdzie = przyklad ? ` (${przyklad.sqref})` : '';
      problemy.push(
        t(
          `Arkusz „${a.nazwa}”: walidacja danych / listy rozwijane zostały zmienione lub utracone${gdzie}.`,
          `Sheet "${a.nazwa}": data validations / dropdowns were changed or lost${gdzie}.`,
        ),
      );
    }
    if (nakladajaSie(wb.walidacje) && !nakladajaSie(wa.walidacje))
      problemy.push(
        t(
          `Arkusz „${a.nazwa}”: walidacje danych nakładają się na siebie (Excel uzna plik za uszkodzony).`,
          `Sheet "${a.nazwa}": data validations overlap (Excel would report the file as damaged).`,
        ),
      );
    if (wb.regulyFormatowania < wa.regulyFormatowania)
      problemy.push(
        t(
          `Arkusz „${a.nazwa}”: utracono reguły formatowania warunkowego.`,
          `Sheet "${a.nazwa}": conditional formatting rules were lost.`,
        ),
      );
  }

  for (const z of plan.arkusze) {
    const b = poNazwie.get(z.nazwa);
    if (!b) {
      problemy.push(t(`Brak zapisanego arkusza „${z.nazwa}”.`, `The written sheet "${z.nazwa}" is missing.`));
      continue;
    }
    if ((z.widocznosc ?? 'widoczny') !== (b.widocznosc ?? 'widoczny'))
      problemy.push(
        t(
          `Arkusz „${z.nazwa}”: widoczność inna niż zaplanowana.`,
          `Sheet "${z.nazwa}": visibility differs from the plan.`,
        ),
      );
    const wiersze: Komorka[][] = z.wiersze.map(() => []);
    problemy.push(...roznice(z.nazwa, wiersze, b.wiersze, zgodneZPlanem(z, date1904)));
    const wb = walPo.get(z.nazwa);
    if (wb?.walidacje) {
      const oczekiwane = (z.walidacje ?? [])
        .filter(jestLista)
        .map((w) => `${w.zakres}=${formulaListy(w.lista)}`)
        .sort();
      const jest = wb.walidacje
        .filter((w) => JSON.parse(w.podpis)[0] === 'list')
        .map((w) => `${w.sqref}=${JSON.parse(w.podpis)[2]}`)
        .sort();
      if (oczekiwane.join('\n') !== jest.join('\n'))
        problemy.push(
          t(
            `Arkusz „${z.nazwa}”: listy rozwijane inne niż zaplanowane.`,
            `Sheet "${z.nazwa}": dropdowns differ from the plan.`,
          ),
        );
    }
  }

  const znane = new Set([...przed.zeszyt.arkusze.map((a) => a.nazwa.toLowerCase()), ...planowane.keys()]);
  for (const b of po.zeszyt.arkusze) {
    const k = b.nazwa.toLowerCase();
    if (!znane.has(k))
      problemy.push(
        t(`Nieoczekiwany arkusz „${b.nazwa}” w zapisanym pliku.`, `Unexpected sheet "${b.nazwa}" in the written file.`),
      );
  }

  problemy.push(...utraconeCzesci(przed.przeglad.struktura.wpisy.keys(), po.przeglad.struktura.wpisy.keys()));
  return problemy;
}

/** Part kinds the copy lost (ExcelJS drops charts, pivot tables …), from the ZIP entry names. */
export function utraconeCzesci(przed: Iterable<string>, po: Iterable<string>): Tekst[] {
  const a = liczCzesci(przed);
  const b = liczCzesci(po);
  const utracone = RODZAJE_CZESCI.filter((_, i) => b[i] < a[i]);
  if (!utracone.length) return [];
  return [
    t(
      `Zapisany plik nie zawiera elementów oryginału: ${utracone.map((r) => r.pl).join(', ')}.`,
      `The written file lacks parts of the original: ${utracone.map((r) => r.en).join(', ')}.`,
    ),
  ];
}
