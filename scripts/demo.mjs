/**
 * `npm run demo`: the whole job on the bundled sample, told in one language. The sample and its answers
 * are Dutch, so the request sheet is Dutch; the command line speaks Dutch too (its messages follow LANG),
 * unless DEMO_LANG=fr or DEMO_LANG=en asks for another (the sheet then follows: --lang).
 */
import { spawnSync } from "node:child_process";

const lang = ["nl", "fr", "en"].includes(process.env.DEMO_LANG) ? process.env.DEMO_LANG : "nl";
const locale = { nl: "nl_BE.UTF-8", fr: "fr_BE.UTF-8", en: "en_GB.UTF-8" }[lang];
const args = [
  "dist/cli/diversity-request.js",
  "prepare",
  "assets/sample/personeel-voorbeeld.xlsx",
  "-o",
  "out/voorbeeld-aanvraag.xlsx",
  "--reference-date",
  "2024-12-31",
  "--answers",
  "assets/sample/antwoorden-voorbeeld.json",
  "--linkage",
  "--send-copy",
  "out/voorbeeld-te-versturen.xlsx",
  "--lang",
  lang,
];
const run = spawnSync(process.execPath, args, {
  stdio: "inherit",
  env: { ...process.env, LANG: locale, LC_ALL: locale, LANGUAGE: lang },
});
process.exit(run.status ?? 1);
