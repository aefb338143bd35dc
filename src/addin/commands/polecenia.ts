/**
 * Ribbon commands (manifest `ExecuteFunction`): `sprawdz` and `wyczyscOznaczenia`. Results and errors
 * go to the task pane through `oglos`; on an error the pane is shown (SharedRuntime 1.1).
 */
import { dodatek, oglos } from '../office/instancja';
import { BladDodatku } from '../office/bledy';

function polecenie(nazwa: string, dzialanie: () => Promise<void>): void {
  Office.actions.associate(nazwa, async (event: Office.AddinCommands.Event) => {
    try {
      await dzialanie();
    } catch (e) {
      oglos({ rodzaj: 'blad', komunikat: e instanceof BladDodatku ? e.komunikat : String(e) });
      await Office.addin.showAsTaskpane();
    } finally {
      event.completed();
    }
  });
}

// outside Office (the page opened in a plain browser) there is nothing to register; the pane says why
if (typeof Office !== 'undefined')
  Office.onReady(() => {
    polecenie('sprawdz', async () => oglos({ rodzaj: 'uwagi', uwagi: await (await dodatek()).sprawdz() }));
    polecenie('wyczyscOznaczenia', async () =>
      oglos({ rodzaj: 'oznaczenia', przywrocone: await (await dodatek()).wyczyscOznaczenia() }),
    );
  });
