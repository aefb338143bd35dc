/**
 * `waliduj`, `kwalifikuj`, `podziel`, `diagnozuj`, `monitoruj`, `wskazniki` (WB-4): pre-scan (WB-1.9),
 * load, snapshot, the core's operation, then — for the writing commands — the plan applied to a full
 * copy of the input, written to a temporary file and renamed (verified first with `--w-miejscu`).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type * as ExcelJS from 'exceljs';
import type { Kontekst, WynikOperacji } from '../core/api';
import { adresUwagi, uwaga, type Uwaga } from '../core/uwagi';
import { uwagiJson } from '../core/zeszyt/arkuszUwag';
import { zaDlugiTekst } from '../core/zeszyt/czytnik';
import type { Polecenie } from './argumenty';
import type { Zaleznosci } from './zaleznosci';
import { BladCli, t, wJezyku, type Tekst } from './tekst';
import type { Wyjscie, WeWy } from './wejscieWyjscie';
import type { Postep } from './postep';
import { linieUwag, liniaLiczby } from './drukuj';
import { dzisWarszawa } from './dzis';
import { sciezkaDoWypisania, sprawdzCel, ustalWynik } from './sciezki';
import { czytajBajty, toPlikOle, usunCicho, wczytajExcelJS, zamien, zapiszTymczasowy } from './exceljs/plik';
import { czytajZeszyt, type FormulyBezWyniku } from './exceljs/czytaj';
import { zastosujPlan } from './exceljs/zapisz';
import { LIMITY, przegladnij, type Limity, type Przeglad } from './zip/przeglad';
import { BladZip, wpisyZip } from './zip/czytajZip';
import { utraconeCzesci, zweryfikuj } from './weryfikacja';
import { czytajZrodla } from './czytajZrodla';

const BEZ_LIMITOW: Limity = { wierszy: Infinity, komorek: Infinity, komorekWalidacji: Infinity };

const ETAP = {
  przeglad: t('sprawdzanie pliku', 'checking the file'),
  wczytywanie: t('wczytywanie skoroszytu', 'loading the workbook'),
  odczyt: t('odczyt komórek', 'reading cells'),
  obliczenia: t('obliczenia', 'computing'),
  zapis: t('zapisywanie', 'writing'),
  weryfikacja: t('weryfikacja zapisu', 'verifying the written file'),
};

/** The pre-scan, with readable messages for files that are not .xlsx. */
export async function przegladPliku(
  buf: Buffer,
  plik: string,
  limity: Limity,
  postep?: (u: number) => void,
): Promise<Przeglad> {
  if (toPlikOle(buf))
    throw new BladCli(
      t(
        `${plik} to plik w starym formacie .xls albo zaszyfrowany hasłem; zapisz go w Excelu jako .xlsx bez hasła.`,
        `${plik} is an old .xls file or password-protected; save it from Excel as .xlsx without a password.`,
      ),
    );
  try {
    return await przegladnij(buf, limity, postep);
  } catch (e) {
    if (e instanceof BladZip || e instanceof RangeError || (e as NodeJS.ErrnoException).code?.startsWith?.('Z_'))
      throw new BladCli(
        t(
          `${plik} nie jest poprawnym plikiem .xlsx (${(e as Error).message}).`,
          `${plik} is not a valid .xlsx file (${(e as Error).message}).`,
        ),
      );
    throw e;
  }
}

/** Formulas saved without a cached result were read as empty: one warning per sheet (WB-1.4). */
/**
 * WB-1.4 warning for formulas without a cached result. ExcelJS loads a cached `""` (`<v/>`, a WB-2.0
 * template line not filled yet) as "no result", so a sheet's empty cached values found by the scan are
 * not counted as missing (they are read as empty either way).
 */
function uwagiFormul(lista: readonly FormulyBezWyniku[], przeglad: Przeglad): Uwaga[] {
  const puste = new Map(przeglad.arkusze.map((a) => [a.nazwa, a.pusteWyniki]));
  const brakujace = lista
    .map((f) => ({ ...f, liczba: f.liczba - (puste.get(f.arkusz) ?? 0) }))
    .filter((f) => f.liczba > 0);
  return brakujace.map((f) =>
    uwaga(
      f.arkusz,
      f.pierwsza,
      'ostrzeżenie',
      'WB-1.4',
      `Formuły bez zapisanego wyniku: ${f.liczba} (pierwsza w ${f.pierwsza}) — odczytane jako puste komórki. Otwórz plik w Excelu i zapisz go, aby zapisać wyniki formuł.`,
      `Formulas without a saved result: ${f.liczba} (first in ${f.pierwsza}) — read as empty cells. Open the file in Excel and save it so the results are stored.`,
    ),
  );
}

