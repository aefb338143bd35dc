/** WB-3.2 `Informacja dla ministra` (CS-15.1): support granted per variant and in all, counts, protocol date. */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { liczba, naglowek, tekst, zl } from '../../zeszyt/formaty';
import { dataIso } from '../../komorki/daty';
import type { ModelProtokolu } from '../model';

export const ARKUSZ_INFORMACJA = 'Informacja dla ministra';

export function arkuszInformacji(mp: ModelProtokolu): ZapisArkusza {
  const p = mp.parametry;
  const zakw = [...mp.decyzje.values()].filter((d) => d.decyzja === 'zakwalifikowana');
  const wg = (v: 'I' | 'II') => zakw.filter((d) => d.wariant === v);
  const suma = (l: typeof zakw) => l.reduce((s, d) => s + (d.wsparcie ?? 0), 0);
  const wiersze: ZapisKomorki[][] = [
    [
      tekst('Informacja wojewody dla ministra właściwego do spraw oświaty i wychowania (§15 — CS-15.1)', {
        pogrubienie: true,
      }),
    ],
    [],
    [tekst('Województwo'), pusteLubTekstL(p.wojewodztwo)],
    [tekst('Data protokołu (posiedzenia zespołu)'), pusteLubTekstL(p.data ? dataIso(p.data) : null)],
    [],
    [naglowek('Wariant'), naglowek('Liczba szkół'), naglowek('Kwota wsparcia (zł)')],
    [tekst('I'), liczba(wg('I').length), zl(suma(wg('I')))],
    [tekst('II'), liczba(wg('II').length), zl(suma(wg('II')))],
    [
      tekst('Razem', { pogrubienie: true }),
      liczba(zakw.length, { pogrubienie: true }),
      zl(suma(zakw), { pogrubienie: true }),
    ],
    [],
    [tekst('Kopia protokołu: arkusz „Protokół”; odcisk danych (CS-Z3.F)'), tekst(mp.odcisk)],
  ];
  return {
    nazwa: ARKUSZ_INFORMACJA,
    wiersze,
    szerokosciKolumn: [48, 16, 20],
    wydruk: { orientacja: 'pionowa', dopasujDoSzerokosci: true },
  };
}

function pusteLubTekstL(s: string | null): ZapisKomorki {
  return s ? tekst(s) : tekst('— brak —');
}
