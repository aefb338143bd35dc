/** Task pane entry: renders the pane once Office.js (or the fake host in browser tests) is ready. */
import { createRoot } from 'react-dom/client';
import { Aplikacja } from './komponenty/Aplikacja';

Office.onReady(() => {
  createRoot(document.getElementById('korzen')!).render(<Aplikacja />);
});
