/**
 * A sheet the product wrote (the check sheet, the request sheet), drawn as it will print: the same
 * cells, merges, column widths, row heights and colours the .xlsx gets, on a white page. The analyst
 * sees the red small cells and the request without downloading and opening Excel.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { CellStyle, SheetLayout } from "../core";

/** Excel's column width unit is about one character of the default font: ~7 px, plus padding. */
const PX_PER_CHAR = 7;
const CELL_PADDING = 5;
/** Points to CSS pixels (96 / 72). */
const PX_PER_POINT = 4 / 3;
const DEFAULT_ROW_POINTS = 15;

const useStyles = makeStyles({
  page: {
    backgroundColor: "#FFFFFF",
    color: "#000000",
    boxShadow: tokens.shadow8,
    padding: "24px",
    width: "fit-content",
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    fontSize: "11pt",
  },
  table: { borderCollapse: "collapse", tableLayout: "fixed" },
  cell: { padding: "1px 4px", overflow: "hidden", verticalAlign: "bottom", boxSizing: "border-box" },
});

function cssOf(style: CellStyle | undefined): CSSProperties {
  if (!style) return {};
  return {
    ...(style.bold ? { fontWeight: 700 } : {}),
    ...(style.italic ? { fontStyle: "italic" } : {}),
    ...(style.size ? { fontSize: `${style.size}pt` } : {}),
    ...(style.color ? { color: `#${style.color}` } : {}),
    ...(style.fill ? { backgroundColor: `#${style.fill}` } : {}),
    whiteSpace: style.wrap ? "pre-wrap" : "nowrap",
    ...(style.horizontal ? { textAlign: style.horizontal } : {}),
    ...(style.vertical ? { verticalAlign: style.vertical } : {}),
    ...(style.border ? { border: "1px solid #A19F9D" } : {}),
  };
}

export function LayoutPreview({ layout, label }: { layout: SheetLayout; label: string }) {
  const styles = useStyles();
  const hidden = new Set(layout.hiddenColumns ?? []);
  const rows = layout.cells.reduce((n, c) => Math.max(n, c.row + 1), 0);
  const columns = layout.columnWidths.length;
  const at = new Map(layout.cells.map((c) => [`${c.row},${c.col}`, c]));
  // Cells under a merge are drawn by the merge's first cell (colSpan, rowSpan).
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of layout.merges) {
    spans.set(`${m.row},${m.col}`, { rows: m.rows, cols: m.cols });
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const width = (c: number) => (layout.columnWidths[c] ?? 10) * PX_PER_CHAR + CELL_PADDING;
  return (
    <div className={styles.page} role="document" aria-label={label} data-sheet-kind={layout.kind}>
      <table className={styles.table} aria-label={label}>
        <colgroup>
          {Array.from({ length: columns }, (_, c) =>
            hidden.has(c) ? null : <col key={c} style={{ width: width(c) }} />,
          )}
        </colgroup>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r} style={{ height: (layout.rowHeights[r] ?? DEFAULT_ROW_POINTS) * PX_PER_POINT }}>
              {Array.from({ length: columns }, (_, c) => {
                const key = `${r},${c}`;
                if (hidden.has(c) || covered.has(key)) return null;
                const cell = at.get(key);
                const span = spans.get(key);
                const style = cell?.style ? layout.styles[cell.style] : undefined;
                return (
                  <td
                    key={c}
                    className={styles.cell}
                    colSpan={span && span.cols > 1 ? span.cols - countHidden(hidden, c, span.cols) : undefined}
                    rowSpan={span && span.rows > 1 ? span.rows : undefined}
                    style={cssOf(style)}
                    data-style={cell?.style}
                  >
                    {cell?.value ?? ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Hidden columns inside a merge do not count in its span. */
function countHidden(hidden: ReadonlySet<number>, from: number, cols: number): number {
  let n = 0;
  for (let c = from; c < from + cols; c++) if (hidden.has(c)) n++;
  return n;
}
