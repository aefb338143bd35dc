/**
 * Manifests for deployment (issue 8, item 1): the sources (manifest.xml, manifest-panel.xml) name the dev
 * server; `npm run build` rewrites every URL for the base address in ADRES_DODATKU. Used by webpack.config.js
 * and by the tests (test/addin/wdrozenie.test.ts), so what is tested is what is built.
 */
const { URL } = require('url');

const DEV = 'https://localhost:3000';

/**
 * The base address from the environment: an absolute https URL of the folder that serves dist/, always with a
 * trailing slash; null when ADRES_DODATKU is not set. A wrong value stops the build with a Polish message.
 */
function adresDodatku(env = process.env) {
  const surowy = (env.ADRES_DODATKU ?? '').trim();
  if (!surowy) return null;
  let url;
  try {
    url = new URL(surowy);
  } catch {
    throw new Error(
      `ADRES_DODATKU „${surowy}” nie jest adresem URL (np. https://intranet.urzad.gov.pl/cyfrowa-szkola/).`,
    );
  }
  if (url.protocol !== 'https:')
    throw new Error(
      `ADRES_DODATKU musi zaczynać się od https:// (Office ładuje dodatki tylko przez HTTPS), jest: ${surowy}`,
    );
  if (url.search || url.hash) throw new Error(`ADRES_DODATKU nie może mieć części ?… ani #…: ${surowy}`);
  if (/localhost/i.test(url.hostname))
    throw new Error('ADRES_DODATKU wskazuje na localhost — do wdrożenia podaj adres serwera w sieci urzędu.');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest with every dev-server URL moved under `adres` (AppDomain: its origin). */
function manifestDla(xml, adres) {
  const origin = new URL(adres).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(`${DEV}/`)
    .join(adres);
}

/** The text printed by the build: where the manifests point. */
function komunikatBudowania(adres) {
  return adres
    ? `Manifesty dist/manifest.xml i dist/manifest-panel.xml wskazują na ${adres} — skopiuj cały katalog dist/ pod ten adres.`
    : [
        'UWAGA: nie ustawiono ADRES_DODATKU — dist/manifest.xml i dist/manifest-panel.xml wskazują na https://localhost:3000/',
        '(tylko do testów na własnym komputerze z `npm run dev-server`). Do wdrożenia w urzędzie zbuduj z adresem serwera, np.:',
        '  ADRES_DODATKU=https://intranet.urzad.gov.pl/cyfrowa-szkola/ npm run build',
      ].join('\n');
}

module.exports = { DEV, adresDodatku, manifestDla, komunikatBudowania };
