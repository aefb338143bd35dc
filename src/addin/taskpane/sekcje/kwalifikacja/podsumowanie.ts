/**
 * The run's summary from its WB-4.1 JSON: qualified count and amount per variant × size (sizes from the
 * `Wnioski` rows, which `json.wnioski` follows in order), unused money, the smallest shortfall.
 */
import type { Grosze } from '../../../../core/kwota';
import type { Wariant, Wielkosc } from '../../../../core/kwalifikacja';
import type { WierszWniosku } from '../../../../core/wojewodztwo/wiersze';

interface WniosekJson {
  regon: string | null;
  decyzja: 'zakwalifikowana' | 'niezakwalifikowana' | 'odrzucona formalnie' | 'rezygnacja';
  wariant: Wariant | null;
  kwotaWsparcia: string | null;
  brakujacaKwota: string | null;
}

export interface KwalifikacjaJson {
  odcisk: string;
  kwotaSrodkow: string;
  koperty: Record<string, string | null>;
  wnioski: WniosekJson[];
  podsumowanie: {
    zakwalifikowane: number;
    kwotaPrzyznana: string;
    niewykorzystane: string;
    I: { zakwalifikowane: number; kwota: string; niewykorzystane: string | null };
    II: { zakwalifikowane: number; kwota: string; niewykorzystane: string | null };
  };
}

export const WIELKOSCI_PODSUMOWANIA: readonly Wielkosc[] = ['mała', 'średnia', 'duża'];

export interface KomorkaPodsumowania {
  liczba: number;
  kwota: Grosze;
}

export interface Podsumowanie {
  zakwalifikowane: number;
  przyznano: Grosze;
  niewykorzystane: Grosze;
  A: Grosze;
  warianty: Record<
    Wariant,
    {
      liczba: number;
      kwota: Grosze;
      niewykorzystane: Grosze | null;
      wgWielkosci: Record<Wielkosc, KomorkaPodsumowania> | null;
    }
  >;
  najmniejszyBrak: { kwota: Grosze; regon: string } | null;
  niezakwalifikowane: number;
  odrzucone: number;
  rezygnacje: number;
  odcisk: string;
}

/** "123.45" → 12345 grosze (WB-4.1 money: two decimals and a dot). */
export function grosze(s: string): Grosze {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`kwota JSON: ${s}`);
  const g = Number(m[2]) * 100 + Number(m[3]);
  return m[1] ? -g : g;
}

const pusta = (): Record<Wielkosc, KomorkaPodsumowania> => ({
  mała: { liczba: 0, kwota: 0 },
  średnia: { liczba: 0, kwota: 0 },
  duża: { liczba: 0, kwota: 0 },
});

export function podsumuj(
  json: KwalifikacjaJson,
  wiersze: readonly Pick<WierszWniosku, 'wielkosc'>[] | null,
): Podsumowanie {
  const zgodne = wiersze !== null && wiersze.length === json.wnioski.length;
  const wg: Record<Wariant, Record<Wielkosc, KomorkaPodsumowania> | null> = {
    I: zgodne ? pusta() : null,
    II: zgodne ? pusta() : null,
  };
  let najmniejszyBrak: Podsumowanie['najmniejszyBrak'] = null;
  let niezakwalifikowane = 0;
  let odrzucone = 0;
  let rezygnacje = 0;
  json.wnioski.forEach((w, i) => {
    if (w.decyzja === 'zakwalifikowana' && w.wariant && w.kwotaWsparcia) {
      const s = zgodne ? wiersze![i].wielkosc : null;
      const komorka = s ? wg[w.wariant]?.[s] : undefined;
      if (komorka) {
        komorka.liczba++;
        komorka.kwota += grosze(w.kwotaWsparcia);
      }
    } else if (w.decyzja === 'niezakwalifikowana') {
      niezakwalifikowane++;
      if (w.brakujacaKwota) {
        const b = grosze(w.brakujacaKwota);
        if (!najmniejszyBrak || b < najmniejszyBrak.kwota) najmniejszyBrak = { kwota: b, regon: w.regon ?? '—' };
      }
    } else if (w.decyzja === 'odrzucona formalnie') odrzucone++;
    else if (w.decyzja === 'rezygnacja') rezygnacje++;
  });
  const p = json.podsumowanie;
  const wariant = (v: Wariant) => ({
    liczba: p[v].zakwalifikowane,
    kwota: grosze(p[v].kwota),
    niewykorzystane: p[v].niewykorzystane === null ? null : grosze(p[v].niewykorzystane),
    wgWielkosci: wg[v],
  });
  return {
    zakwalifikowane: p.zakwalifikowane,
    przyznano: grosze(p.kwotaPrzyznana),
    niewykorzystane: grosze(p.niewykorzystane),
    A: grosze(json.kwotaSrodkow),
    warianty: { I: wariant('I'), II: wariant('II') },
    najmniejszyBrak,
    niezakwalifikowane,
    odrzucone,
    rezygnacje,
    odcisk: json.odcisk,
  };
}
