/** The findings of a JST check or run: their counts, and the list (click = select the cell), shown on request. */
import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import type { Uwaga } from '../../../../core';
import { useTekstyJst } from '../../i18n/jst';
import { KomunikatBledu } from '../../komponenty/KomunikatBledu';
import { ListaUwag } from '../sprawdz/ListaUwag';
import { useZaznacz } from '../sprawdz/useZaznacz';
import { useStyleJst } from './style';

export function UwagiWyniku({ uwagi, otwarte = false }: { uwagi: readonly Uwaga[]; otwarte?: boolean }) {
  const tj = useTekstyJst();
  const sj = useStyleJst();
  const zaz = useZaznacz();
  const [widoczne, setWidoczne] = useState(otwarte);
  if (uwagi.length === 0) return null;
  return (
    <>
      <Button
        className={sj.przelacznik}
        appearance="subtle"
        size="small"
        icon={widoczne ? <ChevronUpRegular /> : <ChevronDownRegular />}
        iconPosition="after"
        aria-expanded={widoczne}
        onClick={() => setWidoczne((w) => !w)}
        data-testid="jst-pokaz-uwagi"
      >
        {widoczne ? tj.ukryjUwagi : tj.pokazUwagi(uwagi.length)}
      </Button>
      {widoczne && (
        <>
          <KomunikatBledu tekst={zaz.blad} zamknij={zaz.wyczysc} />
          <ListaUwag uwagi={uwagi} naWybor={zaz.zaznacz} />
        </>
      )}
    </>
  );
}
