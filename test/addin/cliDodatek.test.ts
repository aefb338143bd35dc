/** WB-3.2 / issue 3 acceptance: on the example voivodeship workbook the add-in writes exactly what the CLI writes. */
import { wczytajPrzyklad } from './przyklady';
import { porownajSciezki } from './sciezki';
import { ARKUSZ_STANU } from '../../src/core/zeszyt/wlasnosc';

test('WB-3.2: kwalifikuj on examples/wojewodztwo-mazowieckie.xlsx — the add-in writes the same sheets and cell values as the CLI, `_cyfrowa_szkola` included', async () => {
  const { nazwy, komorek } = await porownajSciezki('kwalifikuj', () => wczytajPrzyklad('wojewodztwo-mazowieckie.xlsx'));
  expect(nazwy).toEqual([
    'Protokół',
    'Wykaz wniosków',
    'Zakwalifikowane',
    'Niezakwalifikowane',
    'Odrzucone formalnie', // WB-3.2 / WB-3.4
    'Do publikacji — wariant I', // WB-3.4
    'Do publikacji — wariant II',
    'Przebieg kwalifikacji',
    'Informacja dla ministra',
    'Umowy dotacji', // CS-U.1
    'Terminy', // CS-R.4
    'Uwagi',
    ARKUSZ_STANU,
  ]);
  expect(komorek).toBeGreaterThan(20_000); // 607 rows × 10 columns in `Wykaz wniosków` alone
});
