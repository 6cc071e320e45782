import { useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { cellText, type CellValue } from "../core";
import { columnLetters } from "../workbook/port";

const ROW_HEIGHT = 24;
const OVERSCAN = 10;
const MAX_COLUMNS = 30;

const useStyles = makeStyles({
  scroller: {
    height: "320px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "relative",
    fontSize: tokens.fontSizeBase200,
  },
  row: { display: "flex", position: "absolute", left: 0, height: `${ROW_HEIGHT}px` },
  cell: {
    width: "120px",
    flexShrink: 0,
    padding: "2px 6px",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    boxSizing: "border-box",
  },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  rowHead: { width: "56px", textAlign: "right", backgroundColor: tokens.colorNeutralBackground3 },
});

/**
 * A virtualised preview of a sheet: only the rows in view (and a few around them) are in the DOM, so
 * a sheet of 100,000 rows scrolls as lightly as one of 100.
 */
export function PreviewGrid({
  rows,
  label,
}: {
  rows: readonly (readonly unknown[])[];
  label: string;
  /** Changes when the rows were written to. */ version?: number;
}) {
  const styles = useStyles();
  const [top, setTop] = useState(0);
  const columns = Math.min(
    MAX_COLUMNS,
    rows.reduce((m, r) => Math.max(m, r?.length ?? 0), 0),
  );
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + 320) / ROW_HEIGHT) + OVERSCAN);
  // Date cells as Belgians write them (day first); the rest as text.
  const show = (v: unknown) =>
    v instanceof Date
      ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`
      : cellText(v as CellValue);
  return (
    <div
      className={styles.scroller}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns + 1}
      tabIndex={0}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: (rows.length + 1) * ROW_HEIGHT, width: 56 + columns * 120 }}>
        <div className={styles.row} role="row" aria-rowindex={1} style={{ top: 0, position: "sticky", zIndex: 1 }}>
          <div className={`${styles.cell} ${styles.rowHead}`} role="columnheader" />
          {Array.from({ length: columns }, (_, c) => (
            <div key={c} className={`${styles.cell} ${styles.head}`} role="columnheader">
              {columnLetters(c)}
            </div>
          ))}
        </div>
        {Array.from({ length: Math.max(0, last - first) }, (_, i) => {
          const r = first + i;
          return (
            <div key={r} className={styles.row} role="row" aria-rowindex={r + 2} style={{ top: (r + 1) * ROW_HEIGHT }}>
              <div className={`${styles.cell} ${styles.rowHead}`} role="rowheader">
                {r + 1}
              </div>
              {Array.from({ length: columns }, (_, c) => (
                <div key={c} className={styles.cell} role="gridcell">
                  {show(rows[r]?.[c])}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
