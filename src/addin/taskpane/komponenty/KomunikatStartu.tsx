/** What the pane shows instead of itself outside Excel or on a too old Excel (issue 8 §7); Polish first. */
import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from '@fluentui/react-components';
import type { StanStartu } from '../start';
import { DostawcaJezyka, useJezyk } from '../i18n/jezyk';

function Tresc({ stan }: { stan: Exclude<StanStartu, { rodzaj: 'gotowe' }> }) {
  const { t } = useJezyk();
  const [tytul, opis] =
    stan.rodzaj === 'pozaExcelem'
      ? [t.start.pozaExcelem, t.start.pozaExcelemOpis]
      : [t.start.staraWersja, t.start.staraWersjaOpis(stan.brakujace.join(', '))];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={`start-${stan.rodzaj}`} style={{ margin: 16 }}>
      <MessageBarBody>
        <MessageBarTitle>{tytul}</MessageBarTitle>
        {opis}{' '}
        <Link href="pomoc.html" target="_blank">
          {t.start.pomoc}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}

export function KomunikatStartu({ stan }: { stan: Exclude<StanStartu, { rodzaj: 'gotowe' }> }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <DostawcaJezyka>
        <Tresc stan={stan} />
      </DostawcaJezyka>
    </FluentProvider>
  );
}
