/**
 * The pane's access to Excel: the shared add-in instance (`OperacjeDodatku`), with the optional
 * operations the pane needs filled in from `office/panel.ts` when the instance lacks them.
 */
import type { Operacja, WynikOperacji } from '../../../core/api';
import type { ZeszytSnapshot } from '../../../core/zeszyt/model';
import type { OperacjeDodatku, Postep, WartoscEtykiety, WyborArkuszy } from '../../office/operacje';
import { dodatek } from '../../office/instancja';
import { hostOffice } from '../../office/host';
import { operacjePanelu } from '../../office/panel';

export type OperacjaZapisu = Exclude<Operacja, 'waliduj'>;

export interface UslugiPanelu extends OperacjeDodatku {
  czytajArkusze(wybor: WyborArkuszy): Promise<ZeszytSnapshot>;
  zapiszParametry(wartosci: readonly WartoscEtykiety[]): Promise<void>;
  wykonaj(operacja: OperacjaZapisu, postep?: Postep): Promise<WynikOperacji>;
}

function uzupelnij(d: OperacjeDodatku): UslugiPanelu {
  const zapas = operacjePanelu(hostOffice());
  const wykonaj = d.wykonaj?.bind(d) ?? ((op: OperacjaZapisu) => Promise.reject(new Error(`Operacja „${op}” nie jest dostępna w tej wersji dodatku.`)));
  return {
    wstawSzablon: (r) => d.wstawSzablon(r),
    sprawdz: () => d.sprawdz(),
    wyczyscOznaczenia: () => d.wyczyscOznaczenia(),
    zaznacz: (a, k) => d.zaznacz(a, k),
    walidacjaNaZywo: (w, f) => d.walidacjaNaZywo(w, f),
    kwalifikuj: (p) => d.kwalifikuj(p),
    podziel: (p) => d.podziel(p),
    zweryfikujProtokol: () => d.zweryfikujProtokol(),
    czytajArkusze: d.czytajArkusze?.bind(d) ?? zapas.czytajArkusze,
    zapiszParametry: d.zapiszParametry?.bind(d) ?? zapas.zapiszParametry,
    wykonaj: (op, p) => (op === 'kwalifikuj' ? d.kwalifikuj(p) : op === 'podziel' ? d.podziel(p) : wykonaj(op, p)),
  };
}

let obietnica: Promise<UslugiPanelu> | null = null;

export function uslugi(): Promise<UslugiPanelu> {
  obietnica ??= dodatek().then(uzupelnij);
  obietnica.catch(() => (obietnica = null));
  return obietnica;
}
