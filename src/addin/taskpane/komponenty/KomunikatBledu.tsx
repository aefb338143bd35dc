/**
 * An error message (from Excel or the core) with a dismiss button and, for a failed read, a refresh
 * action (issue 9 §5); role=alert so it is read at once.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowSyncRegular, DismissRegular } from '@fluentui/react-icons';
import { useJezyk } from '../i18n/jezyk';

export function KomunikatBledu({
  tekst,
  zamknij,
  odswiez,
}: {
  tekst: string | null;
  zamknij?: () => void;
  odswiez?: () => void;
}) {
  const { t } = useJezyk();
  if (!tekst) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="blad">
      <MessageBarBody>
        <MessageBarTitle>{t.aplikacja.blad}</MessageBarTitle>
        {tekst}
      </MessageBarBody>
      {(zamknij || odswiez) && (
        <MessageBarActions
          containerAction={
            zamknij && (
              <Button
                appearance="transparent"
                aria-label={t.aplikacja.zamknij}
                icon={<DismissRegular />}
                onClick={zamknij}
              />
            )
          }
        >
          {odswiez && (
            <Button icon={<ArrowSyncRegular />} onClick={odswiez} data-testid="blad-odswiez">
              {t.wspolne.odswiez}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
