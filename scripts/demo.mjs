/**
 * `npm run demo`: the whole job on the bundled sample, told in one language. The sample and its answers
 * are Dutch, so the request sheet is Dutch; the command line speaks Dutch too (its messages follow LANG),
 * unless DEMO_LANG=fr or DEMO_LANG=en asks for another (the sheet then follows: --lang).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const lang = ["nl", "fr", "en"].includes(process.env.DEMO_LANG) ? process.env.DEMO_LANG : "nl";
const locale = { nl: "nl_BE.UTF-8", fr: "fr_BE.UTF-8", en: "en_GB.UTF-8" }[lang];
// The sample's answers sign on the day the demo runs: a fixed date would sign before today's check.
mkdirSync("out", { recursive: true });
const answers = JSON.parse(readFileSync("assets/sample/antwoorden-voorbeeld.json", "utf8"));
answers.signatureDate = new Date().toISOString().slice(0, 10);
writeFileSync("out/antwoorden-demo.json", JSON.stringify(answers, null, 2));
const args = [
  "dist/cli/diversity-request.js",
  "prepare",
  "assets/sample/personeel-voorbeeld.xlsx",
  "-o",
  "out/voorbeeld-aanvraag.xlsx",
  "--reference-date",
  "2024-12-31",
  "--answers",
  "out/antwoorden-demo.json",
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
