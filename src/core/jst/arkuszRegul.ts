/**
 * WB-2.0 `Reguły` of the JST templates: every parameter of the JST programme for display (rules as data) —
 * the JST-1 diagnosis parameters and JST-2 recommendation rules (editable in `Reguły diagnozy`), the JST-4
 * status thresholds (editable in `Parametry monitoringu`), the JST-5 indicator targets and the JST-6 budget
 * of the FERS 2023 project card. Nothing reads this sheet; it shows the defaults the operations use.
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { naglowek, tekst, zl } from '../zeszyt/formaty';
import { dataTekstPl, liniiTekstu, WYSOKOSC_LINII, noweWysokosci, ustawWysokosc, wGrupach } from '../zeszyt/wydruk';
import { liczbaTekst, procentTekst, type Ulamek } from '../rational';
import { DOMYSLNE_PARAMETRY, DOMYSLNE_REGULY, type RodzajProgu } from './diagnoza/reguly';
import { ARKUSZ_REGUL as ARKUSZ_REGUL_DIAGNOZY } from './diagnoza/czytajReguly';
import { ARKUSZ_PARAMETROW_MONITORINGU, DOMYSLNE_PARAMETRY_MONITORINGU } from './monitoring/parametry';
import { PROJEKT_FERS_2023, ZESPOL_JST } from './projekt/planProjektu';
import { ARKUSZ_REGUL } from '../program/arkuszRegul';

function prog(rodzaj: RodzajProgu, u: Ulamek | null, jednostka: string): string {
  if (!u || rodzaj === 'brak') return 'bez progu';
  return rodzaj === 'procent' ? `${procentTekst(u)} (${jednostka})` : `${liczbaTekst(u, 1)} ${jednostka}`;
}

const procentSetnych = (setne: number): string => `${liczbaTekst({ l: BigInt(setne), m: 100n }, 2)} %`;

export function arkuszRegulJst(): ZapisArkusza {
  const p = PROJEKT_FERS_2023;
  const w: ZapisKomorki[][] = [
    [tekst('Rozwój cyfrowy oświaty w JST — reguły i parametry programu', { pogrubienie: true })],
    [
      tekst(
        `Arkusz do wglądu. Wartości diagnozy zmienia się w arkuszu „${ARKUSZ_REGUL_DIAGNOZY}”, progi monitoringu w „${ARKUSZ_PARAMETROW_MONITORINGU}”.`,
        { zawijaj: true },
      ),
    ],
    [],
    [naglowek('Reguła'), naglowek('Parametr'), naglowek('Wartość domyślna')],
  ];
  for (const d of DOMYSLNE_PARAMETRY)
    w.push([
      tekst(d.id === 'P-LACZE' ? 'JST-1.3' : 'JST-1.7'),
      tekst(d.opis),
      tekst(prog(d.rodzajProgu, d.wartosc, d.jednostka)),
    ]);
  for (const r of DOMYSLNE_REGULY)
    w.push([
      tekst('JST-2'),
      tekst(`${r.id}: ${r.warunek} → ${r.tekst}`, { zawijaj: true }),
      tekst(`próg: ${prog(r.rodzajProgu, r.prog, r.jednostka)}; priorytet ${r.priorytet}`, { zawijaj: true }),
    ]);
  const m = DOMYSLNE_PARAMETRY_MONITORINGU;
  w.push([
    tekst('JST-4'),
    tekst('Status zielony: postęp co najmniej planowany minus'),
    tekst(`${liczbaTekst(m.zielony, 0)} pkt proc.`),
  ]);
  w.push([
    tekst('JST-4'),
    tekst('Status bursztynowy: postęp co najmniej planowany minus (poniżej — czerwony)'),
    tekst(`${liczbaTekst(m.bursztynowy, 0)} pkt proc.`),
  ]);
  w.push([
    tekst('JST-5'),
    tekst('Zespół JST (różnych uczestników na TERYT)'),
    tekst(`${ZESPOL_JST.min}–${ZESPOL_JST.max} osoby`),
  ]);
  for (const s of p.wskazniki)
    w.push([
      tekst('JST-5'),
      tekst(`Wskaźnik ${s.rodzaj === 'produkt' ? 'produktu' : 'rezultatu'}: ${s.nazwa}`, { zawijaj: true }),
      tekst(s.celK === null ? `${s.cel}` : `${s.cel} (K ${s.celK}, M ${s.celM})`),
    ]);
  w.push([tekst('JST-6'), tekst(`Budżet projektu ogółem — ${p.nazwa}`, { zawijaj: true }), zl(p.ogolem)]);
  for (const l of p.lata) w.push([tekst('JST-6'), tekst(`Plan na rok ${l.rok}`), zl(l.kwota)]);
  for (const z of p.zadania)
    w.push([
      tekst('JST-6'),
      tekst(
        `${z.zadanie}: ${procentSetnych(z.udzialSetne)} budżetu, okno ${z.opisOkna} (${dataTekstPl(z.okno.od)}–${dataTekstPl(z.okno.do)})`,
        {
          zawijaj: true,
        },
      ),
      zl(z.kwota),
    ]);
  w.push([tekst('JST-6'), tekst(`Dofinansowanie UE (${procentSetnych(p.udzialUeSetne)})`), zl(p.wkladUe)]);
  w.push([tekst('JST-6'), tekst('Wkład własny'), zl(p.wkladWlasny)]);
  const szerokosci = [10, 70, 36];
  const wysokosci = noweWysokosci();
  ustawWysokosc(wysokosci, 2, 2 * WYSOKOSC_LINII);
  w.forEach((r, i) => {
    if (i < 4) return;
    const linii = Math.max(...r.map((c, k) => (c?.zawijaj ? liniiTekstu(String(c.v), szerokosci[k] - 1) : 1)));
    if (linii > 1) ustawWysokosc(wysokosci, i + 1, linii * WYSOKOSC_LINII);
  });
  return {
    nazwa: ARKUSZ_REGUL,
    wiersze: w,
    szerokosciKolumn: szerokosci,
    wysokosciWierszy: wGrupach(wysokosci),
    scalenia: ['A1:C1', 'A2:C2'],
    wydruk: { orientacja: 'pionowa', dopasujDoSzerokosci: true, powtarzaneWiersze: [4, 4] },
  };
}
