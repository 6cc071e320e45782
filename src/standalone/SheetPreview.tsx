/**
 * The preview beside the pane: a tab per sheet the page will save, the staff data as a grid and each
 * sheet the product wrote (check, request, linkage) as it will print, updated after every step. A
 * sheet that appears is shown at once, since the pane's message refers to it ("red on the check sheet").
 */
import { makeStyles, Subtitle2, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { SheetLayout } from "../core";
import type { Translator } from "../taskpane/i18n";
import { testIds } from "../taskpane/testIds";
import { LayoutPreview } from "./LayoutPreview";
import { PreviewGrid } from "./PreviewGrid";

const KIND_ORDER: Record<SheetLayout["kind"], number> = { check: 0, request: 1, tables: 2, linkage: 3, results: 4 };
/** Of the sheets one step wrote, the one to show. */
const SHOW_FIRST: Record<SheetLayout["kind"], number> = { request: 0, check: 1, tables: 2, linkage: 3, results: 4 };

const useStyles = makeStyles({
  body: { flexGrow: 1, minHeight: 0, overflow: "auto", padding: tokens.spacingVerticalS },
  grid: { height: "100%" },
});

export function SheetPreview({
  dataSheet,
  rows,
  layouts,
  version,
  tr,
}: {
  dataSheet: string;
  rows: readonly (readonly unknown[])[];
  /** The sheets the product wrote in this session. */
  layouts: readonly SheetLayout[];
  /** Changes after every write. */
  version: number;
  tr: Translator["tr"];
}) {
  const styles = useStyles();
  const sorted = [...layouts].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const [selected, setSelected] = useState(dataSheet);
  // A sheet written since the last render is the one the pane now talks about: show it.
  const seen = useRef(new Map<string, SheetLayout>());
  useEffect(() => {
    // Generate rewrites the check sheet too: the request is then the one to show.
    const fresh = [...sorted]
      .filter((l) => seen.current.get(l.kind) !== l)
      .sort((a, b) => SHOW_FIRST[a.kind] - SHOW_FIRST[b.kind])[0];
    for (const l of sorted) seen.current.set(l.kind, l);
    if (fresh) setSelected(fresh.name);
    // `version` marks a write; the layouts are read again from the workbook then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
  const shown = sorted.find((l) => l.name === selected);
  const label = tr("standalone.preview", { sheet: shown?.name ?? dataSheet });
  return (
    <>
      <Subtitle2 as="h2">{label}</Subtitle2>
      <TabList
        size="small"
        selectedValue={shown ? shown.name : dataSheet}
        onTabSelect={(_, data) => setSelected(String(data.value))}
        aria-label={tr("standalone.sheets")}
        data-testid={testIds.sheetTabs}
      >
        <Tab value={dataSheet} data-testid={testIds.sheetTab("data")}>
          {dataSheet}
        </Tab>
        {sorted.map((l) => (
          <Tab key={l.name} value={l.name} data-testid={testIds.sheetTab(l.kind)}>
            {l.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.body} data-testid={testIds.sheetView}>
        {shown ? (
          <LayoutPreview layout={shown} label={label} />
        ) : (
          <div className={styles.grid}>
            <PreviewGrid rows={rows} version={version} label={label} />
          </div>
        )}
      </div>
    </>
  );
}
