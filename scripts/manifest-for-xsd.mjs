#!/usr/bin/env node
/*
 * The offline manifest check (../shared/tools/validate-manifest) uses Microsoft's task-pane XSDs of
 * 2020, which predate the <Runtimes> element of the shared runtime (now valid in VersionOverrides
 * 1.0, documented at learn.microsoft.com/javascript/api/manifest/runtimes). This prints the manifest
 * with exactly that element taken out, so the XSD still checks everything else; the Runtimes element
 * itself is checked by test/unit/manifest.test.ts (place, resid, lifetime).
 * Usage: node scripts/manifest-for-xsd.mjs manifest.xml > out.xml
 */
import { readFileSync } from "node:fs";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: manifest-for-xsd.mjs manifest.xml");
  process.exit(2);
}
const xml = readFileSync(file, "utf8");
const blocks = xml.match(/[ \t]*<Runtimes>[\s\S]*?<\/Runtimes>\n?/g) ?? [];
for (const block of blocks) {
  // Only the shared-runtime declaration may be hidden from the XSD: anything else in it fails here.
  const inner = block.replace(/<\/?Runtimes>/g, "").trim();
  if (!/^(<Runtime resid="[\w.]+" lifetime="(long|short)" \/>\s*)+$/.test(inner)) {
    console.error(`${file}: unexpected content in <Runtimes>: ${inner}`);
    process.exit(1);
  }
}
console.error(`${file}: ${blocks.length} <Runtimes> element(s) left out for the 2020 XSD`);
process.stdout.write(blocks.reduce((text, block) => text.replace(block, ""), xml));
