/**
 * The small-cell check in step 3: the tables requested, the threshold, the result per table with the
 * audit's verdict, and suggestions that apply with one click and show their effect at once.
 */
import { Button, Field, MessageBar, MessageBarBody, SpinButton, Subtitle2, Text } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useState } from "react";
import {
  OWN_ROLES,
  describeLevel,
  exposedCells,
  kszOnlyTables,
  fullGroupTexts,
  mergeTexts,
  unconfirmedCells,
  requestedTables,
  type CheckOutcome,
  type JobSettings,
  type OwnRole,
  type Suggestion,
  t,
  variableLabel,
} from "../../core";
import { ActionButton } from "../components/ActionButton";
import { ChoiceDropdown } from "../components/ChoiceDropdown";
import { useTr } from "../i18n";
import { testIds } from "../testIds";
import type { PaneApi } from "../usePane";
import { useStepStyles } from "./stepStyles";

const VARIABLES = ["sex", "ageBand", "originGroup", ...OWN_ROLES] as const;

/** The settings a suggestion stands for: a scheme per ladder, a merge size per own variable. */
function suggestionPatch(s: Suggestion, settings: JobSettings): Partial<JobSettings> {
  const patch: Partial<JobSettings> = { groupings: { ...settings.groupings } };
  for (const [dim, ref] of Object.entries(s.levels)) {
    if (ref.kind === "ageScheme") patch.ageScheme = ref.id;
    if (ref.kind === "originScheme") patch.originScheme = ref.id as JobSettings["originScheme"];
    if (ref.kind === "mergeUnder" && (OWN_ROLES as readonly string[]).includes(dim)) {
      patch.groupings![dim as OwnRole] = { ...(settings.groupings[dim as OwnRole] ?? {}), mergeUnder: ref.persons };
    }
  }
  return patch;
}

/** Full-group findings listed per table in the pane; the rest are on the check sheet. */
const PANE_FINDINGS = 3;

