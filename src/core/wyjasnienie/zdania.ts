/** "Dlaczego?" in words: one plain sentence per event, in Polish or English, each ending with its rule id. */
import { kwotaEn, kwotaPl, type Grosze } from '../kwota';
import { dziesietnyZaokraglony } from '../rational';
import type { Jezyk } from '../uwagi';
import type { Grupa, Krok, Wielkosc } from '../kwalifikacja';
import type { Wyjasnienie, Zdarzenie } from './zdarzenia';

type Przejscie = Extract<Zdarzenie, { rodzaj: 'przejscie' }>;

const WIELKOSC_EN: Record<Wielkosc, string> = { mała: 'small', średnia: 'medium', duża: 'large' };
const GRUPA_PL: Record<Grupa, string> = {
  mała: 'szkoły małe',
  średnia: 'szkoły średnie',
  duża: 'szkoły duże',
  wszystkie: 'wszystkie szkoły wariantu',
};
const GRUPA_EN: Record<Grupa, string> = {
  mała: 'small schools',
  średnia: 'medium schools',
  duża: 'large schools',
  wszystkie: 'all schools of the variant',
};

function procentUdzialu(z: Extract<Zdarzenie, { rodzaj: 'kopertaWariantu' }>, sep: string): string {
  return dziesietnyZaokraglony(z.udzial.licznik * 100n, z.udzial.mianownik, 2, sep);
}

/** The walk a trace row belongs to, in words. */
function nazwaKroku(krok: Krok, podkrok: Przejscie['podkrok'], z: Przejscie, jezyk: Jezyk): string {
  const k = krok === 'R' ? (podkrok ?? '5') : krok;
  const pl: Record<string, string> = {
    '0': 'Krok 0 (wszystkie wnioski mieszczą się w kwocie)',
    '4': `Krok 4 (losowanie w grupie: wariant ${z.wariant}, ${z.grupa === '—' ? '' : GRUPA_PL[z.grupa as Grupa]})`,
    '5': `Krok 5 (reszta w wariancie ${z.wariant})`,
    '6': `Krok 6 (wariant zastępczy ${z.wariant})`,
    '7': `Krok 7 (przesunięcie do wariantu ${z.wariant})`,
  };
  const en: Record<string, string> = {
    '0': 'Step 0 (every application fits)',
    '4': `Step 4 (draw in the group: variant ${z.wariant}, ${z.grupa === '—' ? '' : GRUPA_EN[z.grupa as Grupa]})`,
    '5': `Step 5 (leftover within variant ${z.wariant})`,
    '6': `Step 6 (fallback variant ${z.wariant})`,
    '7': `Step 7 (shift to variant ${z.wariant})`,
  };
  const s = (jezyk === 'en' ? en : pl)[k];
  if (krok !== 'R') return s;
  const male = s.charAt(0).toLowerCase() + s.slice(1);
  return jezyk === 'en' ? `After a resignation — ${male}` : `Po rezygnacji — ${male}`;
}

