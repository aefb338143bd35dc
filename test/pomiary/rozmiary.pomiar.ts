/**
 * Not a test: the request-size table of issue 8 §2 for `npm run bench`, measured with Microsoft's
 * serializer (test/officejs/). Prints one line on stdout: `POMIAR_ROZMIARY [{…wiersz tabeli…}, …]`.
 */
import { ROZMIARY, zmierzOznaczenia, zmierzRozmiar } from '../officejs/tabela';

test('rozmiary żądań na serializerze Office.js', async () => {
  const wiersze = [];
  for (const n of ROZMIARY) wiersze.push(...(await zmierzRozmiar(n)));
  wiersze.push(await zmierzOznaczenia());
  process.stdout.write(`POMIAR_ROZMIARY ${JSON.stringify(wiersze.map(({ zadania: _, ...w }) => w))}\n`);
  for (const w of wiersze) expect(w.nieodtworzone).toEqual([]);
});
