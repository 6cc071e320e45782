/**
 * `results`: the fifth step on the command line. The workbook the request was made in says which
 * tables were asked (its saved settings) and holds the staff (own groups, their counts, the check's
 * prediction); the KSZ's answer is read from each --delivery file, checked against it, and written as
 * a results sheet into a new workbook. --json prints issue 30's shape.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import {
  categoryLabel,
  t,
  parseReference,
  recodeTable,
  resultsBasis,
  resultsJson,
  resultsOf,
  variableLabel,
  layoutResults,
  TOTAL,
  percent,
  type DeliverySheet,
  type MessageKey,
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
import { checkOutput, detectOrFail, noTableError, open, save, type CommonOptions } from "./workbookFile";

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
  const detected = await detectOrFail(workbook, settings, options, input, tr).catch((e: unknown) => {
    throw noTableError(e, input, tr);
  });
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
  const sentence = (key: MessageKey, params: MessageParams) => problemText(key, params, basis.dimensions, lang);
  const sheet = await workbook.writeSheet(layoutResults(results, basis.dimensions, lang, sentence));
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

/** A problem's sentence with its variable and category named as the sheet names them. */
function problemText(
  key: MessageKey,
  params: MessageParams,
  dims: readonly RequestedDimension[],
  lang: Io["lang"],
): string {
  const p = { ...params };
  if (typeof p.dimension === "string") {
    const dim = dims.find((d) => d.name === p.dimension);
    if (typeof p.category === "string" && dim) p.category = categoryLabel(dim.kind, p.category, lang);
    p.dimension = variableLabel(p.dimension, lang);
  }
  return t(lang, key, p);
}

function summarise(results: Results, dims: readonly RequestedDimension[], io: Io, tr: Translate): void {
  const kindOf = (name: string) => dims.find((d) => d.name === name)?.kind ?? "group";
  const label = (d: string, id: string) => (id === TOTAL ? tr("check.total") : categoryLabel(kindOf(d), id, io.lang));
  for (const tab of results.tables) {
    const name = tab.dimensions.map((d) => variableLabel(d, io.lang)).join(" × ");
    io.out(
      tab.source
        ? tr("cli.results.found", {
            table: name,
            file: tab.source.file,
            sheet: tab.source.sheet,
            range: tab.source.range,
          })
        : tr("cli.results.missing", { table: name }),
    );
    for (const p of tab.problems) io.out(`- ${problemText(p.key, p.params as MessageParams, dims, io.lang)}`);
    for (const u of tab.unmatched) io.out(`- ${tr("cli.results.unmatched", { cell: u.cell, label: u.label })}`);
    for (const l of tab.linkage.filter((x) => (x.notLinked ?? 0) > 0))
      io.out(
        `- ${tr("cli.results.notLinked", {
          group: Object.entries(l.group)
            .map(([d, id]) => label(d, id))
            .join(" × "),
          n: l.notLinked!,
          ours: l.ours,
        })}`,
      );
    if (tab.suppression) io.out(`- ${tr("cli.results.suppression", tab.suppression)}`);
  }
  for (const u of results.unread) io.out(tr("cli.results.unread", { ...u.source }));
  for (const c of results.comparison ?? [])
    io.out(
      tr("cli.results.comparison", {
        category: label(c.dimension, c.category),
        share: c.staff.value === null ? "—" : percent(io.lang, c.staff.value),
        lo: percent(io.lang, c.staff.lo),
        hi: percent(io.lang, c.staff.hi),
        reference: percent(io.lang, c.reference),
        index: c.index === null ? "—" : (Math.round(c.index * 100) / 100).toString(),
        expected: Math.round(c.expected),
        verdict: tr(
          c.flag === "below" ? "results.flag.below" : c.flag === "above" ? "results.flag.above" : "results.flag.none",
        ),
      }),
    );
}
