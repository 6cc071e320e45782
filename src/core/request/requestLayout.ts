import { formatDate, t, type Lang } from "../i18n";
import type { RequestDocument } from "./document";
import {
  LayoutBuilder,
  STYLES,
  splitForRows,
  textFingerprint,
  type AnswerCells,
  type SheetLayout,
  withMarker,
} from "./sheetLayout";

/** Four columns that fit A4 portrait at one page wide: a label column and a three-column answer area. */
const COLUMN_WIDTHS = [34, 22, 22, 22];
const ANSWER_SPAN = 3;

/**
 * Lay the request out as a sheet: numbered section headings, a label/answer grid, category tables with
 * borders, Yes/No cells for the ethics checklist, and the footer that names what it follows.
 */
export function layoutRequest(
  doc: RequestDocument,
  lang: Lang = doc.lang,
  /** What keeps the request a draft, in the sheet's language: a banner says so above everything else. */
  open: readonly string[] = [],
): SheetLayout {
  const b = new LayoutBuilder(COLUMN_WIDTHS);
  const all = COLUMN_WIDTHS.length;
  b.put(0, t(lang, "request.title"), "title", all);
  b.fitText(t(lang, "request.title"), b.width(0, all) - 10);
  b.next();
  if (open.length > 0) {
    // Green only when true: a sheet with answers missing or problems says DRAFT wherever it goes.
    const banner = [t(lang, "request.draftBanner", { n: open.length }), ...open.map((o) => `• ${o}`)].join("\n");
    b.put(0, banner, "banner", all);
    b.fitText(banner, b.width(0, all) - 6);
    b.next();
  }
  b.put(0, t(lang, "request.subtitle"), "subtitle", all);
  b.next(2);
  const yesNo = [t(lang, "request.yes"), t(lang, "request.no")];
  const answerCells: AnswerCells = {};

  for (const section of doc.sections) {
    b.put(0, `${section.number}. ${t(lang, section.title)}`, "sectionHeading", all);
    b.rowHeights[b.row] = 20;
    b.next();
    for (const field of section.fields) {
      const label = t(lang, field.label);
      if (field.kind === "table") {
        b.put(0, label, "label", all);
        b.fitText(label, b.width(0, all));
        b.next();
        const last = field.header.length - 1;
        const span = (i: number) => (i === last ? all - last : 1);
        field.header.forEach((h, i) => b.put(i, h, "tableHeader", span(i)));
        b.next();
        for (const row of field.rows) {
          // A long cell (every country of a group) goes over several rows: one list, readable and printable.
          const pieces = row.map((value, i) => splitForRows(value, b.width(i, span(i))));
          const height = Math.max(...pieces.map((p) => p.length));
          for (let r = 0; r < height; r++) {
            row.forEach((_, i) => {
              const value = pieces[i]![r] ?? "";
              const numeric = r === 0 && /^\d+$/.test(value);
              b.put(i, numeric ? Number(value) : value, numeric ? "tableNumber" : "tableCell", span(i));
              b.fitText(value, b.width(i, span(i)));
            });
            b.next();
          }
        }
        continue;
      }
      if (field.kind === "yesNo") {
        b.put(0, label, "label", all - 1);
        b.fitText(label, b.width(0, all - 1));
        b.put(all - 1, field.value === null ? "" : yesNo[field.value ? 0 : 1]!, "yesNo");
        answerCells[field.id] = { row: b.row, col: all - 1, kind: "yesNo" };
        b.validations.push({ row: b.row, col: all - 1, list: yesNo });
        b.next();
        continue;
      }
      if (field.kind === "filled" && splitForRows(field.value, b.width(1, ANSWER_SPAN)).length > 1) {
        // A long list the product fills in (cells flagged, tables) continues on the rows below.
        splitForRows(field.value, b.width(1, ANSWER_SPAN)).forEach((piece, i) => {
          b.put(0, i === 0 ? label : "", "label");
          b.put(1, piece, "filled", ANSWER_SPAN);
          if (i === 0) b.fitText(label, b.width(0));
          b.fitText(piece, b.width(1, ANSWER_SPAN));
          b.next();
        });
        continue;
      }
      const missing = field.kind === "answer" && field.value.trim() === "";
      b.put(0, label, "label");
      b.put(1, field.value, field.kind === "filled" ? "filled" : missing ? "answerMissing" : "answer", ANSWER_SPAN);
      if (field.kind === "answer")
        answerCells[field.id] = {
          row: b.row,
          col: 1,
          kind: field.date ? "date" : "text",
          ...(field.drafted ? { drafted: textFingerprint(field.value.trim()) } : {}),
        };
      b.fitText(label, b.width(0));
      b.fitText(field.value, b.width(1, ANSWER_SPAN));
      if (field.kind === "answer" && field.multiline && missing)
        b.rowHeights[b.row] = Math.max(b.rowHeights[b.row] ?? 0, 45);
      if (field.id === "signature") b.rowHeights[b.row] = 60;
      b.next();
    }
    b.next();
  }

  const footer = t(lang, "request.footer");
  b.put(0, footer, "footer", all);
  b.fitText(footer, b.width(0, all) - 8);
  b.next();
  const generated = t(lang, "request.generated", { date: formatDate(lang, doc.generatedOn) });
  b.put(0, generated, "footer", all);
  b.fitText(generated, b.width(0, all) - 8);

  return withMarker({
    kind: "request",
    name: t(lang, "sheet.request"),
    answerCells,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: b.rowHeights,
    cells: b.cells,
    merges: b.merges,
    validations: b.validations,
    styles: STYLES,
    print: { paper: "A4", orientation: "portrait", fitToWidth: 1, titleRows: { from: 0, to: 0 } },
    tabColor: "0F6CBD",
  });
}
