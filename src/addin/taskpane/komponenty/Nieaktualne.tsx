/** A stale or warning state with its refresh action (issue 9 §5): the sheets changed since the last read. */
import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useJezyk } from '../i18n/jezyk';

export function Ostrzezenie({
  tekst,
  odswiez,
  etykieta,
  testId,
}: {
  tekst: ReactNode;
  odswiez: () => void;
  /** the action's label (default: Odśwież) */
  etykieta?: string;
  testId?: string;
}) {
  const { t } = useJezyk();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={testId}>
      <MessageBarBody>{tekst}</MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowSyncRegular />} onClick={odswiez} data-testid={testId && `${testId}-odswiez`}>
          {etykieta ?? t.wspolne.odswiez}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Shown while a section's sheets changed and it has not re-read them yet. */
export function Nieaktualne({
  odczyt,
}: {
  odczyt: { nieaktualne: boolean; ladowanie: boolean; odswiez(): Promise<unknown> };
}) {
  const { t } = useJezyk();
  if (!odczyt.nieaktualne || odczyt.ladowanie) return null;
  return <Ostrzezenie tekst={t.wspolne.nieaktualne} odswiez={() => void odczyt.odswiez()} testId="nieaktualne" />;
}
