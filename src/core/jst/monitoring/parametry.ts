/**
 * JST-4 thresholds as parameters: the optional label–value sheet `Parametry monitoringu` (WB-1.1).
 * Defaults: green when actual ≥ planned − 10 points, amber when ≥ planned − 25.
 */
import type { ArkuszSnapshot } from '../../zeszyt/model';
import { czytajEtykiety } from '../../zeszyt/czytnik';
import { odczytajLiczbeSkalowana } from '../../komorki/odczyt';
import { uwaga, type Uwaga } from '../../uwagi';
import { liczbaTekst, porownaj, skalowana, type Ulamek } from '../../rational';

export const ARKUSZ_PARAMETROW_MONITORINGU = 'Parametry monitoringu';
export const ETYKIETA_ZIELONY = 'Próg zielony (punkty procentowe)';
export const ETYKIETA_BURSZTYNOWY = 'Próg bursztynowy (punkty procentowe)';

export interface ParametryMonitoringu {
  /** points below the planned progress still green */
  zielony: Ulamek;
  /** points below the planned progress still amber */
  bursztynowy: Ulamek;
  domyslne: string[];
}

export const DOMYSLNE_PARAMETRY_MONITORINGU: ParametryMonitoringu = {
  zielony: skalowana(10, 0),
  bursztynowy: skalowana(25, 0),
  domyslne: [ETYKIETA_ZIELONY, ETYKIETA_BURSZTYNOWY],
};

export function czytajParametryMonitoringu(a: ArkuszSnapshot | undefined): {
  parametry: ParametryMonitoringu;
  uwagi: Uwaga[];
} {
  if (!a) return { parametry: DOMYSLNE_PARAMETRY_MONITORINGU, uwagi: [] };
  const e = czytajEtykiety(a, [
    { etykieta: ETYKIETA_ZIELONY, wymagana: false },
    { etykieta: ETYKIETA_BURSZTYNOWY, wymagana: false },
  ]);
  const uwagi = [...e.uwagi];
  const domyslne: string[] = [];
  const czytaj = (etykieta: string, dom: Ulamek): Ulamek => {
    const w = e.wartosci.get(etykieta);
    if (!w) {
      domyslne.push(etykieta);
      return dom;
    }
    const o = odczytajLiczbeSkalowana(w.komorka, 2);
    if (o.ok && o.v >= 0) return skalowana(o.v, 2);
    const [pl, en] = o.ok
      ? ['wartość ujemna', 'a negative value']
      : o.pusta
        ? ['brak wartości', 'value missing']
        : [o.pl, o.en];
    uwagi.push(
      uwaga(
        a.nazwa,
        w.adres,
        'błąd',
        'JST-4',
        `„${etykieta}”: ${pl} — przyjęto ${liczbaTekst(dom)}`,
        `"${etykieta}": ${en} — ${liczbaTekst(dom, 2, '.')} is used`,
      ),
    );
    domyslne.push(etykieta);
    return dom;
  };
  const zielony = czytaj(ETYKIETA_ZIELONY, DOMYSLNE_PARAMETRY_MONITORINGU.zielony);
  const bursztynowy = czytaj(ETYKIETA_BURSZTYNOWY, DOMYSLNE_PARAMETRY_MONITORINGU.bursztynowy);
  if (porownaj(zielony, bursztynowy) > 0)
    uwagi.push(
      uwaga(
        a.nazwa,
        null,
        'ostrzeżenie',
        'JST-4',
        'Próg zielony jest większy niż bursztynowy — status bursztynowy nie wystąpi.',
        'The green threshold exceeds the amber one — amber cannot occur.',
      ),
    );
  return { parametry: { zielony, bursztynowy, domyslne }, uwagi };
}
