/**
 * `wyjasnij <plik.xlsx> <REGON> [--json]` (issue 12): "Dlaczego?" for one application. Reads like the
 * operations (WB-1.9 pre-scan, snapshot), writes nothing. Exit 0 with the narrative (or with `--json` the
 * events with rule ids and amounts); 1 when the workbook is blocked or the REGON is not in `Wnioski`;
 * 2 on a refusal or an unreadable file.
 */
import type { Kontekst } from '../core';
import type { Polecenie } from './argumenty';
import type { Zaleznosci } from './zaleznosci';
import { BladCli, t } from './tekst';
import type { Wyjscie, WeWy } from './wejscieWyjscie';
import type { Postep } from './postep';
import { linieUwag } from './drukuj';
import { dzisWarszawa } from './dzis';
import { tekstOdmowy, wczytajPlik } from './polecenieOperacji';

export async function polecenieWyjasnij(
  pol: Extract<Polecenie, { rodzaj: 'wyjasnij' }>,
  io: WeWy,
  deps: Zaleznosci,
  wy: Wyjscie,
  postep: Postep,
): Promise<number> {
  if (!deps.wyjasnij)
    throw new BladCli(
      t(
        'Polecenie wyjasnij nie jest jeszcze dostępne w tej wersji.',
        'Command wyjasnij is not available in this version yet.',
      ),
    );
  // the same sheets as `kwalifikuj`: the narrative is that run's trace
  const arkusze = deps.arkuszeDoOdczytu ? deps.arkuszeDoOdczytu('kwalifikuj') : 'wszystkie';
  const { odczyt } = await wczytajPlik(pol.plik, io, deps, postep, arkusze);
  const kontekst: Kontekst = { dzis: deps.dzis?.() ?? dzisWarszawa(io.env), jezyk: wy.jezyk };
  const wynik = deps.wyjasnij(odczyt.zeszyt, pol.regon, kontekst);
  postep.zakoncz();
  if (wynik.status === 'odmowa') throw new BladCli(tekstOdmowy(wynik));
  if (wynik.status === 'zablokowane') {
    for (const l of linieUwag(
      wynik.uwagi,
      wy.jezyk,
      odczyt.zeszyt.arkusze.map((a) => a.nazwa),
    ))
      wy.linia(l);
    for (const l of wynik.podsumowanie) wy.linia(l);
    wy.obiekt(wynik.json);
    return 1;
  }
  for (const l of wynik.podsumowanie) wy.linia(l);
  wy.obiekt(wynik.json);
  return 0;
}
