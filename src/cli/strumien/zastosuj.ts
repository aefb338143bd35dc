/**
 * The write plan applied by merging (WB-3.1, WB-3.3): the output package is the input's, entry by
 * entry, with every part the tool does not own copied as its raw compressed bytes; the planned sheets
 * are written as new worksheet parts (replacing an owned sheet in its part and position, or appended),
 * `usun` sheets are dropped, and workbook.xml (sheets, print titles, the active tab), its
 * relationships, [Content_Types].xml and styles.xml (appended) are merged as text.
 */
import { jestLista, najwieksza, type PlanZapisu, type ZapisArkusza } from '../../core';
import { Archiwum } from '../pakiet/archiwum';
import { ZapisArchiwum, type Ujscie, type Zapisany } from '../pakiet/zapisArchiwum';
import { czytajStrukturePakietu, LIMIT_MALEJ, relsDla, type ArkuszPakietu, type StrukturaPakietu } from './struktura';
import { RejestrStylow, STYLE_MINIMALNE } from './style';
import { bezCechSzablonu, tytulyWydruku, xmlArkusza } from './zapiszArkusz';
import { brakElementu, drzewo, prefiks, wklej } from './xml';
import { xmlAtrybut, xmlTekst } from './escape';

const TYP_ARKUSZA = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const TYP_STYLOW = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const CT_ARKUSZA = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_STYLOW = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const TYTULY = '_xlnm.Print_Titles';

interface ArkuszWyniku {
  nazwa: string;
  stan: 'visible' | 'hidden' | 'veryHidden';
  sheetId: number;
  rId: string;
  czesc: string | null;
  /** index in the input's sheet list (null for a new sheet) */
  dawny: number | null;
  plan: ZapisArkusza | null;
  /** the input's sheet element kept as it was */
  surowy: boolean;
}

function sprawdzNazwe(nazwa: string): void {
  if (!nazwa || nazwa.length > 31 || /[*?:/\\[\]]/.test(nazwa) || /^'|'$/.test(nazwa))
    throw new Error(`invalid sheet name in the write plan: "${nazwa}"`);
}

function wzgledna(z: string, do_: string): string {
  const baza = z.split('/').slice(0, -1);
  const cel = do_.split('/');
  let i = 0;
  while (i < baza.length && i < cel.length - 1 && baza[i] === cel[i]) i++;
  return [...baza.slice(i).map(() => '..'), ...cel.slice(i)].join('/');
}

/**
 * Template features (WB-2.0: formulas, number/date/length rules, input cells) are written by `szablon`
 * through ExcelJS; no operation's plan carries them, and this writer refuses rather than drop one.
 */
function sprawdzCechy(z: ZapisArkusza): void {
  // formula cells are refused where each cell is written (`xmlArkusza`): one pass over the cells, not two
  if (z.polaWejsciowe?.length || z.walidacje?.some((w) => !jestLista(w))) throw bezCechSzablonu(z.nazwa);
}

/** `<sheet state>` of a planned sheet (WB-3.1: the state sheet very hidden; the trainer's answers hidden). */
function stanArkusza(z: ZapisArkusza): 'hidden' | 'visible' | 'veryHidden' {
  return z.widocznosc === 'bardzoUkryty' ? 'veryHidden' : z.widocznosc === 'ukryty' ? 'hidden' : 'visible';
}