function jsonUwag(wynik: WynikOperacji, dodatkowe: Uwaga[], jezyk: 'pl' | 'en'): unknown {
  const j = wynik.json as { uwagi?: unknown } | null | undefined;
  const moje = uwagiJson(dodatkowe, jezyk).uwagi;
  if (j && typeof j === 'object' && Array.isArray(j.uwagi)) return { ...j, uwagi: [...moje, ...j.uwagi] };
  return uwagiJson([...dodatkowe, ...wynik.uwagi], jezyk);
}

export function tekstOdmowy(wynik: WynikOperacji): Tekst {
  const bledy = wynik.uwagi.filter((u) => u.waga === 'błąd');
  const wybrane = bledy.filter((u) => u.regula === 'WB-1.9');
  const lista = wybrane.length ? wybrane : bledy;
  if (lista.length) {
    const z = (f: (u: Uwaga) => string): string =>
      lista.map((u) => (adresUwagi(u) ? `${adresUwagi(u)}: ${f(u)}` : f(u))).join('\n');
    return t(
      z((u) => u.komunikat),
      z((u) => u.message),
    );
  }
  const b = (wynik.json as { blad?: unknown } | null)?.blad;
  return typeof b === 'string' ? t(b, b) : t('Plik odrzucony (WB-1.9).', 'File refused (WB-1.9).');
}

/** The input read for an operation: bytes, pre-scan, loaded workbook, snapshot, the reader's own findings. */
export interface Wczytany {
  plik: string;
  buf: Buffer;
  przeglad: Przeglad;
  /** set to null by the caller once written, so the loaded input can be freed */
  wb: ExcelJS.Workbook | null;
  odczyt: ReturnType<typeof czytajZeszyt>;
  mojeUwagi: Uwaga[];
}

/** Pre-scan (WB-1.9), load and snapshot of the input — shared by the operations and `wyjasnij`. */
export async function wczytajPlik(
  plikWzgledny: string,
  io: WeWy,
  deps: Zaleznosci,
  postep: Postep,
  arkusze: string[] | 'wszystkie',
): Promise<Wczytany> {
  const plik = path.resolve(io.cwd, plikWzgledny);
  const limity = deps.limity ?? LIMITY;
  postep.etap(ETAP.przeglad, 0, 0.05);
  const buf = await czytajBajty(plik);
  const przeglad = await przegladPliku(buf, plikWzgledny, limity, (u) => postep.ustaw(u));
  if (przeglad.odmowa) throw new BladCli(przeglad.odmowa); // WB-1.9: refused before loading

  postep.etap(ETAP.wczytywanie, 0.05, 0.4);
  const wb = await wczytajExcelJS(buf, plikWzgledny, przeglad);
  postep.etap(ETAP.odczyt, 0.4, 0.45);
  const odczyt = czytajZeszyt(wb, { arkusze });
  for (const a of odczyt.zeszyt.arkusze) {
    const u = zaDlugiTekst(a); // WB-1.9
    if (u) throw new BladCli(t(`${adresUwagi(u)}: ${u.komunikat}`, `${adresUwagi(u)}: ${u.message}`));
  }
  return { plik, buf, przeglad, wb, odczyt, mojeUwagi: uwagiFormul(odczyt.formulyBezWyniku, przeglad) };
}

