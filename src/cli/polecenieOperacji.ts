/**
 * `waliduj`, `kwalifikuj`, `podziel`, `diagnozuj`, `monitoruj`, `wskazniki` (WB-4): pre-scan (WB-1.9),
 * the package streamed into a snapshot (limits judged while streaming), the core's operation, then — for
 * the writing commands — the plan merged into a copy of the input (src/cli/strumien), written to a
 * temporary file and renamed (verified by streaming first with `--w-miejscu`).
 */
import * as path from 'node:path';
import { type Kontekst, type WynikOperacji, adresUwagi, uwaga, type Uwaga, uwagiJson, zaDlugiTekst } from '../core';
import type { Polecenie } from './argumenty';
import type { Zaleznosci } from './zaleznosci';
import { BladCli, t, type Tekst } from './tekst';
import type { Wyjscie, WeWy } from './wejscieWyjscie';
import type { Postep } from './postep';
import { linieUwag, liniaLiczby } from './drukuj';
import { dzisWarszawa } from './dzis';
import { sciezkaDoWypisania, sprawdzCel, ustalWynik } from './sciezki';
import { czytajBajty } from './pliki/wejscie';
import type { FormulyBezWyniku } from './strumien/czytaj';
import { czytajWejscie } from './strumien/wejscie';
import { LIMITY_ARKUSZA, type OdczytStrumieniowy } from './strumien/czytaj';
import type { LimityArkusza } from './strumien/arkusz';
import { zapiszWynik } from './strumien/wynik';
import { czytajZrodla } from './czytajZrodla';
import { planZRekordem } from './pliki/nadpisanie';

const ETAP = {
  przeglad: t('sprawdzanie pliku', 'checking the file'),
  odczyt: t('odczyt komórek', 'reading cells'),
  obliczenia: t('obliczenia', 'computing'),
  zapis: t('zapisywanie', 'writing'),
  weryfikacja: t('weryfikacja zapisu', 'verifying the written file'),
};

/** Formulas saved without a cached result were read as empty: one warning per sheet (WB-1.4). */
/**
 * WB-1.4 warning for formulas without a cached result. ExcelJS loads a cached `""` (`<v/>`, a WB-2.0
 * template line not filled yet) as "no result", so a sheet's empty cached values found by the scan are
 * not counted as missing (they are read as empty either way).
 */
function uwagiFormul(lista: readonly FormulyBezWyniku[]): Uwaga[] {
  return lista.map((f) =>
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

/** WB-1.9 / WB-1.10: limits judged while streaming the sheets an operation reads (tests inject smaller ones). */
export function limityOdczytu(deps: Zaleznosci): LimityArkusza {
  return deps.limity
    ? {
        ...LIMITY_ARKUSZA,
        wierszy: deps.limity.wierszy,
        komorek: Math.min(deps.limity.komorek, LIMITY_ARKUSZA.komorek),
      }
    : LIMITY_ARKUSZA;
}

/** The input read for an operation: its bytes, the streamed snapshot and the reader's own findings. */
export interface Wczytany {
  plik: string;
  buf: Buffer;
  odczyt: OdczytStrumieniowy;
  mojeUwagi: Uwaga[];
}

/** Read and snapshot the input by streaming — shared by the operations and `wyjasnij`. */
export async function wczytajPlik(
  plikWzgledny: string,
  io: WeWy,
  deps: Zaleznosci,
  postep: Postep,
  arkusze: readonly string[] | 'wszystkie',
  pominWlasneWyniki = true,
  odciski = false,
): Promise<Wczytany> {
  const plik = path.resolve(io.cwd, plikWzgledny);
  postep.etap(ETAP.przeglad, 0, 0.05);
  const buf = await czytajBajty(plik);
  postep.etap(ETAP.odczyt, 0.05, 0.45);
  const odczyt = await czytajWejscie(buf, plikWzgledny, {
    arkusze,
    limity: limityOdczytu(deps),
    pominWlasneWyniki,
    odciski,
  });
  for (const a of odczyt.zeszyt.arkusze) {
    const u = zaDlugiTekst(a); // WB-1.9
    if (u) throw new BladCli(t(`${adresUwagi(u)}: ${u.komunikat}`, `${adresUwagi(u)}: ${u.message}`));
  }
  return { plik, buf, odczyt, mojeUwagi: uwagiFormul(odczyt.formulyBezWyniku) };
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
  if (cel && !pol.wMiejscu) await sprawdzCel(cel, { operacja: pol.operacja, nadpisz: !!pol.nadpisz });
  // `zbierz` reads the target's own earlier results (CS-R.3); every other operation replaces them
  const { plik, odczyt, mojeUwagi } = await wczytajPlik(
    pol.plik,
    io,
    deps,
    postep,
    deps.arkuszeDoOdczytu ? deps.arkuszeDoOdczytu(pol.operacja) : 'wszystkie',
    pol.operacja !== 'zbierz',
    zapisuje && !pol.wMiejscu,
  );

  postep.etap(ETAP.obliczenia, 0.45, 0.65);
  const kontekst: Kontekst = {
    dzis: pol.naDzien ?? deps.dzis?.() ?? dzisWarszawa(io.env),
    jezyk,
    postep: (u, etap) => postep.ustaw(u, etap),
  };
  const wynik =
    pol.zrodla && deps.zbierz
      ? deps.zbierz(odczyt.zeszyt, await czytajZrodla(pol.zrodla, io, limityOdczytu(deps), postep), kontekst)
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

  if (wynik.plan) {
    postep.etap(ETAP.zapis, 0.65, pol.wMiejscu ? 0.85 : 1);
    await zapiszWynik({
      odczyt,
      plan: await planZRekordem(wynik.plan, pol.operacja, pol.wMiejscu, odczyt),
      cel,
      wMiejscu: pol.wMiejscu,
      wejscie: plik,
      nazwaWejscia: pol.plik,
      przedWeryfikacja: () => postep.etap(ETAP.weryfikacja, 0.85, 1),
      poZapisieTymczasowym: deps.poZapisieTymczasowym,
    });
  }

  postep.zakoncz();
  for (const l of linieUwag(uwagi, jezyk, kolejnosc)) wy.linia(l);
  if (uwagi.length && !wynik.podsumowanie.length) wy.linia(liniaLiczby(uwagi, jezyk));
  const gdzie = sciezkaDoWypisania(cel, io.cwd);
  if (wynik.plan) wy.tekst(t(`Zapisano: ${gdzie}`, `Written: ${gdzie}`));
  else wy.tekst(t('Nic do zapisania.', 'Nothing to write.'));
  for (const l of wynik.podsumowanie) wy.linia(l);
  wy.obiekt(wynik.json ?? {});
  return 0;
}
