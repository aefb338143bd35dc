/** The fake host's test hook (`window.__fakeExcel`) called from Node through Playwright. */
import type { Page } from 'playwright-core';
import type { HakFakeExcel } from './fakeOffice';

type Okno = { __fakeExcel: HakFakeExcel };

export const hak = {
  wczytaj: (p: Page, bajty: Buffer) =>
    p.evaluate((b64) => (window as unknown as Okno).__fakeExcel.wczytaj(b64), bajty.toString('base64')),
  pobierz: async (p: Page) =>
    Buffer.from(await p.evaluate(() => (window as unknown as Okno).__fakeExcel.pobierz()), 'base64'),
  wpisz: (p: Page, arkusz: string, adres: string, wartosc: string | number | null) =>
    p.evaluate(
      ([a, k, w]) =>
        (window as unknown as Okno).__fakeExcel.wpisz(a as string, k as string, w as string | number | null),
      [arkusz, adres, wartosc] as const,
    ),
  arkusze: (p: Page) => p.evaluate(() => (window as unknown as Okno).__fakeExcel.arkusze()),
  komorka: (p: Page, arkusz: string, adres: string) =>
    p.evaluate(([a, k]) => (window as unknown as Okno).__fakeExcel.komorka(a, k), [arkusz, adres] as const),
  chron: (p: Page, arkusz: string, tak = true) =>
    p.evaluate(([a, t]) => (window as unknown as Okno).__fakeExcel.chron(a as string, t as boolean), [
      arkusz,
      tak,
    ] as const),
  zaznaczenie: (p: Page) => p.evaluate(() => (window as unknown as Okno).__fakeExcel.zaznaczenie()),
  wykresy: (p: Page, arkusz: string) => p.evaluate((a) => (window as unknown as Okno).__fakeExcel.wykresy(a), arkusz),
};