function zdaniePl(z: Zdarzenie): string {
  const zl = (g: Grosze) => kwotaPl(g);
  switch (z.rodzaj) {
    case 'ocena':
      return z.ocena === 'pozytywna'
        ? `Ocena formalna: pozytywna (${z.zespolu ? 'wpis zespołu' : 'propozycja bez błędów, zespół jej nie zmienił'}) — wniosek bierze udział w kwalifikacji.`
        : `Ocena formalna: negatywna (${z.zespolu ? 'wpis zespołu' : 'propozycja'})${z.powod ? ` — ${z.powod}` : ''}; wniosek nie bierze udziału w losowaniu.`;
    case 'wielkosc':
      return `Szkoła ma ${z.uczniowie} uczniów klas I–VI, więc jest szkołą ${z.wielkosc === 'mała' ? 'małą' : z.wielkosc === 'duża' ? 'dużą' : 'średnią'}; najwyższe wsparcie dla niej to ${zl(z.limit)}.`;
    case 'kwota':
      return z.obcieta
        ? `Wnioskowano ${zl(z.wnioskowana)}, więcej niż limit — do kwalifikacji liczy się limit: r = ${zl(z.r)}.`
        : `Wnioskowano ${zl(z.wnioskowana)}, nie więcej niż limit — do kwalifikacji liczy się r = ${zl(z.r)}.`;
    case 'wklad':
      return `Wkład własny ${zl(z.wklad)}; minimum to ${zl(z.minimum)} (jedna czwarta z r = ${zl(z.r)}, czyli 20 % całego zadania) — ${z.wystarcza ? 'wystarcza' : 'nie wystarcza'}.`;
    case 'wszystkieMieszcza':
      return `Suma r wszystkich wniosków ocenionych pozytywnie nie przekracza kwoty środków ${zl(z.kwotaSrodkow)}: wszystkie są zakwalifikowane bez losowania.`;
    case 'losowanie':
      return z.reczna
        ? `Losowanie: kolejność ręczna wpisana przez zespół — pozycja ${z.pozycja} z ${z.liczba}.`
        : `Losowanie: pozycja ${z.pozycja} z ${z.liczba}; klucz to SHA-256 tekstu „${z.tekstKlucza ?? ''}” (UTF-8, zapis szesnastkowy małymi literami) = ${z.klucz ?? ''} — każdy może go przeliczyć dowolnym narzędziem SHA-256; wnioski ustawia się rosnąco według klucza.`;
    case 'kopertaWariantu':
      return `Udział wariantu I: ${procentUdzialu(z, ',')} %${z.udzial.domyslny ? ' (domyślny: suma r wariantu I przez sumę r obu wariantów, w granicach 20–80 %)' : ''}; z kwoty ${zl(z.kwotaSrodkow)} koperta wariantu ${z.wariant} to ${zl(z.koperta)}.`;
    case 'kopertaGrupy':
      return z.grupa === 'wszystkie'
        ? `Bez podziału na wielkości: cała koperta wariantu ${z.wariant}, ${zl(z.koperta)}, jest jedną grupą.`
        : `Z koperty wariantu ${z.wariant} na ${GRUPA_PL[z.grupa]} przypada ${zl(z.koperta)}.`;
    case 'przejscie': {
      const przes = z.przesuniecie
        ? `z wariantu ${z.przesuniecie.zWariantu} przesunięto ${zl(z.przesuniecie.kwota)} do wariantu ${z.wariant} (wiersz ${z.przesuniecie.lp} przebiegu); `
        : '';
      const wynik = z.miesci
        ? `mieści się: zakwalifikowana; zostaje ${zl(z.dostepnePo)}`
        : `nie mieści się, zabrakło ${zl(z.brak ?? 0)}; dostępne dalej ${zl(z.dostepnePo)}`;
      return `${nazwaKroku(z.krok, z.podkrok, z, 'pl')}, wiersz ${z.lp} przebiegu: ${przes}dostępne ${zl(z.dostepnePrzed)}, potrzebne r = ${zl(z.r)} — ${wynik}.`;
    }
    case 'decyzja':
      if (z.decyzja === 'odrzucona formalnie')
        return `Decyzja: odrzucona formalnie${z.powod ? ` (${z.powod})` : ''} — bez pozycji w losowaniu.`;
      if (z.decyzja === 'rezygnacja')
        return `Decyzja: rezygnacja — szkoła zrezygnowała ze wsparcia ${zl(z.wsparcie ?? 0)}, które wróciło do wariantu ${z.wariant}.`;
      if (z.decyzja === 'zakwalifikowana')
        return `Decyzja: zakwalifikowana w wariancie ${z.wariant}, wsparcie ${zl(z.wsparcie ?? 0)}, przyznane ${z.krok === 'R' ? 'po rezygnacji innej szkoły (krok R)' : `w kroku ${z.krok}`}.`;
      return `Decyzja: niezakwalifikowana — ${z.powod ?? 'brak środków'}${z.odstapienie ? ' (w wariancie zastępczym nie była badana)' : ''}; najmniejszy brak: ${zl(z.brak ?? 0)}.`;
    case 'przesuniecie':
      return z.zwrot
        ? `Krok 7, wiersz ${z.lp} przebiegu: niewykorzystane ${zl(z.kwota)} wraca z wariantu ${z.zWariantu} do wariantu ${z.doWariantu}; w wariancie ${z.zWariantu} zostaje ${zl(z.dostepnePo)}.`
        : `Krok 7, wiersz ${z.lp} przebiegu: z wariantu ${z.zWariantu} przesunięto ${zl(z.kwota)} do wariantu ${z.doWariantu} (w granicach 20–80 %); dostępne w wariancie ${z.doWariantu}: ${zl(z.dostepnePrzed)} → ${zl(z.dostepnePo)}.`;
    case 'coJesli':
      return `Najmniejszy brak ${zl(z.brak)} to kwota, której zabrakło w najbliższym przejściu — nie jest to kwota, która na pewno dałaby kwalifikację: przy innej kwocie środków lub innym udziale wariantu I koperty układają się inaczej, a wynik nie rośnie razem z kwotą.`;
  }
}

