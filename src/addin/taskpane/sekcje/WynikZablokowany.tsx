/** A blocked or refused operation: the message and its blocking findings (click = select the cell). */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { WynikOperacji } from '../../../core';
import { useJezyk } from '../i18n/jezyk';
import { KomunikatBledu } from '../komponenty/KomunikatBledu';
import { ListaUwag } from './sprawdz/ListaUwag';
import { useZaznacz } from './sprawdz/useZaznacz';

export function blokujaceUwagi(w: WynikOperacji) {
  return w.uwagi.filter((u) => u.waga === 'błąd' && (u.blokujaca || w.status === 'odmowa'));
}

export function WynikZablokowany({ wynik, komunikat }: { wynik: WynikOperacji; komunikat: (n: number) => string }) {
  const { tekst } = useJezyk();
  const zaz = useZaznacz();
  const uwagi = blokujaceUwagi(wynik);
  return (
    <>
      <MessageBar intent="error" layout="multiline" data-testid="wynik-zablokowany">
        <MessageBarBody>
          {wynik.status === 'odmowa' ? wynik.uwagi.map(tekst).join(' ') : komunikat(uwagi.length)}
        </MessageBarBody>
      </MessageBar>
      <KomunikatBledu tekst={zaz.blad} zamknij={zaz.wyczysc} />
      {wynik.status !== 'odmowa' && uwagi.length > 0 && <ListaUwag uwagi={uwagi} naWybor={zaz.zaznacz} />}
    </>
  );
}
