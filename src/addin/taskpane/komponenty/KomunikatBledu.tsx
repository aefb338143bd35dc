/** An error message (from Excel or the core) with a dismiss button; role=alert so it is read at once. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useJezyk } from '../i18n/jezyk';

export function KomunikatBledu({ tekst, zamknij }: { tekst: string | null; zamknij?: () => void }) {
  const { t } = useJezyk();
  if (!tekst) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="blad">
      <MessageBarBody>
        <MessageBarTitle>{t.aplikacja.blad}</MessageBarTitle>
        {tekst}
      </MessageBarBody>
      {zamknij && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={t.aplikacja.zamknij}
              icon={<DismissRegular />}
              onClick={zamknij}
            />
          }
        />
      )}
    </MessageBar>
  );
}
