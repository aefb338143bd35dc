#!/bin/sh
# WB-3.4 screenshots of the printed protocol into docs/ — for `npm run zrzuty` to call.
# The CLI writes `kwalifikuj` on the example, LibreOffice headless prints `Protokół` alone to PDF,
# pdftoppm renders its pages as PNG: docs/wydruk-protokolu-1.png, docs/wydruk-protokolu-2.png.
set -e
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm run build:cli --silent
node dist-cli/cli/main.js kwalifikuj examples/wojewodztwo-mazowieckie.xlsx -o "$tmp/wynik.xlsx" >/dev/null
# only the protocol prints: a copy of the file without the other sheets
node -e '
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[1]);
  for (const ws of [...wb.worksheets]) if (ws.name !== "Protokół") wb.removeWorksheet(ws.id);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  await wb.xlsx.writeFile(process.argv[2]);
})();
' "$tmp/wynik.xlsx" "$tmp/protokol.xlsx"
soffice -env:UserInstallation="file://$tmp/profil" --headless --convert-to pdf --outdir "$tmp" "$tmp/protokol.xlsx" >/dev/null
pdftoppm -r 80 -png "$tmp/protokol.pdf" docs/wydruk-protokolu
echo "docs/wydruk-protokolu-*.png: $(pdfinfo "$tmp/protokol.pdf" | sed -n 's/^Pages: *//p') strony A4"
