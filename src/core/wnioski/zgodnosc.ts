/**
 * CS-11.2: each `Szkoły` row must agree with that school's director's application in the same workbook
 * (matched by normalised REGON): pupils, variant, fallback, requested amount, own contribution.
 * Disagreement → `błąd` at the `Szkoły` cell naming both values.
 */
import { kwotaEn, kwotaPl, type Grosze } from '../kwota';
import { uwaga, type Uwaga } from '../uwagi';
import type { ModelWnioskuDyrektora } from './wniosekDyrektora';
import type { WierszSzkoly } from './szkolyOrganu';
import { S } from './schemat';
import { uwagaW, type Miejsce } from './szkola';
import { doGrupy } from '../tablice/grupy';

interface Porownanie {
  pole: string;
  miejsce: Miejsce;
  organ: string | null;
  dyrektor: string | null;
  organEn?: string | null;
  dyrektorEn?: string | null;
}

const zl = (g: Grosze | null) => (g === null ? null : kwotaPl(g));
const zlEn = (g: Grosze | null) => (g === null ? null : kwotaEn(g));
const str = (v: number | string | null) => (v === null ? null : String(v));

export function sprawdzZgodnosc(
  szkoly: readonly WierszSzkoly[],
  dyrektorzy: readonly ModelWnioskuDyrektora[],
): Uwaga[] {
  const uwagi: Uwaga[] = [];
  const wgRegonu = new Map<string, ModelWnioskuDyrektora[]>();
  for (const d of dyrektorzy) {
    const r = d.dane.regonCyfry;
    if (r) doGrupy(wgRegonu, r, d);
  }
  const uzyte = new Set<ModelWnioskuDyrektora>();
  for (const s of szkoly) {
    if (!s.regonCyfry) continue;
    const lista = wgRegonu.get(s.regonCyfry);
    if (!lista) continue;
    const d = lista[0];
    lista.forEach((x) => uzyte.add(x));
    if (lista.length > 1)
      uwagi.push(
        uwagaW(
          s.miejsca.regon,
          'ostrzeżenie',
          'CS-11.2',
          `REGON ${s.regonCyfry} ma kilka wniosków dyrektora (${lista.map((x) => `„${x.arkusze.wniosek}”`).join(', ')}); porównano z pierwszym.`,
          `REGON ${s.regonCyfry} has several directors' applications (${lista.map((x) => `"${x.arkusze.wniosek}"`).join(', ')}); compared with the first.`,
        ),
      );
    const porownania: Porownanie[] = [
      { pole: S.uczniowie, miejsce: s.miejsca.uczniowie, organ: str(s.uczniowie), dyrektor: str(d.dane.uczniowie) },
      { pole: S.wariant, miejsce: s.miejsca.wariant, organ: s.wariant, dyrektor: d.dane.wariant },
      {
        pole: S.wariantZastepczy,
        miejsce: s.miejsca.wariantZastepczy,
        organ: s.wariantZastepczy,
        dyrektor: d.dane.wariantZastepczy,
      },
      {
        pole: S.wnioskowana,
        miejsce: s.miejsca.wnioskowana,
        organ: zl(s.wnioskowana),
        dyrektor: zl(d.dane.wnioskowana),
        organEn: zlEn(s.wnioskowana),
        dyrektorEn: zlEn(d.dane.wnioskowana),
      },
      {
        pole: S.wklad,
        miejsce: s.miejsca.wklad,
        organ: zl(s.wklad),
        dyrektor: zl(d.wklad?.wkladWlasny ?? null),
        organEn: zlEn(s.wklad),
        dyrektorEn: zlEn(d.wklad?.wkladWlasny ?? null),
      },
    ];
    for (const p of porownania) {
      if (p.organ === null || p.dyrektor === null || p.organ === p.dyrektor) continue;
      uwagi.push(
        uwagaW(
          p.miejsce,
          'błąd',
          'CS-11.2',
          `${p.pole}: w arkuszu „Szkoły” ${p.organ}, a we wniosku dyrektora („${d.arkusze.wniosek}”) ${p.dyrektor}.`,
          `${p.pole}: ${p.organEn ?? p.organ} in "Szkoły", but ${p.dyrektorEn ?? p.dyrektor} in the director's application ("${d.arkusze.wniosek}").`,
        ),
      );
    }
  }
  for (const d of dyrektorzy) {
    if (uzyte.has(d) || !d.dane.regonCyfry) continue;
    uwagi.push(
      uwaga(
        d.arkusze.wniosek,
        null,
        'ostrzeżenie',
        'CS-11.2',
        `Szkoły z wniosku dyrektora „${d.arkusze.wniosek}” (REGON ${d.dane.regonCyfry}) nie ma w arkuszu „Szkoły” wniosku organu.`,
        `The school of the director's application "${d.arkusze.wniosek}" (REGON ${d.dane.regonCyfry}) is not listed in the organ's "Szkoły" sheet.`,
      ),
    );
  }
  return uwagi;
}
