/**
 * WB-4 `--w-miejscu`: the written package is verified by streaming before it replaces the input —
 * every part the tool does not own has the input's compressed bytes, every input sheet keeps its
 * cells, visibility and number formats, and the owned sheets hold exactly what the plan says (their
 * cells compared one by one as they stream, never loaded whole).
 */
import type { Komorka, PlanZapisu, ZapisArkusza } from '../../core/zeszyt/model';
import { Archiwum } from '../pakiet/archiwum';
import { t, type Tekst } from '../tekst';
import { roznice, rowneKomorki, zgodneZPlanem } from '../weryfikacja';
import { czytajPakiet, type OdczytStrumieniowy } from './czytaj';
import { czytajArkuszStrumieniowo } from './arkusz';
import { czytajStrukturePakietu, relsDla } from './struktura';
import { czytajNapisy } from './napisy';
import { WBUDOWANE } from './formatyLiczb';

const BEZ_LIMITU = { wierszy: Infinity, komorek: Infinity, scalonych: Infinity };

function oczekiwaneKomorki(z: ZapisArkusza): number {
  let n = 0;
  for (const w of z.wiersze) if (w) for (const k of w) if (k && k.v !== '') n++;
  return n;
}

export async function zweryfikujPakiet(przed: OdczytStrumieniowy, wynik: Buffer, plan: PlanZapisu): Promise<Tekst[]> {
  const problemy: Tekst[] = [];
  const a = new Archiwum(wynik);
  const s = czytajStrukturePakietu(a);
  const planowane = new Map(plan.arkusze.map((z) => [z.nazwa.toLowerCase(), z]));
  const usuwane = new Set((plan.usun ?? []).map((n) => n.toLowerCase()));

  // parts: byte for byte, except the merged ones and the owned sheets
  const scalane = new Set([
    przed.struktura.zeszyt,
    przed.struktura.relsZeszytu,
    '[Content_Types].xml',
    przed.struktura.style,
  ]);
  for (const x of przed.struktura.arkusze)
    if (x.czesc && (planowane.has(x.nazwa.toLowerCase()) || usuwane.has(x.nazwa.toLowerCase()))) {
      scalane.add(x.czesc);
      scalane.add(relsDla(x.czesc));
    }
  for (const n of przed.archiwum.kolejnosc) {
    if (scalane.has(n)) continue;
    const w1 = przed.archiwum.wpisy.get(n)!;
    const w2 = a.wpisy.get(n);
    if (!w2 || w2.crc !== w1.crc || !a.surowe(w2).equals(przed.archiwum.surowe(w1)))
      problemy.push(t(`Część ${n} nie została skopiowana bez zmian.`, `Part ${n} was not copied unchanged.`));
  }

  // the input's sheets: same cells, formats and visibility
  const po = await czytajPakiet(wynik, {
    arkusze: przed.zeszyt.arkusze.map((x) => x.nazwa).filter((n) => !planowane.has(n.toLowerCase())),
    limity: BEZ_LIMITU,
  });
  const poNazwie = new Map(po.zeszyt.arkusze.map((x) => [x.nazwa, x]));
  for (const x of przed.zeszyt.arkusze) {
    const k = x.nazwa.toLowerCase();
    if (planowane.has(k) || usuwane.has(k)) continue;
    const b = poNazwie.get(x.nazwa);
    if (!b) {
      problemy.push(
        t(`Brak arkusza „${x.nazwa}” w zapisanym pliku.`, `Sheet "${x.nazwa}" is missing from the written file.`),
      );
      continue;
    }
    if ((x.widocznosc ?? 'widoczny') !== (b.widocznosc ?? 'widoczny'))
      problemy.push(t(`Arkusz „${x.nazwa}”: zmieniła się widoczność.`, `Sheet "${x.nazwa}": its visibility changed.`));
    problemy.push(...roznice(x.nazwa, x.wiersze, b.wiersze, (p, q) => rowneKomorki(p, q)));
  }

  // the owned sheets, cell by cell against the plan
  const napisy = await czytajNapisy(a, s.napisy);
  const formaty = s.formatyXf.map((id) => (id ? (s.formatyLiczb.get(id) ?? WBUDOWANE.get(id)) : undefined));
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
    const zgodna = zgodneZPlanem(z, s.date1904);
    let zgodnych = 0;
    const zle: Komorka[][] = [];
    await czytajArkuszStrumieniowo(a, a.wpisy.get(x.czesc)!, {
      nazwa: z.nazwa,
      napisy,
      format: (i) => formaty[i],
      date1904: s.date1904,
      limity: BEZ_LIMITU,
      naKomorke(r, c, k) {
        if (zgodna(undefined, k, r, c)) zgodnych++;
        else (zle[r] ??= [])[c] = k;
      },
    });
    if (zle.length) problemy.push(...roznice(z.nazwa, [], zle, (_p, q) => !q));
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
    if (!znane.has(k) || (usuwane.has(k) && !planowane.has(k)))
      problemy.push(
        t(`Nieoczekiwany arkusz „${x.nazwa}” w zapisanym pliku.`, `Unexpected sheet "${x.nazwa}" in the written file.`),
      );
  }
  return problemy;
}
