#!/bin/sh
# Screenshots of the Szkolenie section (Krok po kroku, Co jeśli) into docs/ — for `npm run zrzuty` to call.
# Runs the section's real-browser test with CS_ZRZUTY_DOCS=1 (Chromium + playwright-core + the fake host).
set -e
cd "$(dirname "$0")/.."
CS_ZRZUTY_DOCS=1 npx jest test/browser/szkolenie.test.ts
