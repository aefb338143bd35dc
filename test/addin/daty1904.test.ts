/** WB-1.7 / WB-3.4: the add-in writes its date cells in the workbook's date system (fake host). */
import { wczytajPrzyklad } from './przyklady';
import { naHoscie } from './sciezki';

test('WB-1.7 WB-3.4 kwalifikuj in a 1904 workbook: the protocol date cell holds the 1904 serial of 10.05.2012', async () => {
  const wb = await wczytajPrzyklad('s2-mazowieckie.xlsx');
  wb.properties.date1904 = true; // the Date cells of the input keep their calendar dates
  const { dodatek } = naHoscie(wb);
  expect((await dodatek.kwalifikuj()).status).toBe('ok');
  const inf = wb.getWorksheet('Informacja dla ministra')!;
  let data: unknown;
  inf.eachRow((r) => {
    if (r.getCell(1).value === 'Data protokołu (posiedzenia zespołu)') data = r.getCell(2).value;
  });
  // 41 039 in the 1900 system; 1 462 days lower in the 1904 one (else Excel would show 11.05.2016)
  expect(data).toBe(39_577);
});
