/**
 * Task pane entry (issue 8 §7): outside Excel (no office.js, a plain browser, another application) or on an Excel
 * without the pane's requirement sets it shows a Polish message; otherwise the pane renders once it is on screen —
 * the shared runtime also loads this page hidden, and nothing may read the workbook before the user opens the pane.
 */
import { createRoot } from 'react-dom/client';
import { Aplikacja } from './komponenty/Aplikacja';
import { KomunikatStartu } from './komponenty/KomunikatStartu';
import { stanStartu } from './start';
import { gdyPanelWidoczny } from './stan/widocznoscPanelu';

/** office.js outside Office calls back with no host at once; this is the limit when it never calls back */
const CZEKAJ_NA_OFFICE_MS = 15_000;

const korzen = createRoot(document.getElementById('korzen')!);

if (typeof Office === 'undefined' || typeof Office.onReady !== 'function')
  korzen.render(<KomunikatStartu stan={{ rodzaj: 'pozaExcelem' }} />);
else {
  const limit = window.setTimeout(
    () => korzen.render(<KomunikatStartu stan={{ rodzaj: 'pozaExcelem' }} />),
    CZEKAJ_NA_OFFICE_MS,
  );
  void Office.onReady((info) => {
    window.clearTimeout(limit);
    const stan = stanStartu(
      typeof Excel === 'undefined'
        ? null
        : {
            host: info.host ? String(info.host) : null,
            excel: String(Office.HostType.Excel),
            obsluguje: (z, w) => Office.context.requirements.isSetSupported(z, w),
          },
    );
    if (stan.rodzaj !== 'gotowe') korzen.render(<KomunikatStartu stan={stan} />);
    else void gdyPanelWidoczny().then(() => korzen.render(<Aplikacja />));
  });
}
