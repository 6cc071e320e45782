#!/usr/bin/env bash
# A second reader of our files: LibreOffice (Debian's libreoffice-calc-nogui, headless) opens the
# demo's copy to send and prints it to PDF. Prints the PDF's page count and the tallest row of the
# request sheet, as the README's "copy to send" promises (A4, no row above Excel's 409 pt).
# Usage: bash scripts/send-copy-pdf.sh   (after `npm run build`; needs soffice on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 2; }
mkdir -p out
node dist/cli/diversity-request.js prepare assets/sample/personeel-voorbeeld.xlsx -o out/voorbeeld-aanvraag.xlsx \
  --reference-date 2024-12-31 --answers assets/sample/antwoorden-voorbeeld.json --linkage \
  --send-copy out/voorbeeld-te-versturen.xlsx >/dev/null
rm -f out/voorbeeld-te-versturen.pdf
soffice --headless --norestore --convert-to pdf --outdir out out/voorbeeld-te-versturen.xlsx >/dev/null 2>&1
test -s out/voorbeeld-te-versturen.pdf || { echo "LibreOffice wrote no PDF" >&2; exit 1; }
pages=$(grep -a -c "/Type[[:space:]]*/Page[^s]" out/voorbeeld-te-versturen.pdf || true)
tallest=$(node -e '
  const ExcelJS = require("exceljs");
  const book = new ExcelJS.Workbook();
  book.xlsx.readFile("out/voorbeeld-te-versturen.xlsx").then(() => {
    let max = 0;
    book.eachSheet((s) => s.eachRow({ includeEmpty: true }, (r) => { max = Math.max(max, r.height || 0); }));
    console.log(max);
  });')
echo "send copy: out/voorbeeld-te-versturen.pdf, ${pages} page(s); tallest row ${tallest} pt"