export async function polecenieOperacji(
  pol: Extract<Polecenie, { rodzaj: 'operacja' }>,
  io: WeWy,
  deps: Zaleznosci,
  wy: Wyjscie,
  postep: Postep,
): Promise<number> {
  const jezyk = wy.jezyk;
  if (deps.dostepnaOperacja && !deps.dostepnaOperacja(pol.operacja))
    throw new BladCli(
      t(
        `Polecenie ${pol.operacja} nie jest jeszcze dostępne w tej wersji.`,
        `Command ${pol.operacja} is not available in this version yet.`,
      ),
    );
  const zapisuje = pol.operacja !== 'waliduj';
  // Output rules first (WB-4): cheap, and nothing is read when the command cannot succeed.
  const koncowka =
    pol.operacja === 'sprawozdanie' ? 'sprawozdanie' : pol.operacja === 'zbierz' ? 'zbiorcze' : undefined;
  const cel = zapisuje ? await ustalWynik(pol.plik, pol.wynik, pol.wMiejscu, io.cwd, koncowka) : null;
  if (cel && !pol.wMiejscu) await sprawdzCel(cel);
  const wczytany = await wczytajPlik(
    pol.plik,
    io,
    deps,
    postep,
    pol.wMiejscu || !deps.arkuszeDoOdczytu ? 'wszystkie' : deps.arkuszeDoOdczytu(pol.operacja),
  );
  const { plik, buf, przeglad, odczyt, mojeUwagi } = wczytany;

  postep.etap(ETAP.obliczenia, 0.45, 0.65);
  const kontekst: Kontekst = {
    dzis: pol.naDzien ?? deps.dzis?.() ?? dzisWarszawa(io.env),
    jezyk,
    postep: (u, etap) => postep.ustaw(u, etap),
  };
  const wynik =
    pol.zrodla && deps.zbierz
      ? deps.zbierz(odczyt.zeszyt, await czytajZrodla(pol.zrodla, io, deps.limity ?? LIMITY, postep), kontekst)
      : deps.wykonaj(pol.operacja, odczyt.zeszyt, kontekst);
  const kolejnosc = odczyt.zeszyt.arkusze.map((a) => a.nazwa);
  const uwagi = [...mojeUwagi, ...wynik.uwagi];

  if (wynik.status === 'odmowa') throw new BladCli(tekstOdmowy(wynik));
  if (wynik.status === 'zablokowane') {
    postep.zakoncz();
    for (const l of linieUwag(uwagi, jezyk, kolejnosc)) wy.linia(l);
    if (wynik.podsumowanie.length) for (const l of wynik.podsumowanie) wy.linia(l);
    else {
      wy.linia(liniaLiczby(uwagi, jezyk));
      wy.tekst(
        t(
          'Zablokowane przez błędy w danych — nic nie zapisano.',
          'Blocked by errors in the data — nothing was written.',
        ),
      );
    }
    wy.obiekt(jsonUwag(wynik, mojeUwagi, jezyk));
    return 1;
  }
  if (!zapisuje || !cel) {
    postep.zakoncz();
    for (const l of linieUwag(uwagi, jezyk, kolejnosc)) wy.linia(l);
    for (const l of wynik.podsumowanie.length ? wynik.podsumowanie : [liniaLiczby(uwagi, jezyk)]) wy.linia(l);
    wy.obiekt(jsonUwag(wynik, mojeUwagi, jezyk));
    return uwagi.some((u) => u.waga === 'błąd') ? 1 : 0;
  }

  const ostrzezenia: Tekst[] = [];
  if (wynik.plan) {
    postep.etap(ETAP.zapis, 0.65, pol.wMiejscu ? 0.85 : 1);
    zastosujPlan(wczytany.wb!, wynik.plan);
    const tmp = await zapiszTymczasowy(wczytany.wb!, cel);
    wczytany.wb = null; // let the loaded input go before the written file is read back
    try {
      if (pol.wMiejscu) {
        postep.etap(ETAP.weryfikacja, 0.85, 1);
        await deps.poZapisieTymczasowym?.(tmp);
        const nowy = await fs.readFile(tmp);
        const przegladNowego = await przegladnij(nowy, BEZ_LIMITOW);
        const odczytNowego = czytajZeszyt(await wczytajExcelJS(nowy, tmp, przegladNowego));
        const problemy = zweryfikuj(
          { zeszyt: odczyt.zeszyt, przeglad },
          { zeszyt: odczytNowego.zeszyt, przeglad: przegladNowego },
          wynik.plan,
        );
        if (problemy.length)
          throw new BladCli(
            t(
              `Weryfikacja zapisanej kopii nie powiodła się — plik ${pol.plik} pozostał bez zmian:\n${problemy.map((p) => `  - ${p.pl}`).join('\n')}\nUżyj -o, aby zapisać wynik do osobnego pliku.`,
              `Verification of the written copy failed — ${pol.plik} was left unchanged:\n${problemy.map((p) => `  - ${p.en}`).join('\n')}\nUse -o to write the result to a separate file.`,
            ),
          );
        const teraz = await czytajBajty(plik);
        if (!teraz.equals(buf))
          throw new BladCli(
            t(
              `Plik ${pol.plik} zmienił się w trakcie pracy — nie zastępuję go.`,
              `${pol.plik} changed while it was being processed — not replacing it.`,
            ),
          );
        await zamien(tmp, cel, (await fs.stat(plik)).mode);
      } else {
        ostrzezenia.push(...utraconeCzesci(przeglad.struktura.wpisy.keys(), wpisyZip(await fs.readFile(tmp)).keys()));
        await zamien(tmp, cel);
      }
    } finally {
      await usunCicho(tmp);
    }
  }

  postep.zakoncz();
  for (const l of linieUwag(uwagi, jezyk, kolejnosc)) wy.linia(l);
  if (uwagi.length && !wynik.podsumowanie.length) wy.linia(liniaLiczby(uwagi, jezyk));
  for (const o of ostrzezenia) wy.blad(wJezyku(o, jezyk));
  const gdzie = sciezkaDoWypisania(cel, io.cwd);
  if (wynik.plan) wy.tekst(t(`Zapisano: ${gdzie}`, `Written: ${gdzie}`));
  else wy.tekst(t('Nic do zapisania.', 'Nothing to write.'));
  for (const l of wynik.podsumowanie) wy.linia(l);
  wy.obiekt(wynik.json ?? {});
  return 0;
}
