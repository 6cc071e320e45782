import { useEffect, useRef, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { cellText, type CellValue } from "../core";
import { columnLetters } from "../workbook/port";

const ROW_HEIGHT = 24;
const OVERSCAN = 10;
const MAX_COLUMNS = 30;

const useStyles = makeStyles({
  scroller: {
    // Fills what its container gives it (the page's preview column), never less than a few rows.
    height: "100%",
    minHeight: "240px",
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
  // Row numbers stay in view while the grid scrolls sideways, as in a spreadsheet.
  rowHead: {
    width: "56px",
    textAlign: "right",
    backgroundColor: tokens.colorNeutralBackground3,
    position: "sticky",
    left: 0,
    zIndex: 1,
  },
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
  // Rows are drawn for the height actually on screen, which follows the window.
  const scroller = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(320);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || 320));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const columns = Math.min(
    MAX_COLUMNS,
    rows.reduce((m, r) => Math.max(m, r?.length ?? 0), 0),
  );
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  // Date cells as Belgians write them (day first); the rest as text.
  const show = (v: unknown) =>
    v instanceof Date
      ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`
      : cellText(v as CellValue);
  return (
    <div
      ref={scroller}
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
