import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular } from "@fluentui/react-icons";
import { LANGS, isPresetField, presetKey, type MessageKey, type TextAnswerKey } from "../../core";
import { ActionButton } from "../components/ActionButton";
import { ChoiceDropdown } from "../components/ChoiceDropdown";
import { PresetAnswer } from "../components/PresetAnswer";
import { StatusArea } from "../components/StatusArea";
import { useTr } from "../i18n";
import { testIds } from "../testIds";
import type { PaneApi } from "../usePane";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The answers the analyst types; where KSZ's expectation is not obvious, a worked example and a help line. */
const FIELDS: {
  key: TextAnswerKey;
  label: MessageKey;
  multiline?: boolean;
  type?: "email" | "tel" | "date";
  example?: MessageKey;
  hint?: MessageKey;
}[] = [
  { key: "institution", label: "field.institution" },
  { key: "kbo", label: "field.kbo" },
  { key: "address", label: "field.address", multiline: true },
  { key: "service", label: "field.service" },
  { key: "contactName", label: "field.contactName" },
  { key: "contactFunction", label: "field.contactFunction" },
  { key: "contactEmail", label: "field.contactEmail", type: "email" },
  { key: "contactPhone", label: "field.contactPhone", type: "tel" },
  { key: "signatoryName", label: "field.signatoryName" },
  { key: "signatoryFunction", label: "field.signatoryFunction" },
  { key: "statusTypes", label: "field.statusTypes", hint: "field.statusTypes.hint" },
  { key: "transmission", label: "field.transmission", multiline: true },
  { key: "channel", label: "field.channel", example: "field.channel.example", hint: "field.channel.hint" },
  {
    key: "encryptionKey",
    label: "field.encryptionKey",
    multiline: true,
    example: "field.encryptionKey.example",
    hint: "field.encryptionKey.hint",
  },
  { key: "retention", label: "field.retention", example: "field.retention.example", hint: "field.retention.hint" },
  { key: "place", label: "field.place" },
  { key: "signatureDate", label: "field.date", type: "date" },
];

/** Step 4: the analyst's answers, a completeness checklist, and the request sheet itself. */
export function RequestStep({
  pane,
  onGoToSheet,
  goToLabel,
  onSendCopy,
  host = "excel",
}: {
  pane: PaneApi;
  onGoToSheet?: (sheet: string) => void;
  goToLabel?: MessageKey;
  /** Where the face can make the copy to send (the standalone page): a file with the request only. */
  onSendCopy?: () => void;
  host?: "excel" | "standalone";
}) {
  const { tr } = useTr();
  const styles = useStyles();
  const { settings, missing, status } = pane;
  const blocker = pane.detected ? null : pane.why("generate");
  return (
    <div className={styles.stack}>
      <Subtitle2 as="h3">{tr("request.fields")}</Subtitle2>
      {FIELDS.filter((f) => f.key !== "transmission" || settings.linkage).map((f) => {
        const required = missing.some((m) => m.field === f.key);
        const props = {
          placeholder: f.example ? tr("request.example", { example: tr(f.example) }) : undefined,
          value: settings.answers[f.key] ?? "",
        };
        if (isPresetField(f.key)) {
          const field = f.key;
          // Typed text replaces a choice: the request then writes it as typed.
          const typed = (value: string) => pane.updateAnswers({ [field]: value, [presetKey(field)]: undefined });
          return (
            <PresetAnswer
              key={f.key}
              field={field}
              answers={settings.answers}
              onChange={pane.updateAnswers}
              label={tr(f.label)}
              hint={f.hint ? tr(f.hint) : undefined}
              required={required}
            >
              {f.multiline ? (
                <Textarea {...props} aria-label={tr(f.label)} onChange={(_, data) => typed(data.value)} />
              ) : (
                <Input {...props} aria-label={tr(f.label)} onChange={(_, data) => typed(data.value)} />
              )}
            </PresetAnswer>
          );
        }
        return (
          <Field
            key={f.key}
            label={tr(f.label)}
            required={required || undefined}
            hint={f.hint ? tr(f.hint) : undefined}
          >
            {f.multiline ? (
              <Textarea {...props} onChange={(_, data) => pane.updateAnswers({ [f.key]: data.value })} />
            ) : (
              <Input
                {...props}
                type={f.type ?? "text"}
                onChange={(_, data) => pane.updateAnswers({ [f.key]: data.value })}
              />
            )}
          </Field>
        );
      })}

      <section aria-label={tr("request.completeness")} data-testid={testIds.missing}>
        <Subtitle2 as="h3">{tr("request.completeness")}</Subtitle2>
        {/* Ready only when every answer is given and nothing contradicts itself; else what to do. */}
        <MessageBar intent={status.status === "ready" ? "success" : "warning"} data-testid={testIds.status}>
          <MessageBarBody>
            {/* The real blocker first: without data, no answer makes the request ready. */}
            {blocker && <div data-testid={testIds.firstBlocker}>{tr(blocker.key, blocker.params)}</div>}
            {status.status === "ready"
              ? tr("status.ready")
              : tr("status.draft", { missing: missing.length, problems: status.problems.length })}
          </MessageBarBody>
        </MessageBar>
        {status.problems.length > 0 && (
          <>
            <p>{tr("status.problems")}</p>
            <ul className={styles.list} data-testid={testIds.problems}>
              {status.problems.map((p, i) => (
                <li key={`${p.id}-${i}`}>{p.text}</li>
              ))}
            </ul>
          </>
        )}
        {missing.length > 0 && (
          <>
            <p>{tr("request.missingCount", { n: missing.length })}</p>
            <ul className={styles.list}>
              {missing.map((m) => (
                <li key={m.field}>{m.text}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <Field label={tr("request.sheetLang")}>
        <ChoiceDropdown
          choices={LANGS.map((l) => ({ value: l, text: tr(`lang.${l}`) }))}
          value={settings.sheetLang}
          onChange={(sheetLang) => pane.update({ sheetLang })}
        />
      </Field>
      <Checkbox
        label={tr("request.linkage")}
        checked={settings.linkage}
        onChange={(_, data) => pane.update({ linkage: data.checked === true })}
      />
      <ActionButton
        appearance="primary"
        icon={<DocumentAddRegular />}
        onClick={() => void pane.generate()}
        blocker={pane.why("generate")}
        testId={testIds.generate}
      >
        {tr("request.generate")}
      </ActionButton>
      {/* The result shows here, under the button, where the analyst is looking: never over a field. */}
      <StatusArea place="request" busy={null} message={pane.message} onCancel={pane.cancel} onDismiss={pane.dismiss} />
      {pane.generatedSheet && onGoToSheet && (
        <Button onClick={() => onGoToSheet(pane.generatedSheet!)} data-testid={testIds.download}>
          {tr(goToLabel ?? "request.goTo")}
        </Button>
      )}
      {pane.generatedSheet && (
        // Which file to send, and which never to send: the workbook holds the staff list.
        <MessageBar intent="info" data-testid={testIds.sendAdvice}>
          <MessageBarBody>
            {tr("request.sendAdvice")} {onSendCopy ? "" : tr("request.sendCopyManual", { sheet: pane.generatedSheet })}{" "}
            {tr("request.checkForm")}
          </MessageBarBody>
        </MessageBar>
      )}
      {pane.generatedSheet && onSendCopy && (
        <Button icon={<ArrowDownloadRegular />} onClick={onSendCopy} data-testid={testIds.sendCopy}>
          {tr(host === "excel" ? "request.sendCopyExcel" : "request.sendCopy")}
        </Button>
      )}
    </div>
  );
}