/** The sheets of the output, in order, with the parts they live in. */
function ukladArkuszy(s: StrukturaPakietu, plan: PlanZapisu, a: Archiwum): ArkuszWyniku[] {
  const planowane = new Map(plan.arkusze.map((z) => [z.nazwa.toLowerCase(), z]));
  const wynik: ArkuszWyniku[] = [];
  s.arkusze.forEach((x: ArkuszPakietu, i) => {
    const n = x.nazwa.toLowerCase();
    const z = planowane.get(n) ?? null;
    // a planned sheet whose part is not a worksheet (a chart sheet of that name) gets a new part
    const wlasnaCzesc = z && x.tabela && x.czesc ? x.czesc : null;
    wynik.push({
      nazwa: z ? z.nazwa : x.nazwa,
      stan: z ? stanArkusza(z) : x.stan,
      sheetId: x.sheetId,
      rId: z && !wlasnaCzesc ? '' : x.rId,
      czesc: z ? wlasnaCzesc : x.czesc,
      dawny: i,
      plan: z,
      surowy: !z,
    });
    if (z) planowane.delete(n);
  });
  for (const z of planowane.values())
    wynik.push({
      nazwa: z.nazwa,
      stan: stanArkusza(z),
      sheetId: 0,
      rId: '',
      czesc: null,
      dawny: null,
      plan: z,
      surowy: false,
    });
  // new parts, ids and relationship ids
  const zajete = new Set([...a.wpisy.keys()].map((k) => k.toLowerCase()));
  const ids = new Set(s.relacje.map((r) => r.id));
  let sheetId = najwieksza(
    0,
    s.arkusze.map((x) => x.sheetId),
  );
  const katalog = s.zeszyt.split('/').slice(0, -1).join('/');
  let nr = 1;
  let rel = 1;
  for (const w of wynik) {
    if (!w.sheetId) w.sheetId = ++sheetId;
    if (w.czesc) continue;
    while (zajete.has(`${katalog}/worksheets/sheet${nr}.xml`.replace(/^\//, '').toLowerCase())) nr++;
    w.czesc = `${katalog}/worksheets/sheet${nr}.xml`.replace(/^\//, '');
    zajete.add(w.czesc.toLowerCase());
    while (ids.has(`rId${rel}`)) rel++;
    w.rId = `rId${rel}`;
    ids.add(w.rId);
  }
  return wynik;
}

function scalZeszyt(xml: string, czesc: string, uklad: ArkuszWyniku[]): string {
  const d = drzewo(czesc, xml);
  const wb = d.dzieci.find((m) => m.nazwa === 'workbook');
  if (!wb) throw brakElementu(czesc, 'workbook');
  const px = prefiks(wb.pelna);
  const sheets = wb.dzieci.find((m) => m.nazwa === 'sheets');
  if (!sheets) throw brakElementu(czesc, 'sheets');
  const surowe = sheets.dzieci.filter((m) => m.nazwa === 'sheet');
  const atrId = Object.keys(surowe[0]?.atr ?? {}).find((k) => k === 'r:id' || k.endsWith(':id')) ?? 'r:id';
  const zmiany: Array<[number, number, string]> = [];
  const nowyIndeks = new Map<number, number>();
  uklad.forEach((w, i) => {
    if (w.dawny !== null) nowyIndeks.set(w.dawny, i);
  });
  const elementy = uklad
    .map((w) => {
      if (w.surowy && w.dawny !== null && surowe[w.dawny])
        return xml.slice(surowe[w.dawny].poczatek, surowe[w.dawny].koniec);
      const stan = w.stan === 'visible' ? '' : ` state="${w.stan}"`;
      return `<${px}sheet name="${xmlAtrybut(w.nazwa)}" sheetId="${w.sheetId}"${stan} ${atrId}="${w.rId}"/>`;
    })
    .join('');
  const zamkniecieSheets = sheets.pusty ? sheets.koniec : xml.lastIndexOf('</', sheets.koniec - 1);
  zmiany.push([sheets.koniecOtwarcia, zamkniecieSheets, sheets.pusty ? '' : elementy]);
  if (sheets.pusty) zmiany[0] = [sheets.poczatek, sheets.koniec, `<${px}sheets>${elementy}</${px}sheets>`];

  // defined names: local ones follow their sheet's new index; the owned sheets' print titles are ours
  const wlasne = new Set(uklad.flatMap((w, i) => (w.plan ? [i] : [])));
  const nowe: string[] = [];
  uklad.forEach((w, i) => {
    const t = w.plan ? tytulyWydruku(w.plan) : null;
    if (t) nowe.push(`<${px}definedName name="${TYTULY}" localSheetId="${i}">${xmlTekst(t)}</${px}definedName>`);
  });
  const names = wb.dzieci.find((m) => m.nazwa === 'definedNames');
  if (names) {
    for (const m of names.dzieci) {
      if (m.nazwa !== 'definedName' || m.atr.localSheetId === undefined) continue;
      const stary = Number(m.atr.localSheetId);
      const nowy = nowyIndeks.get(stary);
      // a removed sheet's names go; an owned sheet's built-in names (print titles, filter) are rewritten
      if (nowy === undefined || (wlasne.has(nowy) && /^_xlnm\./.test(m.atr.name ?? '')))
        zmiany.push([m.poczatek, m.koniec, '']);
      else if (nowy !== stary) {
        const otwarcie = xml
          .slice(m.poczatek, m.koniecOtwarcia)
          .replace(/localSheetId\s*=\s*("[^"]*"|'[^']*')/, `localSheetId="${nowy}"`);
        zmiany.push([m.poczatek, m.koniecOtwarcia, otwarcie]);
      }
    }
    if (nowe.length) {
      if (names.pusty)
        zmiany.push([names.poczatek, names.koniec, `<${px}definedNames>${nowe.join('')}</${px}definedNames>`]);
      else {
        const z = xml.lastIndexOf('</', names.koniec - 1);
        zmiany.push([z, z, nowe.join('')]);
      }
    }
  } else if (nowe.length) {
    const po = [
      'calcPr',
      'oleSize',
      'customWorkbookViews',
      'pivotCaches',
      'smartTagPr',
      'smartTagTypes',
      'webPublishing',
      'fileRecoveryPr',
      'webPublishObjects',
      'extLst',
    ];
    const nast = wb.dzieci.find((m) => po.includes(m.nazwa));
    const gdzie = nast ? nast.poczatek : xml.lastIndexOf('</', wb.koniec - 1);
    zmiany.push([gdzie, gdzie, `<${px}definedNames>${nowe.join('')}</${px}definedNames>`]);
  }

  // the active tab must be a visible sheet (Excel refuses to open on a very hidden one)
  const widok = wb.dzieci.find((m) => m.nazwa === 'bookViews')?.dzieci.find((m) => m.nazwa === 'workbookView');
  if (widok) {
    const pierwszyWidoczny = Math.max(
      0,
      uklad.findIndex((w) => w.stan === 'visible'),
    );
    let aktywny = nowyIndeks.get(Number(widok.atr.activeTab ?? 0));
    if (aktywny === undefined || uklad[aktywny]?.stan !== 'visible') aktywny = pierwszyWidoczny;
    let pierwszy = nowyIndeks.get(Number(widok.atr.firstSheet ?? 0)) ?? 0;
    if (pierwszy > aktywny) pierwszy = 0;
    let otwarcie = xml.slice(widok.poczatek, widok.koniecOtwarcia);
    const ustaw = (nazwa: string, v: number): void => {
      const re = new RegExp(`\\s${nazwa}\\s*=\\s*("[^"]*"|'[^']*')`);
      otwarcie = re.test(otwarcie)
        ? otwarcie.replace(re, ` ${nazwa}="${v}"`)
        : v
          ? otwarcie.replace(/\s*(\/?>)$/, ` ${nazwa}="${v}"$1`)
          : otwarcie;
    };
    ustaw('activeTab', aktywny);
    ustaw('firstSheet', pierwszy);
    zmiany.push([widok.poczatek, widok.koniecOtwarcia, otwarcie]);
  }
  return wklej(xml, zmiany);
}

function scalRelacje(
  xml: string,
  czesc: string,
  zrodlo: string,
  usuwane: Set<string>,
  nowe: Array<{ id: string; typ: string; czesc: string }>,
): string {
  const d = drzewo(czesc, xml);
  const rels = d.dzieci.find((m) => m.nazwa === 'Relationships');
  if (!rels) throw brakElementu(czesc, 'Relationships');
  const px = prefiks(rels.pelna);
  const zmiany: Array<[number, number, string]> = [];
  for (const m of rels.dzieci)
    if (m.nazwa === 'Relationship' && usuwane.has(m.atr.Id ?? '')) zmiany.push([m.poczatek, m.koniec, '']);
  const dodane = nowe
    .map((r) => `<${px}Relationship Id="${r.id}" Type="${r.typ}" Target="${xmlAtrybut(wzgledna(zrodlo, r.czesc))}"/>`)
    .join('');
  if (rels.pusty)
    zmiany.push([
      rels.poczatek,
      rels.koniec,
      `<${rels.pelna} xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${dodane}</${rels.pelna}>`,
    ]);
  else {
    const z = xml.lastIndexOf('</', rels.koniec - 1);
    zmiany.push([z, z, dodane]);
  }
  return wklej(xml, zmiany);
}

function scalTypy(xml: string, usuwane: Set<string>, nowe: Array<{ czesc: string; typ: string }>): string {
  const d = drzewo('[Content_Types].xml', xml);
  const typy = d.dzieci.find((m) => m.nazwa === 'Types');
  if (!typy) throw brakElementu('[Content_Types].xml', 'Types');
  const px = prefiks(typy.pelna);
  const zmiany: Array<[number, number, string]> = [];
  for (const m of typy.dzieci)
    if (m.nazwa === 'Override' && usuwane.has((m.atr.PartName ?? '').replace(/^\//, '').toLowerCase()))
      zmiany.push([m.poczatek, m.koniec, '']);
  const z = xml.lastIndexOf('</', typy.koniec - 1);
  zmiany.push([
    z,
    z,
    nowe.map((n) => `<${px}Override PartName="/${xmlAtrybut(n.czesc)}" ContentType="${n.typ}"/>`).join(''),
  ]);
  return wklej(xml, zmiany);
}

/**
 * Writes the input package with the plan applied to `ujscie`. The input is read from its bytes; the
 * output is produced entry by entry (owned sheets streamed through native zlib).
 */
export async function zastosujPlanPakietu(
  wejscie: Buffer | Archiwum,
  plan: PlanZapisu,
  ujscie: Ujscie,
): Promise<ReadonlyMap<string, Zapisany>> {
  for (const z of plan.arkusze) {
    sprawdzNazwe(z.nazwa);
    sprawdzCechy(z);
  }
  const a = wejscie instanceof Archiwum ? wejscie : new Archiwum(wejscie);
  const s = czytajStrukturePakietu(a);
  const uklad = ukladArkuszy(s, plan, a);
  const wUkladzie = new Set(uklad.map((w) => w.czesc));
  const czesciUsuniete = new Set<string>();
  const relsUsuniete = new Set<string>();
  for (const x of s.arkusze) {
    const zostaje = uklad.find((w) => w.dawny !== null && s.arkusze[w.dawny] === x);
    if (!zostaje || !x.czesc || !wUkladzie.has(x.czesc)) {
      relsUsuniete.add(x.rId);
      if (x.czesc && !wUkladzie.has(x.czesc)) czesciUsuniete.add(x.czesc);
    }
  }
  // the replaced and removed sheets' own relationships (drawings, printer settings of an earlier owned copy) go
  const pomijane = new Set<string>(czesciUsuniete);
  for (const w of uklad) if (w.plan && w.czesc) pomijane.add(relsDla(w.czesc));
  for (const c of czesciUsuniete) pomijane.add(relsDla(c));
  const noweArkusze = uklad.filter((w) => w.plan && !a.wpisy.has(w.czesc!));
  const noweRelacje = noweArkusze.map((w) => ({ id: w.rId, typ: TYP_ARKUSZA, czesc: w.czesc! }));
  const noweTypy = noweArkusze.map((w) => ({ czesc: w.czesc!, typ: CT_ARKUSZA }));
  let czescStylow = s.style;
  if (!czescStylow) {
    czescStylow = s.zeszyt.split('/').slice(0, -1).concat('styles.xml').join('/');
    let i = 1;
    while (a.wpisy.has(czescStylow))
      czescStylow = s.zeszyt.split('/').slice(0, -1).concat(`styles${i++}.xml`).join('/');
    const ids = new Set([...s.relacje.map((r) => r.id), ...noweRelacje.map((r) => r.id)]);
    let n = 1;
    while (ids.has(`rId${n}`)) n++;
    noweRelacje.push({ id: `rId${n}`, typ: TYP_STYLOW, czesc: czescStylow });
    noweTypy.push({ czesc: czescStylow, typ: CT_STYLOW });
  }
  const style = new RejestrStylow(czescStylow, (s.style && a.tekst(s.style, LIMIT_MALEJ)) || STYLE_MINIMALNE);
  const planCzesci = new Map(uklad.filter((w) => w.plan).map((w) => [w.czesc!, w.plan!]));

  const zip = new ZapisArchiwum(ujscie);
  const CT = '[Content_Types].xml';
  for (const nazwa of a.kolejnosc) {
    const w = a.wpisy.get(nazwa)!;
    if (pomijane.has(nazwa) || nazwa === czescStylow) continue;
    const z = planCzesci.get(nazwa);
    if (z) await zip.dodaj(nazwa, xmlArkusza(z, style));
    else if (nazwa === s.zeszyt) await zip.dodaj(nazwa, [scalZeszyt(a.tekst(nazwa, LIMIT_MALEJ)!, nazwa, uklad)]);
    else if (nazwa === s.relsZeszytu)
      await zip.dodaj(nazwa, [scalRelacje(a.tekst(nazwa, LIMIT_MALEJ)!, nazwa, s.zeszyt, relsUsuniete, noweRelacje)]);
    else if (nazwa === CT)
      await zip.dodaj(nazwa, [
        scalTypy(a.tekst(nazwa, LIMIT_MALEJ)!, new Set([...czesciUsuniete].map((c) => c.toLowerCase())), noweTypy),
      ]);
    else await zip.kopiuj(a, w);
  }
  for (const w of noweArkusze) await zip.dodaj(w.czesc!, xmlArkusza(w.plan!, style));
  // styles last: the owned sheets' looks are known once they are written
  if (style.zmieniony || !s.style) await zip.dodaj(czescStylow, [style.wynik()]);
  else await zip.kopiuj(a, a.wpisy.get(czescStylow)!);
  await zip.zakoncz();
  return zip.zapisane;
}

/** The plan applied in memory: input bytes → output bytes (for tests and the plan conformance suite). */
export async function zastosujPlanDoBajtow(wejscie: Buffer, plan: PlanZapisu): Promise<Buffer> {
  const czesci: Buffer[] = [];
  await zastosujPlanPakietu(wejscie, plan, async (b) => {
    czesci.push(Buffer.from(b));
  });
  return Buffer.concat(czesci);
}
