/**
 * Step 5's account of the answer, table by table: found (where) or missing, the points to check in
 * words, each label nothing matched with a drop-down to say which category it is (never guessed), and
 * the comparison with the reference. Success colours only when every table is found and clean.
 */
import {
  Caption1,
  Dropdown,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  comparisonSentence,
  foundSentence,
  labelIn,
  notLinkedSentences,
  problemSentence,
  tableName,
  variableLabel,
  type MessageParams,
  type RequestedDimension,
  type Results,
} from "../../core";
import { useTr } from "../i18n";
import { testIds } from "../testIds";

const useStyles = makeStyles({
  table: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  mapping: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function ResultsTables({
  results,
  dimensions,
  mapped,
  onMap,
}: {
  results: Results;
  dimensions: readonly RequestedDimension[];
  mapped: Readonly<Record<string, string>>;
  onMap: (label: string, id: string) => void;
}) {
  const styles = useStyles();
  const { tr, lang } = useTr();
  const label = labelIn(dimensions, lang);
  return (
    <div className={styles.table} data-testid={testIds.resultsTables}>
      {results.tables.map((tab) => {
        const name = tableName(tab.dimensions, lang);
        const clean =
          tab.found &&
          tab.problems.length === 0 &&
          tab.unmatched.length === 0 &&
          tab.linkage.every((l) => (l.notLinked ?? 0) === 0);
        const points = [
          ...tab.problems.map((p) => problemSentence(lang, p.key, p.params as MessageParams, dimensions)),
          ...notLinkedSentences(tab, dimensions, lang),
        ];
        const choices = tab.dimensions.flatMap((d) =>
          (dimensions.find((x) => x.name === d)?.categories ?? []).map((id) => ({
            value: id,
            text: `${variableLabel(d, lang)}: ${label(d, id)}`,
          })),
        );
        return (
          <MessageBar
            key={tab.dimensions.join("|")}
            intent={clean ? "success" : tab.found ? "warning" : "error"}
            data-testid={testIds.resultsTable(tab.dimensions.join("-"))}
          >
            <MessageBarBody>
              <Text weight="semibold">{name}</Text>
              <br />
              <Caption1>{foundSentence(tab, lang)}</Caption1>
              {points.length > 0 && (
                <ul className={styles.list}>
                  {points.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              )}
              {tab.unmatched.map((u) => (
                <div key={`${u.cell}-${u.label}`} className={styles.mapping}>
                  <Text>{tr("results.pane.unmatched", { cell: u.cell, label: u.label })}</Text>
                  <Dropdown
                    aria-label={tr("results.pane.mapTo", { label: u.label })}
                    placeholder={tr("results.pane.mapTo", { label: u.label })}
                    selectedOptions={mapped[u.label] ? [mapped[u.label]!] : []}
                    onOptionSelect={(_, data) => data.optionValue && onMap(u.label, data.optionValue)}
                    data-testid={testIds.resultsMap(u.label)}
                  >
                    {choices.map((c) => (
                      <Option key={c.value} value={c.value} text={c.text}>
                        {c.text}
                      </Option>
                    ))}
                  </Dropdown>
                </div>
              ))}
            </MessageBarBody>
          </MessageBar>
        );
      })}
      {results.comparison && results.comparison.length > 0 && (
        <MessageBar intent="info" data-testid={testIds.resultsComparison}>
          <MessageBarBody>
            <Text weight="semibold">
              {tr("results.comparison.title", { variable: variableLabel(results.comparison[0]!.dimension, lang) })}
            </Text>
            <ul className={styles.list}>
              {results.comparison.map((c) => (
                <li key={c.category}>{comparisonSentence(c, dimensions, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
