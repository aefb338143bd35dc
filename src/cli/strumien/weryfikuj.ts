/**
 * WB-4 `--w-miejscu`: the written package is verified by streaming before it replaces the input —
 * every part the tool does not own has the input's compressed bytes (compared as stored, never
 * inflated), every input sheet keeps its cells, visibility and number formats, and the owned sheets
 * hold exactly the XML generated from the plan (inflated from the file and checked against the CRC
 * and size computed while writing; sheets of ordinary size are also read back cell by cell).
 */
import type { Komorka, PlanZapisu, ZapisArkusza } from '../../core';
import { Archiwum } from '../pakiet/archiwum';
import { t, type Tekst } from '../tekst';
import { roznice, zgodneZPlanem } from '../weryfikacja';
import type { OdczytStrumieniowy } from './czytaj';
import { BEZ_LIMITOW, czytajArkuszStrumieniowo } from './arkusz';
import { crc32 } from 'node:zlib';
import { czytajStrukturePakietu, formatKomorki, LIMIT_MALEJ, relsDla } from './struktura';
import { RejestrStylow } from './style';
import type { Zapisany } from '../pakiet/zapisArchiwum';
import { czytajNapisy } from './napisy';
import { dolacz } from '../../core';

/** owned sheets up to this many cells are also read back cell by cell (larger ones: by CRC of their XML) */
const MAKS_KOMOREK_ODCZYTU = 200_000;

function oczekiwaneKomorki(z: ZapisArkusza): number {
  let n = 0;
  for (const w of z.wiersze) if (w) for (const k of w) if (k && k.v !== '') n++;
  return n;
}

