/**
 * `results`: the fifth step on the command line. The workbook the request was made in says which
 * tables were asked (its saved settings) and holds the staff (own groups, their counts, the check's
 * prediction); the KSZ's answer is read from each --delivery file, checked against it, and written as
 * a results sheet into a new workbook. --json prints issue 30's shape.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import {
  comparisonSentence,
  foundSentence,
  layoutResults,
  notLinkedSentences,
  parseReference,
  problemSentence,
  recodeTable,
  resultsBasis,
  resultsJson,
  resultsOf,
  variableLabel,
  type DeliverySheet,
  type MessageParams,
  type Reference,
  type RequestedDimension,
  type Results,
} from "../core";
import { checkJobOf } from "../solver/checker";
import { loadSolver } from "../solver/highs";
import { inProcessChecker } from "../solver/inProcessChecker";
import { csvDelivery, decodeText, xlsxDelivery } from "../workbook/deliveryFiles";
import { openXlsxFile } from "../workbook/exceljs/node";
import { readNeeded } from "../workbook/tasks";
import { inputKind, unreadableKey } from "./inputFiles";
import { CliError, type Io, type Translate } from "./io";
import { checkOutput, detectOrFail, open, save, type CommonOptions } from "./workbookFile";

export interface ResultsOptions extends CommonOptions {
  delivery: string[];
  reference?: string;
  mapLabel?: string[];
  output: string;
}

export async function runResults(input: string, options: ResultsOptions, io: Io, tr: Translate): Promise<void> {
  checkOutput(input, options.output, tr);
  for (const file of [...options.delivery, ...(options.reference ? [options.reference] : [])])
    checkOutput(file, options.output, tr);
  const { workbook, settings } = await open(input, options, io);
  if ((await workbook.loadSettings()) === null) throw new CliError(2, tr("cli.error.noRequest", { file: input }));
  const detected = await detectOrFail(workbook, settings, options, input, tr);
  const table = await readNeeded(workbook, detected);
  const recoded = recodeTable(table, detected.roles, settings);
  const checked = await inProcessChecker(checkJobOf(table.rowCount, recoded, settings, table.headers));
  const basis = resultsBasis(settings, recoded, checked, table.rowCount);
  const mapped = mappedLabels(options.mapLabel ?? [], basis.dimensions, tr);
  const sheets: DeliverySheet[] = [];
  for (const file of options.delivery) sheets.push(...(await deliverySheets(file, tr)));
  const lang = settings.sheetLang;
  const reference = options.reference ? readReference(options.reference, basis.dimensions, io, tr) : null;
  const results = resultsOf(sheets, basis, {
    threshold: settings.threshold,
    zerosAreSmall: settings.zerosAreSmall,
    mapped,
    reference,
    solver: await loadSolver(),
  });
  if (reference && results.comparison === null)
    io.err(tr("results.reference.noTable", { dimension: variableLabel(reference.dimension, io.lang) }));
  const sheet = await workbook.writeSheet(layoutResults(results, basis.dimensions, lang));
  await save(workbook, options.output, tr, options.verbose === true);
  if (options.json) io.out(JSON.stringify(resultsJson(results)));
  else summarise(results, basis.dimensions, io, tr);
  io.out(tr("cli.results.written", { file: options.output, sheet }));
}

/** The sheets of one answer file, by what its first bytes say it is. */
async function deliverySheets(file: string, tr: Translate): Promise<DeliverySheet[]> {
  if (!existsSync(file)) throw new CliError(4, tr("cli.error.deliveryMissing", { file }));
  if (!statSync(file).isFile()) throw new CliError(4, tr("cli.error.notAFile", { file }));
  const kind = inputKind(file);
  if (kind === "csv" || (kind === "unknown" && /\.(csv|txt)$/i.test(file)))
    return csvDelivery(readFileSync(file), file);
  if (kind === "xlsx") {
    try {
      return xlsxDelivery((await openXlsxFile(file)).workbook, file);
    } catch {
      throw new CliError(4, tr("cli.error.damaged", { file }));
    }
  }
  if (kind === "pgp" || kind === "encrypted" || kind === "xls" || kind === "ods")
    throw new CliError(4, tr(unreadableKey(kind), { file }));
  throw new CliError(4, tr("cli.error.deliveryKind", { file }));
}

/** --map-label "LABEL=CATEGORY_ID": the id must be a category of a requested variable. */
function mappedLabels(
  entries: readonly string[],
  dims: readonly RequestedDimension[],
  tr: Translate,
): Record<string, string> {
  const out: Record<string, string> = {};
  const ids = [...new Set(dims.flatMap((d) => d.categories))];
  for (const value of entries) {
    const at = value.lastIndexOf("=");
    const label = at > 0 ? value.slice(0, at).trim() : "";
    const id = at > 0 ? value.slice(at + 1).trim() : "";
    if (label === "" || id === "") throw new CliError(2, tr("cli.error.mapLabel", { value }));
    if (!ids.includes(id)) throw new CliError(2, tr("cli.error.mapLabelUnknown", { value, id, ids: ids.join(", ") }));
    out[label] = id;
  }
  return out;
}

function readReference(file: string, dims: readonly RequestedDimension[], io: Io, tr: Translate): Reference {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(4, tr("cli.error.referenceMissing", { file }));
  const { reference, problems } = parseReference(decodeText(readFileSync(file)), dims);
  for (const p of problems) io.err(tr(p.key, { ...p.params, file }));
  if (!reference) throw new CliError(2, tr(problems[0]!.key, { ...problems[0]!.params, file }));
  return reference;
}

function summarise(results: Results, dims: readonly RequestedDimension[], io: Io, tr: Translate): void {
  const lang = io.lang;
  for (const tab of results.tables) {
    io.out(foundSentence(tab, lang));
    for (const p of tab.problems) io.out(`- ${problemSentence(lang, p.key, p.params as MessageParams, dims)}`);
    for (const u of tab.unmatched) io.out(`- ${tr("cli.results.unmatched", { cell: u.cell, label: u.label })}`);
    for (const line of notLinkedSentences(tab, dims, lang)) io.out(`- ${line}`);
    if (tab.suppression) io.out(`- ${tr("cli.results.suppression", tab.suppression)}`);
  }
  for (const u of results.unread) io.out(tr("cli.results.unread", { ...u.source }));
  for (const c of results.comparison ?? []) io.out(comparisonSentence(c, dims, lang));
}
