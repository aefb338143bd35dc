/** WB-3.2 `Wykaz wniosków`, `Zakwalifikowane`, `Niezakwalifikowane` (CS-14.1 (1)–(3)). */
import type { ZapisArkusza } from '../../zeszyt/model';
import { liczba, tekst, zl } from '../../zeszyt/formaty';
import type { DecyzjaWniosku, Wariant } from '../../kwalifikacja';
import type { ModelProtokolu } from '../model';
import type { WierszWniosku } from '../wiersze';
import { regonJson } from '../json';
import { arkuszListy, pusteLubTekst, type GrupaListy, type KolumnaListy } from './lista';

export const ARKUSZ_WYKAZ = 'Wykaz wniosków';
export const ARKUSZ_ZAKWALIFIKOWANE = 'Zakwalifikowane';
export const ARKUSZ_NIEZAKWALIFIKOWANE = 'Niezakwalifikowane';

interface Pozycja {
  w: WierszWniosku;
  d: DecyzjaWniosku | undefined;
}

const WARIANTY: Wariant[] = ['I', 'II'];

/** Draw position ascending, then row order (rows without a position, or no draw at all). */
function porzadek(a: Pozycja, b: Pozycja): number {
  const pa = a.d?.pozycja ?? Number.MAX_SAFE_INTEGER;
  const pb = b.d?.pozycja ?? Number.MAX_SAFE_INTEGER;
  return pa - pb || a.w.indeks - b.w.indeks;
}

function grupujWgWariantu(pozycje: Pozycja[], wariant: (p: Pozycja) => Wariant | null): GrupaListy<Pozycja>[] {
  const grupy: GrupaListy<Pozycja>[] = WARIANTY.map((v) => ({ razem: `Razem wariant ${v}`, wiersze: pozycje.filter((p) => wariant(p) === v).sort(porzadek) }));
  grupy.push({ razem: 'Razem nieokreślony', wiersze: pozycje.filter((p) => wariant(p) === null).sort(porzadek) });
  return grupy;
}

const kol = {
  wariant: (f: (p: Pozycja) => string | null): KolumnaListy<Pozycja> => ({ naglowek: 'Wariant', szerokosc: 10, komorka: (p) => pusteLubTekst(f(p) ?? 'nieokreślony') }),
  organ: { naglowek: 'Organ prowadzący', szerokosc: 32, komorka: (p: Pozycja) => pusteLubTekst(p.w.organ) },
  nazwa: { naglowek: 'Nazwa szkoły', szerokosc: 40, komorka: (p: Pozycja) => pusteLubTekst(p.w.nazwa) },
  regon: { naglowek: 'REGON szkoły', szerokosc: 16, komorka: (p: Pozycja) => pusteLubTekst(regonJson(p.w)) },
  wielkosc: { naglowek: 'Wielkość szkoły', szerokosc: 12, komorka: (p: Pozycja) => pusteLubTekst(p.w.wielkosc) },
  wnioskowana: { naglowek: 'Wnioskowana kwota (zł)', szerokosc: 18, komorka: (p: Pozycja) => zl(p.w.wnioskowana), suma: (p: Pozycja) => p.w.wnioskowana },
  pozycja: { naglowek: 'Pozycja w losowaniu', szerokosc: 12, komorka: (p: Pozycja) => liczba(p.d?.pozycja ?? null) },
};

function pozycje(mp: ModelProtokolu): Pozycja[] {
  return mp.wiersze.map((w) => ({ w, d: mp.decyzje.get(w.indeks) }));
}

export function arkuszWykazu(mp: ModelProtokolu): ZapisArkusza {
  return arkuszListy<Pozycja>(
    ARKUSZ_WYKAZ,
    [
      kol.wariant((p) => p.w.wariant),
      { naglowek: 'Wariant zastępczy', szerokosc: 14, komorka: (p) => pusteLubTekst(p.w.zastepczy) },
      kol.organ,
      kol.nazwa,
      kol.regon,
      kol.wielkosc,
      kol.wnioskowana,
      { naglowek: 'Kwota do kwalifikacji (zł)', szerokosc: 18, komorka: (p) => zl(p.w.r), suma: (p) => p.w.r },
      { naglowek: 'Ocena formalna', szerokosc: 14, komorka: (p) => tekst(mp.oceny[p.w.indeks]) },
    ],
    grupujWgWariantu(pozycje(mp), (p) => p.w.wariant),
  );
}

export function arkuszZakwalifikowanych(mp: ModelProtokolu): ZapisArkusza {
  const lista = pozycje(mp).filter((p) => p.d?.decyzja === 'zakwalifikowana');
  return arkuszListy<Pozycja>(
    ARKUSZ_ZAKWALIFIKOWANE,
    [
      kol.wariant((p) => p.d!.wariant),
      kol.organ,
      kol.nazwa,
      kol.regon,
      kol.wielkosc,
      kol.wnioskowana,
      { naglowek: 'Kwota wsparcia (zł)', szerokosc: 18, komorka: (p) => zl(p.d!.wsparcie), suma: (p) => p.d!.wsparcie },
      { naglowek: 'Wkład własny (zł)', szerokosc: 18, komorka: (p) => zl(p.w.wklad), suma: (p) => p.w.wklad },
      kol.pozycja,
      { naglowek: 'Krok', szerokosc: 8, komorka: (p) => pusteLubTekst(p.d!.krok) },
    ],
    grupujWgWariantu(lista, (p) => p.d!.wariant).filter((g) => g.razem !== 'Razem nieokreślony'),
  );
}

function powod(mp: ModelProtokolu, p: Pozycja): string {
  if (!p.d) return `odrzucona formalnie: ${mp.powodyOdrzucenia.get(p.w.indeks) ?? ''}`;
  return p.d.powod ?? '';
}

export function arkuszNiezakwalifikowanych(mp: ModelProtokolu): ZapisArkusza {
  const wszystkie = pozycje(mp);
  const nie = wszystkie.filter((p) => p.d && p.d.decyzja !== 'zakwalifikowana');
  const odrzucone = wszystkie.filter((p) => !p.d);
  return arkuszListy<Pozycja>(
    ARKUSZ_NIEZAKWALIFIKOWANE,
    [
      kol.wariant((p) => p.w.wariant),
      kol.organ,
      kol.nazwa,
      kol.regon,
      kol.wielkosc,
      kol.wnioskowana,
      { naglowek: 'Powód', szerokosc: 48, komorka: (p) => tekst(powod(mp, p)) },
      kol.pozycja,
      { naglowek: 'Brakująca kwota (zł)', szerokosc: 18, komorka: (p) => zl(p.d?.decyzja === 'niezakwalifikowana' ? p.d.brak : null) },
    ],
    [
      ...grupujWgWariantu(nie, (p) => p.w.wariant).filter((g) => g.razem !== 'Razem nieokreślony'),
      ...grupujWgWariantu(odrzucone, (p) => p.w.wariant),
    ],
  );
}
