/**
 * The request-size table of issue 8 §2, measured with Microsoft's serializer (`lustro.ts`): Sprawdź,
 * Kwalifikacja and one live edit on 640, 6 000 and 20 000 applications, and Sprawdź with 5 000
 * highlighted cells. Shared by the test (test/officejs/rozmiary.test.ts) and `npm run bench`.
 */
import type ExcelJS from 'exceljs';
import { wojewodztwo } from '../addin/przyklady';
import { naHoscie } from '../addin/sciezki';
import { lustro, type Lustro, type Synchronizacja } from './lustro';

export const ROZMIARY = [640, 6000, 20000] as const;
export const OZNACZEN = 5000;

export interface WierszTabeli {
  przypadek: string;
  wnioski: number;
  synchronizacje: number;
  /** bytes: every request, their sum and the largest one, as Office.js built them */
  zadania: number[];
  suma: number;
  najwiekszeZadanie: number;
  najwiekszaOdpowiedz: number;
  /** the fake host's payload for the same syncs */
  sumaModelu: number;
  /** calls Office.js could not replay (none expected) */
  nieodtworzone: string[];
}

function wiersz(przypadek: string, wnioski: number, l: Lustro): WierszTabeli {
  const s: Synchronizacja[] = l.synchronizacje;
  const zadania = s.map((x) => x.zadanie);
  return {
    przypadek,
    wnioski,
    synchronizacje: s.length,
    zadania,
    suma: zadania.reduce((a, b) => a + b, 0),
    najwiekszeZadanie: Math.max(0, ...zadania),
    najwiekszaOdpowiedz: Math.max(0, ...s.map((x) => x.odpowiedz)),
    sumaModelu: s.reduce((a, x) => a + x.model, 0),
    nieodtworzone: [...l.nieodtworzone],
  };
}

function kolumna(wb: ExcelJS.Workbook, naglowek: string): number {
  let kol = 0;
  wb.getWorksheet('Wnioski')!
    .getRow(1)
    .eachCell((c, i) => (c.value === naglowek ? (kol = i) : undefined));
  if (!kol) throw new Error(`no column ${naglowek}`);
  return kol;
}

const WKLAD = 'Wkład własny (zł)';

/** Sprawdź, Kwalifikacja (unless `zKwalifikacja` is false) and one typed cell (live validation) on `n` applications */
export async function zmierzRozmiar(n: number, zKwalifikacja = true): Promise<WierszTabeli[]> {
  const wb = await wojewodztwo(n);
  const { fx, dodatek } = naHoscie(wb);
  const l = lustro(fx);
  const wiersze: WierszTabeli[] = [];
  const mierz = async (przypadek: string, f: () => Promise<unknown>) => {
    fx.zeruj();
    l.zeruj();
    await f();
    wiersze.push(wiersz(przypadek, n, l));
  };
  await mierz('Sprawdź', () => dodatek.sprawdz());
  if (zKwalifikacja) await mierz('Kwalifikacja', () => dodatek.kwalifikuj());
  await dodatek.walidacjaNaZywo(true);
  const adres = wb.getWorksheet('Wnioski')!.getCell(101, kolumna(wb, WKLAD)).address;
  await mierz('Edycja na żywo (1 komórka)', async () => {
    fx.wpisz('Wnioski', adres, 1);
    await new Promise((r) => setTimeout(r, 10));
    await dodatek.naZywoGotowe();
  });
  await dodatek.walidacjaNaZywo(false);
  l.wylacz();
  return wiersze;
}

/** Sprawdź that highlights `OZNACZEN` cells: `Wkład własny` below the CS-4.3 minimum in as many rows */
export async function zmierzOznaczenia(): Promise<WierszTabeli> {
  const n = OZNACZEN + 1000;
  const wb = await wojewodztwo(n);
  const ws = wb.getWorksheet('Wnioski')!;
  const kol = kolumna(wb, WKLAD);
  for (let r = 2; r <= OZNACZEN + 1; r++) ws.getCell(r, kol).value = 1;
  const { fx, dodatek } = naHoscie(wb);
  const l = lustro(fx);
  fx.zeruj();
  // the request is recorded before the fake host refuses one above 5 MB
  const odrzucone = await dodatek.sprawdz().then(
    () => false,
    () => true,
  );
  const w = wiersz(`Sprawdź z ${OZNACZEN} oznaczeniami`, n, l);
  l.wylacz();
  return odrzucone ? { ...w, przypadek: `${w.przypadek} (odrzucone: żądanie > 5 MB)` } : w;
}

const MiB = (x: number) => `${(x / 1024 / 1024).toFixed(2)} MiB`;

/** the table as text (test output and `npm run bench`) */
export function opisTabeli(wiersze: readonly WierszTabeli[]): string {
  return wiersze
    .map(
      (w) =>
        `${w.przypadek}, ${w.wnioski} wniosków: ${w.synchronizacje} synchr., żądania razem ${MiB(w.suma)}, ` +
        `największe ${MiB(w.najwiekszeZadanie)}, największa odpowiedź ≈ ${MiB(w.najwiekszaOdpowiedz)}; ` +
        `fałszywy host ${MiB(w.sumaModelu)} (${(((w.sumaModelu - w.suma) / Math.max(1, w.suma)) * 100).toFixed(1)} %)`,
    )
    .join('\n');
}
