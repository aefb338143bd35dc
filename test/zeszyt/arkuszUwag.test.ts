/** WB-3.2 the `Uwagi` sheet: the `Operacja` column, other operations' rows kept in WB-4 command order. */
import { arkuszUwag } from '../../src/core/zeszyt/arkuszUwag';
import { arkuszStanu, pustyStan } from '../../src/core/zeszyt/wlasnosc';
import { uwaga } from '../../src/core/uwagi';
import type { ArkuszSnapshot, ZapisArkusza, ZeszytSnapshot } from '../../src/core/zeszyt/model';

const U = uwaga('Wnioski', 'H7', 'ostrzeżenie', 'CS-5.2', 'Kwota powyżej limitu.', 'Amount above the cap.');

/** a written sheet as a host would read it back */
function odczyt(a: ZapisArkusza): ArkuszSnapshot {
  return {
    nazwa: a.nazwa,
    wiersze: a.wiersze.map((w) => w.map((k) => (k ? { t: 's' as const, v: String(k.v) } : null))),
  };
}

function zeszyt(uwagi: ArkuszSnapshot, wlasny = true): ZeszytSnapshot {
  return { arkusze: [uwagi, odczyt(arkuszStanu({ ...pustyStan(), arkusze: wlasny ? ['Uwagi'] : [] }))] };
}

const tekst = (a: ZapisArkusza) => a.wiersze.map((w) => w.map((k) => k?.v));

describe('WB-3.2 Uwagi per operation', () => {
  test('WB-3.2 the `Operacja` column first; a run keeps the rows of the other operations, in WB-4 command order', () => {
    const diag = arkuszUwag([U], 'pl', { operacja: 'diagnozuj' });
    expect(tekst(diag)[0]).toEqual(['Operacja', 'Arkusz', 'Komórka', 'Waga', 'Reguła', 'Komunikat']);
    expect(tekst(diag)[1]).toEqual(['diagnozuj', 'Wnioski', 'H7', 'ostrzeżenie', 'CS-5.2', 'Kwota powyżej limitu.']);
    const kw = arkuszUwag([U, U], 'pl', { operacja: 'kwalifikuj', zeszyt: zeszyt(odczyt(diag)) });
    expect(tekst(kw).map((w) => w[0])).toEqual(['Operacja', 'kwalifikuj', 'kwalifikuj', 'diagnozuj']);
    // the same operation again replaces its own rows
    const kw2 = arkuszUwag([], 'pl', { operacja: 'kwalifikuj', zeszyt: zeszyt(odczyt(kw)) });
    expect(tekst(kw2)).toEqual(tekst(diag));
  });

  test('WB-3.2 WB-3.1 rows are kept only from an owned `Uwagi` sheet that names the operation of each row', () => {
    const diag = odczyt(arkuszUwag([U], 'pl', { operacja: 'diagnozuj' }));
    expect(arkuszUwag([], 'pl', { operacja: 'monitoruj', zeszyt: zeszyt(diag, false) }).wiersze).toHaveLength(1);
    const dawny: ArkuszSnapshot = { nazwa: 'Uwagi', wiersze: diag.wiersze.map((w) => w.slice(1)) };
    expect(arkuszUwag([], 'pl', { operacja: 'monitoruj', zeszyt: zeszyt(dawny) }).wiersze).toHaveLength(1);
  });
});
