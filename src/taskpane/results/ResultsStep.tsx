/**
 * Step 5: the KSZ's answer read against this request. The analyst picks the answer's files (they are
 * read here, on this computer), maps any label the reader could not place, may paste a reference
 * population, and writes the results sheet: counts as published, suppressed cells as the range the
 * answer allows, shares with their 95 % interval. "All found" is said only when it is true.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUpRegular, TableRegular } from "@fluentui/react-icons";
import {
  layoutResults,
  parseReference,
  resultsBasis,
  resultsOf,
  type DeliverySheet,
  type MessageKey,
  type MessageParams,
  type Results,
} from "../../core";
import { addCatalogueParts } from "../../core/i18n";
import { resultsMessages } from "../../core/i18n/results";
import { loadSolver } from "../../solver/highs";
import { asAction, type WorkbookPort } from "../../workbook/port";
import { useTr } from "../i18n";
import { testIds } from "../testIds";
import type { PaneApi } from "../usePane";
import { readDeliveryFile } from "./deliveryReader";
import { ResultsTables } from "./ResultsTables";

// Step 5's messages travel with its code: the pane's start and the notice dialog never load them.
addCatalogueParts(resultsMessages);

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hidden: { display: "none" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  pane: PaneApi;
  port: WorkbookPort;
  onGoToSheet?: (sheet: string) => void;
  goToLabel?: MessageKey;
}

/** A picked file's bytes (FileReader where a browser's File has no arrayBuffer()). */
function bytesOf(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

export function ResultsStep({ pane, port, onGoToSheet, goToLabel }: Props) {
  const styles = useStyles();
  const { tr } = useTr();
  const input = useRef<HTMLInputElement>(null);
  const [sheets, setSheets] = useState<DeliverySheet[]>([]);
  const [fileErrors, setFileErrors] = useState<{ key: MessageKey; params: MessageParams }[]>([]);
  const [mapped, setMapped] = useState<Record<string, string>>({});
  const [referenceText, setReferenceText] = useState("");
  const [results, setResults] = useState<Results | null>(null);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const { settings, recoded, checked, table } = pane;
  const basis = useMemo(
    () => (recoded && checked && table ? resultsBasis(settings, recoded, checked, table.rowCount) : null),
    [settings, recoded, checked, table],
  );
  const reference = useMemo(
    () => (basis && referenceText.trim() !== "" ? parseReference(referenceText, basis.dimensions) : null),
    [basis, referenceText],
  );

  // Read again whenever the files, the mappings or the reference change: the answer is never guessed.
  useEffect(() => {
    if (!basis || sheets.length === 0) {
      setResults(null);
      return;
    }
    let live = true;
    setBusy(true);
    void loadSolver()
      .then((solver) =>
        resultsOf(sheets, basis, {
          threshold: settings.threshold,
          zerosAreSmall: settings.zerosAreSmall,
          mapped,
          reference: reference?.reference ?? null,
          solver,
        }),
      )
      .then((r) => live && (setResults(r), setFailed(null)))
      .catch((e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [basis, sheets, mapped, reference, settings.threshold, settings.zerosAreSmall]);

  if (!basis)
    return (
      <MessageBar intent="info" data-testid={testIds.resultsNeedsCheck}>
        <MessageBarBody>{tr("results.pane.needsCheck")}</MessageBarBody>
      </MessageBar>
    );

  const pick = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setWritten(null);
    const read: DeliverySheet[] = [];
    const errors: typeof fileErrors = [];
    for (const file of Array.from(files)) {
      const got = await readDeliveryFile(file.name, await bytesOf(file));
      if (got.ok) read.push(...got.sheets);
      else errors.push({ key: got.key, params: got.params });
    }
    setFileErrors(errors);
    setSheets(read);
    setBusy(false);
  };

  const write = async () => {
    if (!results) return;
    setBusy(true);
    try {
      const name = await asAction(port, settings.sheetLang, () =>
        port.writeSheet(layoutResults(results, basis.dimensions, settings.sheetLang)),
      );
      setWritten(name);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const found = results?.tables.filter((t) => t.found).length ?? 0;
  // Green only when true: a group with persons the KSZ could not link is a point to look at too.
  const points =
    results?.tables.reduce(
      (n, t) => n + t.problems.length + t.unmatched.length + t.linkage.filter((l) => (l.notLinked ?? 0) > 0).length,
      0,
    ) ?? 0;
  const complete = results !== null && found === results.tables.length && points === 0;
  const categoryIds = [...new Set(basis.dimensions.flatMap((d) => d.categories))].join(", ");

  return (
    <div className={styles.stack}>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,.csv,.txt,.gpg,.pgp,.asc"
        className={styles.hidden}
        data-testid={testIds.resultsFileInput}
        onChange={(e) => void pick(e.target.files)}
      />
      <Field hint={tr("results.pane.filesHint")}>
        <Button
          icon={<DocumentArrowUpRegular />}
          onClick={() => input.current?.click()}
          data-testid={testIds.resultsFiles}
        >
          {tr("results.pane.files")}
        </Button>
      </Field>
      {fileErrors.map((e, i) => (
        <MessageBar key={i} intent="error" data-testid={testIds.resultsFileError}>
          <MessageBarBody>{tr(e.key, e.params)}</MessageBarBody>
        </MessageBar>
      ))}
      <Field label={tr("results.pane.reference")} hint={tr("results.pane.referenceHint", { ids: categoryIds })}>
        <Textarea
          value={referenceText}
          onChange={(_, d) => setReferenceText(d.value)}
          data-testid={testIds.resultsReference}
        />
      </Field>
      {reference?.problems.map((p, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{tr(p.key, { ...p.params, file: tr("results.pane.referenceName") })}</MessageBarBody>
        </MessageBar>
      ))}
      {busy && <Spinner size="small" label={tr("results.pane.reading")} />}
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{tr("results.pane.failed", { detail: failed })}</MessageBarBody>
        </MessageBar>
      )}
      {results && (
        <>
          <MessageBar intent={complete ? "success" : "warning"} data-testid={testIds.resultsVerdict}>
            <MessageBarBody>
              {complete
                ? tr("results.pane.allFound", { n: results.tables.length })
                : tr("results.pane.notAll", { found, n: results.tables.length, points })}
            </MessageBarBody>
          </MessageBar>
          <ResultsTables
            results={results}
            dimensions={basis.dimensions}
            mapped={mapped}
            onMap={(label, id) => setMapped((m) => ({ ...m, [label]: id }))}
          />
          <Button
            appearance="primary"
            icon={<TableRegular />}
            onClick={() => void write()}
            disabled={busy}
            data-testid={testIds.resultsWrite}
          >
            {tr("results.pane.write")}
          </Button>
        </>
      )}
      {written && (
        <MessageBar intent="info" data-testid={testIds.resultsWritten}>
          <MessageBarBody>
            {tr("results.pane.written", { sheet: written })}{" "}
            {onGoToSheet && (
              <Button size="small" onClick={() => onGoToSheet(written)}>
                {tr(goToLabel ?? "request.goTo")}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