function zdanieEn(z: Zdarzenie): string {
  const zl = (g: Grosze) => kwotaEn(g);
  switch (z.rodzaj) {
    case 'ocena':
      return z.ocena === 'pozytywna'
        ? `Formal evaluation: positive (${z.zespolu ? "the team's entry" : 'proposal without errors, not changed by the team'}) — the application takes part in the qualification.`
        : `Formal evaluation: negative (${z.zespolu ? "the team's entry" : 'proposal'})${z.powod ? ` — ${z.powod}` : ''}; the application is not drawn.`;
    case 'wielkosc':
      return `The school has ${z.uczniowie} pupils in grades I–VI, so it is ${WIELKOSC_EN[z.wielkosc]}; its maximum support is ${zl(z.limit)}.`;
    case 'kwota':
      return z.obcieta
        ? `Requested ${zl(z.wnioskowana)}, more than the cap — the cap counts: r = ${zl(z.r)}.`
        : `Requested ${zl(z.wnioskowana)}, within the cap — r = ${zl(z.r)}.`;
    case 'wklad':
      return `Own contribution ${zl(z.wklad)}; the minimum is ${zl(z.minimum)} (a quarter of r = ${zl(z.r)}, i.e. 20 % of the whole task) — ${z.wystarcza ? 'enough' : 'not enough'}.`;
    case 'wszystkieMieszcza':
      return `The r of all positive applications together does not exceed the allocation ${zl(z.kwotaSrodkow)}: all qualify without a draw.`;
    case 'losowanie':
      return z.reczna
        ? `Draw: manual order entered by the team — position ${z.pozycja} of ${z.liczba}.`
        : `Draw: position ${z.pozycja} of ${z.liczba}; the key is the SHA-256 of the text "${z.tekstKlucza ?? ''}" (UTF-8, lowercase hex) = ${z.klucz ?? ''} — anyone can recompute it with any SHA-256 tool; applications are ordered by ascending key.`;
    case 'kopertaWariantu':
      return `Share of variant I: ${procentUdzialu(z, '.')} %${z.udzial.domyslny ? " (default: variant I's total r over both variants' total r, within 20–80 %)" : ''}; of the allocation ${zl(z.kwotaSrodkow)} the envelope of variant ${z.wariant} is ${zl(z.koperta)}.`;
    case 'kopertaGrupy':
      return z.grupa === 'wszystkie'
        ? `No split by size: the whole envelope of variant ${z.wariant}, ${zl(z.koperta)}, is one group.`
        : `Of variant ${z.wariant}'s envelope, ${GRUPA_EN[z.grupa]} get ${zl(z.koperta)}.`;
    case 'przejscie': {
      const przes = z.przesuniecie
        ? `${zl(z.przesuniecie.kwota)} was shifted from variant ${z.przesuniecie.zWariantu} to variant ${z.wariant} (trace row ${z.przesuniecie.lp}); `
        : '';
      const wynik = z.miesci
        ? `fits: qualified; ${zl(z.dostepnePo)} remains`
        : `does not fit, short by ${zl(z.brak ?? 0)}; still available ${zl(z.dostepnePo)}`;
      return `${nazwaKroku(z.krok, z.podkrok, z, 'en')}, trace row ${z.lp}: ${przes}available ${zl(z.dostepnePrzed)}, needed r = ${zl(z.r)} — ${wynik}.`;
    }
    case 'decyzja':
      if (z.decyzja === 'odrzucona formalnie')
        return `Decision: formally rejected${z.powod ? ` (${z.powod})` : ''} — no draw position.`;
      if (z.decyzja === 'rezygnacja')
        return `Decision: resigned — the school gave up its support of ${zl(z.wsparcie ?? 0)}, which returned to variant ${z.wariant}.`;
      if (z.decyzja === 'zakwalifikowana')
        return `Decision: qualified in variant ${z.wariant}, support ${zl(z.wsparcie ?? 0)}, granted ${z.krok === 'R' ? "after another school's resignation (step R)" : `in step ${z.krok}`}.`;
      return `Decision: not qualified — ${z.odstapienie ? 'no money; fallback: withdrawal (not examined in the other variant)' : 'no money'}; smallest shortfall: ${zl(z.brak ?? 0)}.`;
    case 'przesuniecie':
      return z.zwrot
        ? `Step 7, trace row ${z.lp}: the unused ${zl(z.kwota)} goes back from variant ${z.zWariantu} to variant ${z.doWariantu}; ${zl(z.dostepnePo)} remains in variant ${z.zWariantu}.`
        : `Step 7, trace row ${z.lp}: ${zl(z.kwota)} shifted from variant ${z.zWariantu} to variant ${z.doWariantu} (within 20–80 %); available in variant ${z.doWariantu}: ${zl(z.dostepnePrzed)} → ${zl(z.dostepnePo)}.`;
    case 'coJesli':
      return `The smallest shortfall ${zl(z.brak)} is the amount missing in the closest walk — not an amount that would surely qualify the school: with another allocation or share of variant I the envelopes fall differently, and the result does not grow with the money.`;
  }
}

/** One sentence, ending with the rule it cites: `… [CS-Z3.4]`. */
export function zdanie(z: Zdarzenie, jezyk: Jezyk): string {
  return `${jezyk === 'en' ? zdanieEn(z) : zdaniePl(z)} [${z.regula}]`;
}

/** The title line and one sentence per event. */
export function zdania(w: Wyjasnienie, jezyk: Jezyk): string[] {
  const tytul =
    jezyk === 'en'
      ? `Why? ${w.nazwa} (REGON ${w.regon}, ${w.organ}), row ${w.wiersz} of Wnioski`
      : `Dlaczego? ${w.nazwa} (REGON ${w.regon}, ${w.organ}), wiersz ${w.wiersz} arkusza Wnioski`;
  return [tytul, ...w.zdarzenia.map((z) => zdanie(z, jezyk))];
}
