/** Findings (`uwagi`): every problem the core reports, located and bilingual. */

export type Waga = 'błąd' | 'ostrzeżenie' | 'informacja';

export interface Uwaga {
  /** sheet name, or null for a workbook-level finding */
  arkusz: string | null;
  /** A1 address without the sheet (`H7`), or null */
  komorka: string | null;
  waga: Waga;
  /** rule id, e.g. `CS-4.3`, `WB-1.4` */
  regula: string;
  /** Polish message (primary locale) */
  komunikat: string;
  /** English message (second locale) */
  message: string;
  /** blocks the run (WB-5.3); only meaningful for `błąd` */
  blokujaca?: boolean;
  /** 1-based Excel row of the data row it belongs to, when row-level (WB-5.1) */
  wiersz?: number;
  /** key of the form field it concerns (e.g. `kwota` of `Parametry`), so hosts never match message text */
  pole?: string;
}

export type Jezyk = 'pl' | 'en';

export function tekstUwagi(u: Uwaga, jezyk: Jezyk): string {
  return jezyk === 'en' ? u.message : u.komunikat;
}

export function adresUwagi(u: Uwaga): string {
  if (!u.arkusz) return '';
  return u.komorka ? `${u.arkusz}!${u.komorka}` : u.arkusz;
}

export const WAGI_EN: Record<Waga, string> = { błąd: 'error', ostrzeżenie: 'warning', informacja: 'info' };

export function uwaga(
  arkusz: string | null,
  komorka: string | null,
  waga: Waga,
  regula: string,
  komunikat: string,
  message: string,
  extra: { blokujaca?: boolean; wiersz?: number; pole?: string } = {},
): Uwaga {
  const u: Uwaga = { arkusz, komorka, waga, regula, komunikat, message };
  if (extra.blokujaca) u.blokujaca = true;
  if (extra.wiersz !== undefined) u.wiersz = extra.wiersz;
  if (extra.pole !== undefined) u.pole = extra.pole;
  return u;
}

export function maBlokujace(uwagi: readonly Uwaga[]): boolean {
  return uwagi.some((u) => u.waga === 'błąd' && u.blokujaca);
}
