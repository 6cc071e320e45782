import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { COLUMN_ROLES, OWN_ROLES, referenceNoteText, type ColumnRole, type MessageKey } from "../../core";
import { ActionButton } from "../components/ActionButton";
import { ChoiceDropdown } from "../components/ChoiceDropdown";
import { useTr } from "../i18n";
import { testIds } from "../testIds";
import type { PaneApi } from "../usePane";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  roles: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
});

/** Step 1: which data, which columns mean what, which reference date, which variables. */
export function DecideStep({ pane }: { pane: PaneApi }) {
  const { tr, num, lang } = useTr();
  const styles = useStyles();
  const { detected, settings } = pane;
  const headerRow = detected ? detected.source.firstRow + detected.headerRow + 1 : 0;
  const rows = detected ? detected.source.rowCount - detected.headerRow - 1 : 0;
  const note = pane.referenceNote;
  const referenceHint = note ? referenceNoteText(note, lang) : undefined;

  const roleChoices = COLUMN_ROLES.map((r) => ({ value: r, text: tr(`role.${r}` as MessageKey) }));
  const setRole = (header: string, role: ColumnRole) => {
    const roles = Object.fromEntries(Object.entries(settings.roles).filter(([r, h]) => h !== header && r !== role));
    if (role !== "other") roles[role] = header;
    pane.update({ roles });
  };

  return (
    <div className={styles.stack}>
      <section className={styles.stack} aria-label={tr("decide.source")}>
        <Subtitle2 as="h3">{tr("decide.source")}</Subtitle2>
        <Text data-testid={testIds.source}>
          {!detected
            ? tr("decide.source.none")
            : detected.source.kind === "table"
              ? tr("decide.source.table", {
                  name: detected.source.table ?? "",
                  sheet: detected.source.sheet,
                  rows: num(rows),
                  header: headerRow,
                })
              : tr("decide.source.range", { address: detected.source.address, rows: num(rows), header: headerRow })}
        </Text>
        <ActionButton
          icon={<ArrowSyncRegular />}
          onClick={() => void pane.detectData()}
          blocker={pane.why("detect")}
          testId={testIds.detect}
        >
          {tr(pane.host === "excel" ? "decide.detect" : "decide.detectFile")}
        </ActionButton>
        {pane.activeElsewhere && (
          // Another sheet is taken only when the analyst says so: a click on "Budget" never
          // rebuilds the request from Budget.
          <MessageBar intent="info" data-testid={testIds.otherSheet}>
            <MessageBarBody>
              {detected && tr("decide.otherSheet", { data: detected.source.sheet, active: pane.activeElsewhere })}
              <div>
                <Button
                  appearance="secondary"
                  disabled={pane.busy !== null}
                  onClick={() => void pane.detectData(true)}
                  data-testid={testIds.takeActive}
                >
                  {tr("decide.takeActive", { active: pane.activeElsewhere })}
                </Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      {detected && (
        <section className={styles.stack} aria-label={tr("decide.roles")}>
          <Subtitle2 as="h3">{tr("decide.roles")}</Subtitle2>
          <div className={styles.roles}>
            {detected.guess.columns
              .filter((c) => c.header !== "")
              .map((c) => {
                const role = (Object.entries(detected.roles).find(([, i]) => i === c.index)?.[0] ??
                  "other") as ColumnRole;
                const chosen =
                  (Object.entries(settings.roles).find(([, h]) => h === c.header)?.[0] as ColumnRole | undefined) ??
                  role;
                return (
                  <Field
                    key={c.index}
                    label={c.header}
                    hint={
                      chosen === role && c.confidence > 0
                        ? tr("decide.confidence", { n: Math.round(c.confidence * 100) })
                        : undefined
                    }
                  >
                    <ChoiceDropdown
                      aria-label={tr("decide.role.for", { header: c.header })}
                      choices={roleChoices}
                      value={chosen}
                      onChange={(next) => setRole(c.header, next)}
                    />
                  </Field>
                );
              })}
          </div>
          {detected.roles.birthDate === undefined && detected.roles.age === undefined && (
            // Said plainly, instead of a guess: no age bands are counted until a column is mapped.
            <MessageBar intent="info" data-testid={testIds.noBirthDate}>
              <MessageBarBody>{tr("decide.noBirthDate")}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}

      <Field label={tr("decide.referenceDate")} hint={referenceHint}>
        <Input
          type="date"
          value={settings.referenceDate}
          onChange={(_, data) => data.value && pane.update({ referenceDate: data.value })}
        />
      </Field>

      <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Subtitle2>{tr("decide.ksz")}</Subtitle2>
        </legend>
        {(["sex", "ageBand", "originGroup"] as const).map((k) => (
          <Checkbox
            key={k}
            label={tr(`variable.${k}`)}
            checked={settings.ksz[k]}
            onChange={(_, data) => pane.update({ ksz: { ...settings.ksz, [k]: data.checked === true } })}
          />
        ))}
      </fieldset>

      <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Subtitle2>{tr("decide.own")}</Subtitle2>
        </legend>
        {OWN_ROLES.map((role) => (
          <Checkbox
            key={role}
            label={tr(`role.${role}`)}
            checked={settings.own.includes(role)}
            onChange={(_, data) =>
              pane.update({
                own: data.checked === true ? [...settings.own, role] : settings.own.filter((r) => r !== role),
                tables: null,
              })
            }
          />
        ))}
      </fieldset>
    </div>
  );
}