export function SmallCellCheck({ pane }: { pane: PaneApi }) {
  const { tr, lang } = useTr();
  const styles = useStepStyles();
  const { settings, checked } = pane;
  const available = new Set<string>(
    VARIABLES.filter((v) =>
      v in settings.ksz ? settings.ksz[v as keyof JobSettings["ksz"]] : settings.own.includes(v as OwnRole),
    ),
  );
  const tables = requestedTables(settings, available);
  const [first, setFirst] = useState<string>("originGroup");
  const [second, setSecond] = useState<string>("department");
  // Variables in the pane's language, whatever the sheet's: the request names them the same way.
  const name = (v: string) => variableLabel(v, lang);
  const tableName = (dims: readonly string[]) => dims.map(name).join(" × ");

  return (
    <section className={styles.stack} aria-label={tr("describe.check")}>
      <Subtitle2 as="h3">{tr("describe.check")}</Subtitle2>
      <Text weight="semibold">{tr("describe.tables")}</Text>
      <ul className={styles.list}>
        {tables.map((dims) => (
          <li key={dims.join("|")}>
            {tableName(dims)}{" "}
            <Button
              size="small"
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={tr("describe.removeTable", { table: tableName(dims) })}
              onClick={() => pane.update({ tables: tables.filter((x) => x !== dims) })}
            />
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        {(
          [
            ["describe.tableFirst", first, setFirst],
            ["describe.tableSecond", second, setSecond],
          ] as const
        ).map(([label, value, set]) => (
          <Field key={label} label={tr(label)}>
            <ChoiceDropdown
              choices={VARIABLES.filter((v) => available.has(v)).map((v) => ({ value: v, text: name(v) }))}
              value={value}
              onChange={set}
            />
          </Field>
        ))}
        <ActionButton
          icon={<AddRegular />}
          blocker={first === second ? { key: "why.sameVariable" } : null}
          onClick={() => pane.update({ tables: [...tables, [first, second]] })}
          testId={testIds.addTable}
        >
          {tr("describe.addTable")}
        </ActionButton>
      </div>
      <Field label={tr("describe.threshold")}>
        <SpinButton
          min={2}
          max={100}
          value={settings.threshold}
          onChange={(_, data) => {
            const n = data.value ?? Number(data.displayValue);
            if (Number.isInteger(n) && n >= 2 && n <= 100) pane.update({ threshold: n });
          }}
        />
      </Field>
      <ActionButton
        appearance="primary"
        onClick={() => void pane.check()}
        blocker={pane.why("check") ?? (tables.length === 0 ? { key: "why.noTables" } : null)}
        testId={testIds.runCheck}
      >
        {tr("describe.runCheck")}
      </ActionButton>
      {checked && <CheckResults pane={pane} checked={checked} tableName={tableName} name={name} />}
    </section>
  );
}

/**
 * The audit's verdict on the tables it could audit. Green only when it is true: no small cell at all,
 * every table audited, none left to the KSZ (those are said apart, in a warning of their own).
 */
function AuditVerdict({ report }: { report: CheckOutcome["report"] }) {
  const { tr, num } = useTr();
  const exposed = exposedCells(report);
  const unconfirmed = unconfirmedCells(report);
  const small = report.tables.reduce((n, tab) => n + tab.smallCells, 0);
  const hidden = report.tables.reduce((n, tab) => n + tab.smallCells + tab.secondaryCells, 0);
  const bar = (intent: "error" | "warning" | "info" | "success", text: string, testId = true) => (
    <MessageBar intent={intent} {...(testId ? { "data-testid": testIds.auditVerdict } : {})}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
  if (exposed === null) return bar("warning", tr("describe.audit.none"), false);
  if (exposed > 0) return bar("error", tr("describe.audit.failed", { n: num(exposed) }));
  if (unconfirmed > 0) return bar("warning", tr("describe.audit.unconfirmed", { n: num(unconfirmed) }));
  if (report.tables.length === 0) return null;
  if (small === 0 && kszOnlyTables(report) === 0) return bar("success", tr("describe.allSafe"));
  if (small === 0) return bar("info", tr("describe.audit.passed"));
  return bar("info", `${tr("describe.audit.passed")} ${tr("describe.protected", { hidden: num(hidden) })}`);
}

function CheckResults({
  pane,
  checked,
  tableName,
  name,
}: {
  pane: PaneApi;
  checked: CheckOutcome;
  tableName: (dims: readonly string[]) => string;
  name: (v: string) => string;
}) {
  const { tr, num, lang } = useTr();
  const styles = useStepStyles();
  const { report } = checked;
  const leftToKsz = kszOnlyTables(report);
  const small = report.tables.reduce((n, tab) => n + tab.smallCells, 0);
  const hidden = report.tables.reduce((n, tab) => n + tab.smallCells + tab.secondaryCells, 0);
  const suggestions = report.suggestions.suggestions;
  return (
    <div className={styles.stack} data-testid={testIds.checkResults}>
      <ul className={styles.list}>
        {report.tables.map((tab) => (
          <li key={tab.dimensions.join("|")}>
            {tr("describe.checkResult", {
              table: tableName(tab.dimensions),
              small: num(tab.smallCells),
              secondary: num(tab.secondaryCells),
              persons: num(tab.hiddenPersons),
            })}
            {/* A whole group sharing one value tells something of each member: shown here, not only on the sheet. */}
            {fullGroupTexts(tab, checked.labels, lang)
              .slice(0, PANE_FINDINGS)
              .map((text) => (
                <Text block size={200} key={text} data-testid={testIds.fullGroup}>
                  {text}
                </Text>
              ))}
            {tab.warnings.length > PANE_FINDINGS && (
              <Text block size={200}>
                {tr("describe.moreFindings", {
                  n: num(tab.warnings.length - PANE_FINDINGS),
                  sheet: t(pane.settings.sheetLang, "sheet.check"),
                })}
              </Text>
            )}
            {tab.unplaced > 0 && (
              <Text block size={200}>
                {tr("describe.unplaced", { table: tableName(tab.dimensions), n: num(tab.unplaced) })}
              </Text>
            )}
          </li>
        ))}
        {report.predictions.map((p) => (
          <li key={p.dimensions.join("|")}>
            {tr("describe.predicted", {
              table: tableName(p.dimensions),
              count: num(p.likelySmall),
              variables: p.predicted.map(name).join(", "),
            })}
          </li>
        ))}
      </ul>
      {hidden > 0 && <Text size={200}>{tr("describe.explain.suppressed")}</Text>}
      <AuditVerdict report={report} />
      {/* Tables only the KSZ can fill in are never called safe: the KSZ must protect them. */}
      {leftToKsz > 0 && (
        <MessageBar intent="warning" data-testid={testIds.leftToKsz}>
          <MessageBarBody>{tr("check.audit.kszOnly", { n: leftToKsz })}</MessageBarBody>
        </MessageBar>
      )}
      {small > 0 && (
        <>
          <Text>{tr("describe.checkSheet", { sheet: t(pane.settings.sheetLang, "sheet.check") })}</Text>
          <Subtitle2 as="h4">{tr("describe.suggestions")}</Subtitle2>
          {suggestions.length === 0 ? (
            <Text>{tr("describe.noSuggestion")}</Text>
          ) : (
            <Text size={200}>{tr("describe.explain.loss")}</Text>
          )}
          {suggestions.map((s, i) => {
            // Which groups become one, with their persons: seen before the suggestion is applied.
            const merges = new Map(mergeTexts(s, checked.labels, lang).map((m) => [m.dimension, m.merges]));
            return (
              <div key={i} className={styles.card} data-testid={testIds.suggestion(i)}>
                <ul className={styles.list}>
                  {Object.entries(s.levels)
                    .filter(([, ref]) => ref.kind !== "asRequested")
                    .map(([dim, ref]) => (
                      <li key={dim}>
                        {tr("format.labelValue", {
                          label: variableLabel(dim, lang),
                          value: describeLevel(ref, lang),
                        })}
                        {merges.get(dim) && (
                          <ul className={styles.list}>
                            {merges.get(dim)!.map((text) => (
                              <li key={text} data-testid={testIds.merge}>
                                <Text size={200}>{text}</Text>
                              </li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                </ul>
                <Text block>{tr("describe.suggestion", { loss: Math.round(s.loss * 100) })}</Text>
                {s.smallCellsInUnknown > 0 && (
                  <Text block>{tr("describe.suggestion.unknown", { n: s.smallCellsInUnknown })}</Text>
                )}
                <ActionButton
                  blocker={pane.why("apply")}
                  onClick={() => void pane.applySuggestion(suggestionPatch(s, pane.settings))}
                  testId={testIds.apply(i)}
                >
                  {tr("describe.apply")}
                </ActionButton>
              </div>
            );
          })}
        </>
      )}
    </div>
  );
}
