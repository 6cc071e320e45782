import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PURPOSE_PRESETS, choicesFor, draftProportionality, type YesNoAnswerKey } from "../../core";
import { useTr } from "../i18n";
import { roleHeader } from "../work/paneStatus";
import type { PaneApi } from "../usePane";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

const ETHICS: YesNoAnswerKey[] = ["staffInformed", "representativesConsulted", "legitimatePurpose", "structuralPolicy"];

/** Step 2: purpose, the diversity plan, proportionality (drafted, editable), and the ethics checklist. */
export function MotivateStep({ pane }: { pane: PaneApi }) {
  const { tr } = useTr();
  const styles = useStyles();
  const { settings } = pane;
  const answers = settings.answers;
  const preset = answers.purposePreset ?? "free";

  // The same choices the request will state (core's choicesFor), in the sheet's language.
  const draft = () =>
    draftProportionality(
      choicesFor(settings, {
        staffCount: pane.table?.rowCount ?? 0,
        ownVariables: (pane.recoded ? settings.own : [])
          .filter((role) => pane.recoded?.variables[role])
          .map((role) => ({
            name: role,
            header: roleHeader(pane.detected, role),
            groups: pane.recoded!.variables[role]!.column.categories.map((id) => ({ id, label: id, persons: 0 })),
          })),
        tables: [],
        check: null,
        linkage: false,
        today: "",
      }),
      settings.sheetLang,
    );

  return (
    <div className={styles.stack}>
      <Field label={tr("motivate.purpose")}>
        <RadioGroup
          value={preset}
          onChange={(_, data) =>
            pane.updateAnswers(
              data.value === "free"
                ? { purposePreset: undefined }
                : { purposePreset: data.value as (typeof PURPOSE_PRESETS)[number], purpose: undefined },
            )
          }
        >
          {PURPOSE_PRESETS.map((p) => (
            <Radio key={p} value={p} label={tr(`purpose.label.${p}`)} />
          ))}
          <Radio value="free" label={tr("motivate.preset.free")} />
        </RadioGroup>
      </Field>
      <Field label={tr("field.purpose")}>
        <Textarea
          resize="vertical"
          value={answers.purpose ?? (answers.purposePreset ? tr(`purpose.${answers.purposePreset}`) : "")}
          onChange={(_, data) => pane.updateAnswers({ purpose: data.value, purposePreset: undefined })}
        />
      </Field>
      <Field label={tr("field.actionPoint")}>
        <Input
          value={answers.actionPoint ?? ""}
          onChange={(_, data) => pane.updateAnswers({ actionPoint: data.value })}
        />
      </Field>
      <Field label={tr("field.diversityPlan")}>
        <Input
          value={answers.diversityPlan ?? ""}
          onChange={(_, data) => pane.updateAnswers({ diversityPlan: data.value })}
        />
      </Field>
      <Field label={tr("field.proportionality")}>
        <Textarea
          resize="vertical"
          rows={6}
          value={answers.proportionality ?? draft()}
          onChange={(_, data) => pane.updateAnswers({ proportionality: data.value })}
        />
      </Field>
      <Button onClick={() => pane.updateAnswers({ proportionality: undefined })}>{tr("motivate.redraft")}</Button>

      <fieldset style={{ border: "none", padding: 0, margin: 0 }} className={styles.stack}>
        <legend>
          <Subtitle2>{tr("motivate.ethics")}</Subtitle2>
        </legend>
        {ETHICS.map((key) => (
          <Field key={key} label={tr(`field.${key}`)}>
            <RadioGroup
              layout="horizontal"
              value={answers[key] === undefined ? "" : answers[key] ? "yes" : "no"}
              onChange={(_, data) => pane.updateAnswers({ [key]: data.value === "yes" })}
            >
              <Radio value="yes" label={tr("yes")} />
              <Radio value="no" label={tr("no")} />
            </RadioGroup>
          </Field>
        ))}
        <Field label={tr("field.ethicsNotes")}>
          <Textarea
            value={answers.ethicsNotes ?? ""}
            onChange={(_, data) => pane.updateAnswers({ ethicsNotes: data.value })}
          />
        </Field>
      </fieldset>
    </div>
  );
}
