import { useCallback, useMemo, useRef, useState } from "react";
import { Body1, Caption1, FluentProvider, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { userMessage, type Lang, type UserMessage } from "../core";
import { App } from "../taskpane/App";
import { LanguageSwitch } from "../taskpane/components/LanguageSwitch";
import { translator } from "../taskpane/i18n";
import { loadPageData } from "../taskpane/pageData";
import { testIds } from "../taskpane/testIds";
import type { FileWorkbook } from "../workbook/exceljs/fileWorkbook";
import { HEAD_BYTES, kindOfBytes, unreadableKey } from "../workbook/fileKind";
import type { WorkbookPort } from "../workbook/port";
import { FilePicker } from "./FilePicker";
import { SheetPreview } from "./SheetPreview";

const useStyles = makeStyles({
  language: { maxWidth: "240px" },
  start: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(320px, 420px)",
    gap: tokens.spacingHorizontalL,
    padding: `0 ${tokens.spacingHorizontalM}`,
  },
  // The file and its preview stay in view while the pane beside them scrolls.
  preview: {
    position: "sticky",
    top: 0,
    height: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} 0`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/**
 * ExcelJS runs in a worker, started when the first file is opened: the page starts without it, and
 * parsing or writing a large file never blocks the pane.
 */
/** The file door, with what reading a file needs: product sheets are known by their names in every language. */
const loadDoor = () => loadPageData().then(() => import(/* webpackChunkName: "xlsx-client" */ "./xlsxClient"));

interface Opened {
  name: string;
  workbook: FileWorkbook;
  preview: unknown[][];
  sheet: string;
}

/**
 * The same pane outside Excel: open an .xlsx (picker or drop), preview it, run the four steps on the
 * ExcelJS door in this browser, and download the result. The file never leaves the computer.
 */
export function StandaloneApp({ initialLang, today }: { initialLang: Lang; today: string }) {
  const styles = useStyles();
  // The pane's language switch sets the whole page's language.
  const [lang, setLang] = useState(initialLang);
  const { tr } = translator(lang);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Bumped after every write, so the preview shows the recoded columns as they arrive.
  const [version, setVersion] = useState(0);
  const [saving, setSaving] = useState(false);
  /**
   * A download sends the workbook to the worker in slices, over several turns: writes wait until it
   * is all sent, so the file never mixes rows from before and after a change.
   */
  const writesAfter = useRef<Promise<unknown>>(Promise.resolve());
  const port = useMemo<WorkbookPort | null>(() => {
    if (!opened) return null;
    const book = opened.workbook;
    const write = <T,>(work: () => Promise<T>): Promise<T> => writesAfter.current.then(work);
    return {
      locateData: (o) => book.locateData(o),
      readTop: (source, rows) => book.readTop(source, rows),
      readTable: (source, header, columns, o) => book.readTable(source, header, columns, o),
      writeColumns: (source, header, columns, o) =>
        write(async () => {
          const placed = await book.writeColumns(source, header, columns, o);
          setVersion((v) => v + 1);
          return placed;
        }),
      markCells: (sheet, cells, style) =>
        write(async () => {
          await book.markCells(sheet, cells, style);
          setVersion((v) => v + 1);
        }),
      writeSheet: (layout) =>
        write(async () => {
          const name = await book.writeSheet(layout);
          setVersion((v) => v + 1);
          return name;
        }),
      readCells: (sheet, cells) => book.readCells(sheet, cells),
      loadSettings: () => book.loadSettings(),
      saveSettings: (value) => write(() => book.saveSettings(value)),
    };
  }, [opened]);

  const open = useCallback(
    async (file: File) => {
      setError(null);
      const bytes = await file.arrayBuffer();
      // Named for what it is (an .xls, a locked workbook, an .ods, a CSV) before an engine half-reads it.
      const kind = kindOfBytes(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, HEAD_BYTES)), file.name);
      if (kind !== "xlsx") {
        setError(
          kind === "unknown"
            ? tr("standalone.notXlsx", { name: file.name })
            : tr(unreadableKey(kind), { file: file.name }),
        );
        return;
      }
      setLoading(true);
      try {
        const { openInWorker } = await loadDoor();
        const workbook = await openInWorker(bytes);
        const sheet = (await workbook.locateData()).sheet;
        const data = workbook.workbook.sheets.find((s) => s.name === sheet)!;
        setOpened({ name: file.name, workbook, sheet, preview: data.values });
      } catch (e) {
        // A refusal says which limit and what to do; anything else is a damaged file (the engine's
        // own words stay in the console, on this computer).
        const refusal = (e as { refusal?: UserMessage }).refusal ?? userMessage(e, file.name);
        if (!refusal) console.warn("Diversity Request: the file could not be read", e);
        setError(
          refusal
            ? tr(refusal.key, { ...refusal.params, file: file.name, subject: refusal.params.subject || file.name })
            : tr("cli.error.damaged", { file: file.name }),
        );
      } finally {
        setLoading(false);
      }
    },
    [tr],
  );

  /** Save a workbook (the whole one, or the copy to send) in the worker and hand it to the browser. */
  const download = useCallback(
    async (which: "whole" | "copy" = "whole") => {
      if (!opened || saving) return;
      let bytes: ArrayBuffer;
      setSaving(true);
      let sent: () => void = () => undefined;
      writesAfter.current = new Promise<void>((resolve) => (sent = resolve));
      try {
        const { saveInWorker } = await loadDoor();
        bytes = await saveInWorker(which === "copy" ? opened.workbook.sendCopy() : opened.workbook, sent);
      } catch (e) {
        setError(tr("cli.error.write", { file: opened.name, detail: (e as Error).message }));
        return;
      } finally {
        sent();
        setSaving(false);
      }
      const url = URL.createObjectURL(
        new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
      );
      const a = document.createElement("a");
      a.href = url;
      const suffix = tr(which === "copy" ? "standalone.copySuffix" : "standalone.fileSuffix");
      a.download = `${opened.name.replace(/\.xlsx$/i, "")}-${suffix}.xlsx`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    [opened, saving, tr],
  );

  const picker = (
    <FilePicker
      tr={tr}
      onOpen={(file) => void open(file)}
      loading={loading}
      error={error}
      opened={opened?.name ?? null}
      saving={saving}
      onDownload={() => void download()}
    />
  );

  if (!opened) {
    return (
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main className={styles.start}>
          <Title3 as="h1">{tr("app.title")}</Title3>
          <LanguageSwitch className={styles.language} lang={lang} onChange={setLang} />
          <Body1>{tr("app.tagline")}</Body1>
          {picker}
          <Caption1>{tr("app.privacy")}</Caption1>
        </main>
      </FluentProvider>
    );
  }

  return (
    <div className={styles.layout}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <section
          className={styles.preview}
          aria-label={tr("standalone.preview", { sheet: opened.sheet })}
          data-testid={testIds.preview}
        >
          {picker}
          <SheetPreview
            dataSheet={opened.sheet}
            rows={opened.preview}
            layouts={opened.workbook.pendingLayouts()}
            version={version}
            tr={tr}
          />
        </section>
      </FluentProvider>
      <App
        key={opened.name}
        host="standalone"
        autoDetect
        initialLang={lang}
        onLangChange={setLang}
        port={port!}
        today={today}
        onGoToSheet={() => void download()}
        goToLabel="request.download"
        onSendCopy={() => void download("copy")}
      />
    </div>
  );
}
