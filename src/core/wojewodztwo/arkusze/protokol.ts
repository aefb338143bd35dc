/** WB-3.2 `Protokół` (CS-14.1): header, team, parameters, envelopes, totals, what-if, changes, fingerprint, signatures. */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { FORMAT_PROCENT, liczba, naglowek, tekst, zl } from '../../zeszyt/formaty';
import { dataIso } from '../../komorki/daty';
import type { Grosze } from '../../kwota';
import { roundHalfUpBig } from '../../rational';
import { ID_ALGORYTMU, type Grupa, type Wariant, type WierszCoJesli } from '../../kwalifikacja';
import { WIELKOSCI } from '../../program/definicja';
import type { Program } from '../../program/definicja';
import type { ModelProtokolu } from '../model';
import { procent } from '../parametry';

export const ARKUSZ_PROTOKOL = 'Protokół';
const WARIANTY: Wariant[] = ['I', 'II'];
const pogr = { pogrubienie: true };

/** A share as a number for a `0.00%` cell: hundredths of a percent / 10 000. */
function udzialKomorka(setne: number): ZapisKomorki {
  return { v: setne / 10000, fmt: FORMAT_PROCENT };
}

export function arkuszProtokolu(mp: ModelProtokolu, program: Program): ZapisArkusza {
  const p = mp.parametry;
  const { wynik } = mp;
  const w: ZapisKomorki[][] = [];
  const dodaj = (...r: ZapisKomorki[]) => w.push(r);
  const odstep = () => w.push([]);

  dodaj(tekst('Protokół z posiedzenia zespołu oceniającego wnioski — program „Cyfrowa szkoła”', pogr));
  dodaj(tekst(program.podstawa));
  odstep();
  dodaj(tekst('Województwo'), tekst(p.wojewodztwo ?? '— brak —'));
  dodaj(tekst('Data posiedzenia zespołu'), tekst(p.data ? dataIso(p.data) : '— brak (błąd nieblokujący, WB-5.3) —'));
  dodaj(tekst('Skład zespołu'), tekst(p.sklad.length ? p.sklad.join('; ') : '— brak —'));
  for (const u of mp.uwagi.filter(
    (u) =>
      u.waga === 'błąd' &&
      (u.regula === 'CS-12.1' || (u.regula === 'WB-5.3' && !u.blokujaca && u.arkusz === 'Parametry')),
  ))
    dodaj(
      tekst('UWAGA', { ...pogr, kolorTekstu: 'C00000' }),
      tekst(`${u.regula}: ${u.komunikat}`, { kolorTekstu: 'C00000' }),
    );
  odstep();

  dodaj(naglowek('Parametr'), naglowek('Wartość'), naglowek('Źródło'));
  dodaj(tekst('Kwota środków województwa (A)'), zl(p.kwota), tekst('Parametry'));
  const ud = wynik.udzial;
  if (wynik.wszystkieMieszcza)
    dodaj(
      tekst('Udział wariantu I (%)'),
      tekst('nie dotyczy'),
      tekst('wszystkie wnioski mieszczą się w kwocie (CS-Z3.0)'),
    );
  else if (ud) {
    const setne = Number(roundHalfUpBig(ud.licznik * 10000n, ud.mianownik));
    dodaj(
      tekst('Udział wariantu I (%)'),
      udzialKomorka(setne),
      tekst(
        ud.domyslny
          ? `domyślny: R_I / (R_I + R_II), ograniczony do 20–80 % (${ud.licznik} / ${ud.mianownik})`
          : `podany: ${procent(p.udzialSetne ?? 0)} %`,
      ),
    );
  }
  dodaj(
    tekst('Podział kwoty wariantu na wielkości szkół'),
    tekst(p.podzial),
    tekst(p.podzialDomyslny ? 'domyślny' : 'Parametry'),
  );
  if (p.sio)
    dodaj(
      tekst('Liczby szkół (SIO): małe / średnie / duże'),
      tekst(`${p.sio.mała} / ${p.sio.średnia} / ${p.sio.duża}`),
      tekst('Parametry'),
    );
  const losowanie = wynik.wszystkieMieszcza
    ? 'nieużyte — bez losowania (CS-Z3.0)'
    : mp.losowanieReczne === 'w koszykach'
      ? 'kolejność ręczna w koszykach (kolumna „Kolejność losowania” = numer w koszyku wariant × wielkość; kolejność łączna wg (numer − 1) / liczba wniosków w koszyku)'
      : mp.kolejnoscReczna
        ? 'kolejność ręczna (kolumna „Kolejność losowania”)'
        : `ziarno: ${p.ziarno ?? ''}`;
  dodaj(
    tekst('Losowanie (CS-Z3.1)'),
    tekst(losowanie),
    tekst(
      mp.ziarnoUzyte
        ? 'klucz = SHA-256(ziarno + "|" + REGON)'
        : p.ziarno !== null
          ? `ziarno „${p.ziarno}” nieużyte`
          : '',
    ),
  );
  if (mp.kolejnoscReczna)
    dodaj(tekst('Losowanie ręczne'), tekst(p.losowanieReczne), tekst(p.losowanieDomyslne ? 'domyślny' : 'Parametry'));
  dodaj(tekst('Algorytm'), tekst(ID_ALGORYTMU), tekst('qualification-algorithm.md, część B'));
  odstep();

  const k = wynik.koperty;
  const grupy: Grupa[] = p.podzial === 'bez podziału' ? ['wszystkie'] : [...WIELKOSCI];
  dodaj(tekst('Koperty (CS-Z3.2, CS-Z3.3, CS-Z3.7)', pogr));
  if (!k) dodaj(tekst('nie dotyczy — wszystkie wnioski mieszczą się w kwocie (CS-Z3.0)'));
  else {
    dodaj(
      naglowek('Wariant'),
      naglowek('E_k (zł)'),
      ...grupy.map((g) => naglowek(`E_k, ${g} (zł)`)),
      naglowek('D_k końcowe (zł)'),
      naglowek('Niewykorzystane L_k (zł)'),
    );
    for (const v of WARIANTY)
      dodaj(tekst(v), zl(k.E[v]), ...grupy.map((g) => zl(k.Es[v][g] ?? 0)), zl(k.D[v]), zl(k.L[v]));
  }
  odstep();

  dodaj(tekst('Zakwalifikowane wg wariantu i wielkości szkoły', pogr));
  dodaj(naglowek('Wariant'), naglowek('Wielkość'), naglowek('Liczba szkół'), naglowek('Kwota wsparcia (zł)'));
  const zakw = mp.wiersze
    .map((x) => ({ x, d: mp.decyzje.get(x.indeks) }))
    .filter((e) => e.d?.decyzja === 'zakwalifikowana');
  for (const v of WARIANTY) {
    for (const s of WIELKOSCI) {
      const l = zakw.filter((e) => e.d!.wariant === v && e.x.wielkosc === s);
      dodaj(tekst(v), tekst(s), liczba(l.length), zl(suma(l.map((e) => e.d!.wsparcie))));
    }
    const l = zakw.filter((e) => e.d!.wariant === v);
    dodaj(tekst(`Razem wariant ${v}`, pogr), null, liczba(l.length, pogr), zl(suma(l.map((e) => e.d!.wsparcie)), pogr));
  }
  dodaj(tekst('Razem', pogr), null, liczba(zakw.length, pogr), zl(wynik.przyznano, pogr));
  dodaj(tekst('Niewykorzystane środki (U)', pogr), null, null, zl(wynik.niewykorzystane, pogr));
  if (k) for (const v of WARIANTY) dodaj(tekst(`w tym wariant ${v} (L_${v})`), null, null, zl(k.L[v]));
  odstep();

  const ocenione = mp.oceny.filter((o) => o === 'pozytywna').length;
  dodaj(
    tekst('Wnioski: ogółem / ocenione pozytywnie / odrzucone formalnie'),
    tekst(`${mp.wiersze.length} / ${ocenione} / ${mp.wiersze.length - ocenione}`),
  );
  odstep();

  dodaj(tekst('Co-jeśli: inne udziały wariantu I (CS-Z3.W), ta sama kolejność losowania', pogr));
  if (!wynik.coJesli) dodaj(tekst('nie dotyczy (CS-Z3.0)'));
  else {
    dodaj(
      naglowek('Udział wariantu I'),
      naglowek('Zakwalifikowane I'),
      naglowek('Kwota I (zł)'),
      naglowek('Zakwalifikowane II'),
      naglowek('Kwota II (zł)'),
      naglowek('Niewykorzystane (zł)'),
    );
    for (const c of wynik.coJesli) dodaj(...wierszCoJesli(c));
  }
  odstep();

  if (mp.zmiany.length) {
    dodaj(tekst('Zmiany po protokole — rezygnacje (CS-Z3.R)', pogr));
    dodaj(
      naglowek('Data'),
      naglowek('REGON szkoły'),
      naglowek('Zmiana'),
      naglowek('Wariant'),
      naglowek('Kwota (zł)'),
      naglowek('Wskutek rezygnacji'),
    );
    for (const z of mp.zmiany)
      dodaj(
        tekst(dataIso(z.data)),
        tekst(z.regon),
        tekst(z.zmiana === 'rezygnacja' ? 'rezygnacja' : 'zakwalifikowana (krok R)'),
        tekst(z.wariant),
        zl(z.kwota),
        tekst(z.wskutek),
      );
    odstep();
  }

  dodaj(tekst('Odcisk danych wejściowych (CS-Z3.F, SHA-256)'), tekst(mp.odcisk));
  dodaj(tekst('Identyfikator algorytmu'), tekst(ID_ALGORYTMU));
  odstep();
  dodaj(tekst('Podpisy członków zespołu', pogr));
  for (const czlonek of p.sklad) dodaj(tekst(czlonek), tekst('……………………………………'));

  return {
    nazwa: ARKUSZ_PROTOKOL,
    wiersze: w,
    szerokosciKolumn: [46, 22, 22, 20, 20, 22, 22],
    wydruk: { orientacja: 'pionowa', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}

function suma(l: ReadonlyArray<Grosze | null>): Grosze {
  return l.reduce<Grosze>((s, g) => s + (g ?? 0), 0);
}

function wierszCoJesli(c: WierszCoJesli): ZapisKomorki[] {
  const styl = c.uzyty ? pogr : {};
  return [
    { v: c.udzialSetne / 10000, fmt: FORMAT_PROCENT, ...styl },
    liczba(c.I.liczba, styl),
    zl(c.I.kwota, styl),
    liczba(c.II.liczba, styl),
    zl(c.II.kwota, styl),
    zl(c.niewykorzystane, styl),
    c.uzyty ? tekst('udział użyty w tym protokole', styl) : null,
  ];
}
