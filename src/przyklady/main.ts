/**
 * `npm run przyklady`: writes every example workbook into examples/, the golden JSON of the
 * voivodeship example, and the generated sections of examples/README.md. Deterministic.
 */
import * as ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  type Kontekst,
  type ZapisArkusza,
  kwalifikujWojewodztwo,
  przykladPodzialu,
  przykladWnioskuDyrektora,
  przykladWnioskuOrganu,
} from '../core';
import * as rdzen from '../core';
import { czytajZeszyt } from '../cli/exceljs/czytaj';
import { PLIK_MAZOWIECKI, przykladMazowiecki } from './mazowieckie';
import { oczekiwaneS2, oczekiwaneS4, przykladS2, przykladS4, przykladS7 } from './scenariusze';
import { PRZYKLADY_BLEDNE } from './bledy';
import { zapiszPrzyklad, zapiszStrumieniowo } from './zapis';
import { doSnapshotu } from './snapshot';
import { porownajUwagi } from './porownanie';
import { tabelaBledow, tabelaCelowych, tabelaUwag, wstawSekcje } from './readme';
import { opisStatystyki } from './statystykaMd';
import type { PrzykladZeszytu } from './model';
import { KATALOG_SPRAWOZDAN, PLIK_ORGANU, przykladSprawozdan, tabelaSprawozdanSzkol } from './sprawozdania';
import {
  KATALOG_SPRAWOZDAN_WOJEWODY,
  przykladSprawozdanWojewody,
  tabelaSprawozdanWojewody,
} from './sprawozdaniaWojewody';

export const KONTEKST_PRZYKLADOW: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };

const KORZEN = path.resolve(__dirname, '..', '..');
const KATALOG = path.join(KORZEN, 'examples');

const zapisane: string[] = [];

async function zapisz(p: PrzykladZeszytu, nazwa: string, duzy = false): Promise<void> {
  const plik = path.join(KATALOG, nazwa);
  if (duzy) await zapiszStrumieniowo(p, plik, { stabilnie: true });
  else await zapiszPrzyklad(p, plik);
  zapisane.push(nazwa);
}

async function przeczytaj(nazwa: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(KATALOG, nazwa));
  return czytajZeszyt(wb).zeszyt;
}

/** Example builders of other modules, wired in when they exist (JST: przykladGminy, przykladProjektu). */
function opcjonalny(modul: object, nazwa: string): (() => ZapisArkusza[]) | null {
  const f = (modul as Record<string, unknown>)[nazwa];
  return typeof f === 'function' ? (f as () => ZapisArkusza[]) : null;
}

