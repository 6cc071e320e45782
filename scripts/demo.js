#!/usr/bin/env node
// `npm run demo`: the main job on the bundled sample. The command line is not built yet (issue 6);
// until it is, this says exactly what the demo will do, and exits with a non-zero code so nobody
// mistakes it for a result.
console.log(`npm run demo will:
  1. build the command line (npm run build);
  2. run \`diversity-request prepare assets/sample/personeel-voorbeeld.xlsx -o out/voorbeeld-aanvraag.xlsx\`:
     detect the columns, recode ages into bands and nationalities into groups, check every requested
     crossing for small cells, and write the check and request sheets;
  3. print a short summary.
The command line that does this is not built yet.`);
process.exitCode = 1;