export async function zweryfikujPakiet(
  przed: OdczytStrumieniowy,
  wynik: Buffer,
  plan: PlanZapisu,
  zapisane: ReadonlyMap<string, Zapisany>,
): Promise<Tekst[]> {
  const problemy: Tekst[] = [];
  const a = new Archiwum(wynik);
  const s = czytajStrukturePakietu(a);
  const planowane = new Map(plan.arkusze.map((z) => [z.nazwa.toLowerCase(), z]));

  // parts: byte for byte, except the merged ones and the owned sheets
  const scalane = new Set([
    przed.struktura.zeszyt,
    przed.struktura.relsZeszytu,
    '[Content_Types].xml',
    przed.struktura.style,
  ]);
  for (const x of przed.struktura.arkusze)
    if (x.czesc && planowane.has(x.nazwa.toLowerCase())) {
      scalane.add(x.czesc);
      scalane.add(relsDla(x.czesc));
    }
  for (const n of przed.archiwum.kolejnosc) {
    if (scalane.has(n)) continue;
    const w1 = przed.archiwum.wpisy.get(n)!;
    const w2 = a.wpisy.get(n);
    if (!w2 || w2.crc !== w1.crc || !a.surowe(w2).equals(przed.archiwum.surowe(w1))) {
      const arkusz = przed.struktura.arkusze.find((x) => x.czesc === n);
      problemy.push(
        arkusz
          ? t(
              `Arkusz „${arkusz.nazwa}” (${n}) nie został skopiowany bez zmian.`,
              `Sheet "${arkusz.nazwa}" (${n}) was not copied unchanged.`,
            )
          : t(`Część ${n} nie została skopiowana bez zmian.`, `Part ${n} was not copied unchanged.`),
      );
    }
  }

  // the input's sheets: their parts and shared strings are byte-identical (above), so their cells are
  // unchanged when every cell format they point to is still at its index, and their visibility is kept
  const stylePrzed = przed.struktura.style ? przed.archiwum.tekst(przed.struktura.style, LIMIT_MALEJ) : null;
  if (stylePrzed && s.style) {
    const po = new RejestrStylow(s.style, a.tekst(s.style, LIMIT_MALEJ) ?? '');
    if (!po.zawiera(new RejestrStylow(przed.struktura.style!, stylePrzed)))
      problemy.push(
        t(
          'Zmieniły się formaty komórek arkuszy użytkownika (styles.xml).',
          "The user sheets' cell formats (styles.xml) changed.",
        ),
      );
  }
  const poNazwie = new Map(s.arkusze.map((x) => [x.nazwa, x]));
  for (const x of przed.struktura.arkusze) {
    const k = x.nazwa.toLowerCase();
    if (planowane.has(k)) continue;
    const b = poNazwie.get(x.nazwa);
    if (!b || b.czesc !== x.czesc)
      problemy.push(
        t(`Brak arkusza „${x.nazwa}” w zapisanym pliku.`, `Sheet "${x.nazwa}" is missing from the written file.`),
      );
    else if (b.stan !== x.stan)
      problemy.push(t(`Arkusz „${x.nazwa}”: zmieniła się widoczność.`, `Sheet "${x.nazwa}": its visibility changed.`));
  }

  // the owned sheets, cell by cell against the plan
  const napisy = await czytajNapisy(a, s.napisy);
  const format = formatKomorki(s);
  for (const z of plan.arkusze) {
    const x = s.arkusze.find((y) => y.nazwa === z.nazwa);
    if (!x || !x.czesc) {
      problemy.push(t(`Brak zapisanego arkusza „${z.nazwa}”.`, `The written sheet "${z.nazwa}" is missing.`));
      continue;
    }
    if ((z.widocznosc === 'bardzoUkryty' ? 'veryHidden' : 'visible') !== x.stan)
      problemy.push(
        t(
          `Arkusz „${z.nazwa}”: widoczność inna niż zaplanowana.`,
          `Sheet "${z.nazwa}": visibility differs from the plan.`,
        ),
      );
    // the part holds exactly the XML generated from the plan (inflated and checked against the CRC and
    // size computed while it was generated, and against the entry's CRC)
    const wpis = a.wpisy.get(x.czesc)!;
    const { crc, rozmiar: dl } = zapisane.get(x.czesc) ?? { crc: -1, rozmiar: -1 };
    let crcCzesci = 0;
    let dlCzesci = 0;
    for await (const k of a.strumien(wpis, Infinity)) {
      crcCzesci = crc32(k, crcCzesci);
      dlCzesci += k.length;
    }
    if (crc !== crcCzesci >>> 0 || dl !== dlCzesci || wpis.crc !== crcCzesci >>> 0)
      problemy.push(
        t(
          `Arkusz „${z.nazwa}”: zapisana treść różni się od planu.`,
          `Sheet "${z.nazwa}": written content differs from the plan.`,
        ),
      );
    // and, for sheets of ordinary size, read back cell by cell as Excel would
    if (oczekiwaneKomorki(z) > MAKS_KOMOREK_ODCZYTU) continue;
    const zgodna = zgodneZPlanem(z, s.date1904);
    let zgodnych = 0;
    const zle: Komorka[][] = [];
    await czytajArkuszStrumieniowo(a, wpis, {
      nazwa: z.nazwa,
      napisy,
      format,
      date1904: s.date1904,
      limity: BEZ_LIMITOW,
      naKomorke(r, c, k) {
        if (zgodna(undefined, k, r, c)) zgodnych++;
        else (zle[r] ??= [])[c] = k;
      },
    });
    if (zle.length)
      dolacz(
        problemy,
        roznice(z.nazwa, [], zle, (_p, q) => !q),
      );
    else if (zgodnych < oczekiwaneKomorki(z))
      problemy.push(
        t(
          `Arkusz „${z.nazwa}”: brak części zaplanowanych komórek.`,
          `Sheet "${z.nazwa}": some planned cells are missing.`,
        ),
      );
  }
  const znane = new Set([...przed.zeszyt.arkusze.map((x) => x.nazwa.toLowerCase()), ...planowane.keys()]);
  for (const x of s.arkusze) {
    const k = x.nazwa.toLowerCase();
    if (!znane.has(k))
      problemy.push(
        t(`Nieoczekiwany arkusz „${x.nazwa}” w zapisanym pliku.`, `Unexpected sheet "${x.nazwa}" in the written file.`),
      );
  }
  return problemy;
}
