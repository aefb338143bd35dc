/** Placeholder task pane (to be replaced by the real one): Fluent UI v9 provider and the title. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Title1, webLightTheme } from '@fluentui/react-components';

function Panel() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title1 as="h1">Cyfrowa szkoła</Title1>
      </main>
    </FluentProvider>
  );
}

Office.onReady(() => {
  createRoot(document.getElementById('korzen')!).render(<Panel />);
});
