/** A1 addresses: column letters ↔ 0-based indices. */
export function literaKolumny(indeks: number): string {
  let n = indeks + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `adres(6, 7)` = 'H7' for 0-based row 6, column 7. */
export function adres(wiersz0: number, kolumna0: number): string {
  return `${literaKolumny(kolumna0)}${wiersz0 + 1}`;
}

export function indeksKolumny(litery: string): number {
  let n = 0;
  for (const c of litery.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}