async function main(): Promise<void> {
  await fs.mkdir(path.join(KATALOG, 'bledy'), { recursive: true });
  const ostrzezenia: string[] = [];

  // the realistic voivodeship workbook, its golden JSON and the check of its documented findings
  const maz = przykladMazowiecki();
  await zapisz(maz, PLIK_MAZOWIECKI);
  const wynik = kwalifikujWojewodztwo(await przeczytaj(PLIK_MAZOWIECKI), KONTEKST_PRZYKLADOW);
  if (wynik.status !== 'ok') ostrzezenia.push(`${PLIK_MAZOWIECKI}: status ${wynik.status} (expected ok)`);
  const r = porownajUwagi(maz.oczekiwane, wynik.uwagi);
  for (const b of r.brakujace) ostrzezenia.push(`${PLIK_MAZOWIECKI}: expected finding not produced: ${b}`);
  for (const n of r.nadmiarowe) ostrzezenia.push(`${PLIK_MAZOWIECKI}: finding not listed in README: ${n}`);
  const wPamieci = kwalifikujWojewodztwo(doSnapshotu(maz), KONTEKST_PRZYKLADOW);
  if (JSON.stringify(wPamieci.json) !== JSON.stringify(wynik.json))
    ostrzezenia.push(`${PLIK_MAZOWIECKI}: the in-memory snapshot and the written file give different results`);
  const json = path.join(KATALOG, PLIK_MAZOWIECKI.replace(/\.xlsx$/, '.json'));
  await fs.writeFile(json, `${JSON.stringify(wynik.json, null, 2)}\n`);
  zapisane.push(path.basename(json));

  // scenarios
  await zapisz(przykladS2(true), 's2-mazowieckie.xlsx');
  await zapisz(przykladS2(false), 's2-losowanie.xlsx');
  await zapisz(przykladS4(), 's4-bledne-dane.xlsx');
  await zapisz(przykladS7(), 's7-koszyki.xlsx');
  await zapisz({ arkusze: przykladPodzialu(), specjalne: [] }, 'podzial-srodkow.xlsx');

  // applications and JST examples of the other modules
  const inne: Array<[string, (() => ZapisArkusza[]) | null]> = [
    ['wniosek-dyrektora.xlsx', przykladWnioskuDyrektora],
    ['wniosek-organu.xlsx', przykladWnioskuOrganu],
    ['gmina-jst.xlsx', opcjonalny(rdzen, 'przykladGminy')],
    ['projekt-fers.xlsx', opcjonalny(rdzen, 'przykladProjektu')],
  ];
  for (const [nazwa, f] of inne) {
    if (f) await zapisz({ arkusze: f(), specjalne: [] }, nazwa);
    else ostrzezenia.push(`${nazwa}: its example builder does not exist yet — not written`);
  }

  // one blocking problem per file
  for (const b of PRZYKLADY_BLEDNE) await zapisz(b.generuj(), path.join('bledy', b.plik), b.duzy);

  // reports (CS-R): a body's report and the school reports `zbierz` gathers into it
  await fs.mkdir(path.join(KATALOG, KATALOG_SPRAWOZDAN), { recursive: true });
  const spr = przykladSprawozdan();
  await zapisz({ arkusze: spr.organ, specjalne: [] }, path.join(KATALOG_SPRAWOZDAN, PLIK_ORGANU));
  for (const s of spr.szkoly)
    await zapisz({ arkusze: s.arkusze, specjalne: [] }, path.join(KATALOG_SPRAWOZDAN, s.plik));

  // body reports for the voivode (CS-R.3b), built from the voivodeship example's protocol
  await fs.mkdir(path.join(KATALOG, KATALOG_SPRAWOZDAN_WOJEWODY), { recursive: true });
  const organy = przykladSprawozdanWojewody(doSnapshotu(maz), KONTEKST_PRZYKLADOW);
  for (const o of organy)
    await zapisz({ arkusze: o.arkusze, specjalne: [] }, path.join(KATALOG_SPRAWOZDAN_WOJEWODY, o.plik));

  // README sections
  const readme = path.join(KATALOG, 'README.md');
  let tekst = await fs.readFile(readme, 'utf8');
  tekst = wstawSekcje(tekst, 'statystyka', opisStatystyki(maz.statystyka, wynik.json));
  tekst = wstawSekcje(tekst, `uwagi:${PLIK_MAZOWIECKI}`, tabelaUwag(maz.oczekiwane));
  tekst = wstawSekcje(tekst, `celowe:${PLIK_MAZOWIECKI}`, tabelaCelowych(maz.celowe));
  tekst = wstawSekcje(tekst, 'uwagi:s2-mazowieckie.xlsx', tabelaUwag(oczekiwaneS2()));
  tekst = wstawSekcje(tekst, 'uwagi:s4-bledne-dane.xlsx', tabelaUwag(oczekiwaneS4()));
  tekst = wstawSekcje(tekst, 'bledy', tabelaBledow(PRZYKLADY_BLEDNE));
  tekst = wstawSekcje(tekst, `uwagi:${PLIK_ORGANU}`, tabelaUwag(spr.oczekiwane));
  tekst = wstawSekcje(tekst, 'sprawozdania-szkol', tabelaSprawozdanSzkol(spr));
  tekst = wstawSekcje(tekst, 'sprawozdania-wojewody', tabelaSprawozdanWojewody(organy));
  await fs.writeFile(readme, tekst);

  for (const n of zapisane) {
    const s = await fs.stat(path.join(KATALOG, n));
    process.stderr.write(`examples/${n}  ${(s.size / 1024).toFixed(0)} KB\n`);
  }
  process.stderr.write(
    `${PLIK_MAZOWIECKI}: ${maz.statystyka.wnioski} wniosków, ${maz.statystyka.organy} organów, ${maz.oczekiwane.length} udokumentowanych uwag, status ${wynik.status}\n`,
  );
  for (const o of ostrzezenia) process.stderr.write(`UWAGA: ${o}\n`);
  if (ostrzezenia.some((o) => !o.includes('does not exist yet'))) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
