/**
 * Error boundary (issue 8 §7): a part of the pane that fails to render — or whose code could not be fetched —
 * shows a Polish message with "Spróbuj ponownie" instead of a blank pane; the retry mounts it afresh.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useJezyk } from '../i18n/jezyk';

interface Wlasnosci {
  children: ReactNode;
  /** called before the children are mounted again (e.g. a lazy section makes a new import) */
  ponow?: () => void;
}

/** webpack's error for a chunk that could not be fetched */
const bladPobrania = (e: Error) => e.name === 'ChunkLoadError' || /Loading (CSS )?chunk .* failed/i.test(e.message);

function WidokBledu({ blad, ponow }: { blad: Error; ponow: () => void }) {
  const { t } = useJezyk();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="granica-bledu">
      <MessageBarBody>
        <MessageBarTitle>{t.granica.tytul}</MessageBarTitle>
        {bladPobrania(blad) ? t.granica.pobieranie : t.granica.inny(blad.message || String(blad))}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={ponow} data-testid="sprobuj-ponownie">
          {t.granica.ponow}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export class GranicaBledu extends Component<Wlasnosci, { blad: Error | null }> {
  state: { blad: Error | null } = { blad: null };

  static getDerivedStateFromError(blad: unknown): { blad: Error } {
    return { blad: blad instanceof Error ? blad : new Error(String(blad)) };
  }

  componentDidCatch(blad: unknown, info: ErrorInfo): void {
    console.warn('Cyfrowa szkoła: błąd panelu', blad, info.componentStack);
  }

  private ponow = () => {
    this.props.ponow?.();
    this.setState({ blad: null });
  };

  render() {
    return this.state.blad ? <WidokBledu blad={this.state.blad} ponow={this.ponow} /> : this.props.children;
  }
}
