/**
 * Builds what the browser tests serve: the fake host's office.js bundle (webpack Node API, into a temp
 * dir) and — only when `dist/` is missing or older than the sources — the add-in itself, with the
 * project's own webpack.config.js, into a temp dir (so the tests never run a stale pane).
 */
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

export const KORZEN = path.resolve(__dirname, '../../..');
const DIST = path.join(KORZEN, 'dist');
/** webpack's persistent cache: a rebuild with nothing changed takes seconds */
const PAMIEC = (nazwa: string): webpack.FileCacheOptions => ({
  type: 'filesystem',
  name: nazwa,
  cacheDirectory: path.join(KORZEN, 'node_modules/.cache/testy-przegladarki'),
});

function kompiluj(config: webpack.Configuration): Promise<void> {
  return new Promise((ok, nie) =>
    webpack(config, (blad, stats) => {
      if (blad) return nie(blad);
      if (!stats || stats.hasErrors())
        return nie(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack: brak statystyk'));
      ok();
    }),
  );
}

/** The fake host as `office.js`; returns the file's path. */
export async function zbudujFakeOffice(): Promise<string> {
  const wyjscie = mkdtempSync(path.join(tmpdir(), 'cs-fake-office-'));
  await kompiluj({
    mode: 'development',
    devtool: false,
    cache: PAMIEC('fake-office'),
    target: 'web',
    entry: path.join(__dirname, 'fakeOffice.ts'),
    output: { path: wyjscie, filename: 'office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      // exceljs's browser build is already a bundle: parsing it again only costs time
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(KORZEN, 'tsconfig.json'),
              compilerOptions: { module: 'es2020', sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  });
  return path.join(wyjscie, 'office.js');
}

function najnowszy(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, n) => Math.max(m, najnowszy(path.join(p, n))), s.mtimeMs);
}

/** `dist/` when it is built and newer than the sources it comes from, else a fresh production build. */
export async function katalogPanelu(): Promise<{ katalog: string; swiezy: boolean }> {
  const zrodla = ['src/addin', 'src/core', 'manifest.xml', 'webpack.config.js']
    .map((p) => path.join(KORZEN, p))
    .filter(existsSync);
  // webpack does not rewrite an unchanged file, so the newest file of dist/ is what counts
  if (existsSync(path.join(DIST, 'taskpane.html')) && najnowszy(DIST) >= Math.max(...zrodla.map(najnowszy)))
    return { katalog: DIST, swiezy: false };
  const wyjscie = mkdtempSync(path.join(tmpdir(), 'cs-dist-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fabryka = require(path.join(KORZEN, 'webpack.config.js')) as (
    env: unknown,
    argv: unknown,
  ) => Promise<webpack.Configuration>;
  const config = await fabryka({}, { mode: 'production' });
  config.context = KORZEN;
  config.output = { ...config.output, path: wyjscie };
  config.infrastructureLogging = { level: 'error' };
  config.cache = PAMIEC('panel');
  await kompiluj(config);
  return { katalog: wyjscie, swiezy: true };
}
