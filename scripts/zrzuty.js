#!/usr/bin/env node
/**
 * `npm run zrzuty`: refreshes the README's pictures of the task pane in docs/ (panel-walidacja.png,
 * panel-kwalifikacja.png, panel-jst-pulpit.png, szkolenie-*.png) by running the browser tests with
 * CS_ZRZUTY_DO_DOCS=1, then the printed protocol (wydruk-protokolu-*.png, scripts/zrzutyDruku.sh).
 * `npm test` never writes them: its screenshots go to a temporary folder. Needs Chromium (as CI: a
 * missing browser fails the run instead of skipping it).
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const korzen = path.resolve(__dirname, '..');
const jest = path.join(korzen, 'node_modules', 'jest', 'bin', 'jest.js');
const r = spawnSync(process.execPath, [jest, 'test/browser', ...process.argv.slice(2)], {
  cwd: korzen,
  stdio: 'inherit',
  env: { ...process.env, CS_ZRZUTY_DO_DOCS: '1', CI: process.env.CI || '1' },
});
// WB-3.4: the printed protocol's pages (LibreOffice headless + pdftoppm)
const druk =
  r.status === 0
    ? spawnSync('sh', [path.join(korzen, 'scripts', 'zrzutyDruku.sh')], { cwd: korzen, stdio: 'inherit' })
    : r;
process.exitCode = druk.status ?? 1;
