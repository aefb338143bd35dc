/**
 * Builds the add-in into dist/: taskpane.html (the shared runtime page: task pane + ribbon commands +
 * custom functions), panel.html (the task pane alone, for manifest-panel.xml), pomoc.html (the help page),
 * functions.json (custom-functions-metadata-plugin), the two manifests and assets/. The manifests point at
 * ADRES_DODATKU when it is set (scripts/manifest.js), else at the dev server — the build says which.
 * `npx webpack --mode production` works offline; only `webpack serve` needs the dev certificates.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { adresDodatku, manifestDla, komunikatBudowania } = require('./scripts/manifest');
const { version } = require('./package.json');

const FUNKCJE = './src/addin/functions/funkcje.ts';

/**
 * HTTPS options for https://localhost:3000. office-addin-dev-certs generates the certificates and installs
 * its CA in the system store (Windows, macOS); where it cannot install (Linux without sudo) the generated
 * files are used as they are and the browser or Office must be told to trust the CA by hand.
 */
async function opcjeHttps() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const fs = require('fs');
    const katalog = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const plik = (n) => fs.readFileSync(path.join(katalog, n));
    console.warn(
      `Nie zainstalowano certyfikatu CA (${e.message.split('\n')[0]}); używam plików z ${katalog} — zaufaj ${path.join(katalog, 'ca.crt')} ręcznie.`,
    );
    return { key: plik('localhost.key'), cert: plik('localhost.crt'), ca: plik('ca.crt') };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const adres = adresDodatku();
  const manifest = { to: '[name][ext]', transform: (b) => (adres ? manifestDla(b.toString('utf8'), adres) : b) };
  const config = {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/addin/taskpane/index.tsx',
      commands: './src/addin/commands/polecenia.ts',
      functions: FUNKCJE,
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // manifest.xml names functions.js: entry files keep stable names, split chunks are hashed
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // type checking is `npm run typecheck`; ES modules here so webpack can tree-shake Fluent UI
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNKCJE }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/addin/taskpane/taskpane.html',
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      // the task pane alone: hosts without a shared runtime or custom functions (manifest-panel.xml)
      new HtmlWebpackPlugin({
        filename: 'panel.html',
        template: './src/addin/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'pomoc.html',
        template: './src/addin/pomoc/pomoc.html',
        inject: false,
        templateParameters: { wersja: version, kontakt: process.env.KONTAKT_DODATKU?.trim() || null },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', ...manifest },
          { from: 'manifest-panel.xml', ...manifest },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ],
      }),
      { apply: (c) => c.hooks.done.tap('AdresDodatku', () => console.log(`\n${komunikatBudowania(adres)}\n`)) },
    ],
    optimization: {
      // one webpack runtime for the three entries of the shared page: modules (the add-in instance) are shared
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 30 },
          // ExcelJS reads report files in the Sprawozdania section only: its own chunk, loaded with that section
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 40 },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|rtl-css-js|stylis|@emotion)[\\/]/,
            name: 'fluent',
            priority: 20,
          },
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', priority: 10 },
          wspolne: { minChunks: 2, name: 'wspolne', priority: 0, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: 'warning', maxEntrypointSize: 1_600_000, maxAssetSize: 1_000_000 },
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
  if (env && env.WEBPACK_SERVE) {
    // only the dev server needs certificates trusted by Office (office-addin-dev-certs installs them)
    config.devServer.server = { type: 'https', options: await opcjeHttps() };
  }
  return config;
};
