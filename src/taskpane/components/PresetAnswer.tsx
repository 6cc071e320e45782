import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { ANSWER_PRESETS, presetKey, presetText, type PresetField, type RequestAnswers } from "../../core";
import { useTr } from "../i18n";

/**
 * An answer with ready-made choices: one of them (kept as its id, so the request writes it in the
 * sheet's language, whatever language the pane speaks) or the analyst's own text, typed in the field
 * shown under "own text". Picking a choice clears the typed text; typing clears the choice.
 */
export function PresetAnswer({
  field,
  answers,
  onChange,
  label,
  hint,
  required,
  children,
}: {
  field: PresetField;
  answers: RequestAnswers;
  onChange: (patch: Partial<RequestAnswers>) => void;
  label: string;
  hint?: string;
  required?: boolean;
  /** The own-text input, shown under the choices while "own text" is picked. */
  children: ReactNode;
}) {
  const { tr, lang } = useTr();
  const chosen = answers[presetKey(field)];
  // "Own text" picked with nothing typed yet is a state of the pane only: nothing to save. Typed text
  // (saved settings come back after the first render) shows as "own text" by itself.
  const [own, setOwn] = useState(false);
  const value = chosen ?? (own || (answers[field] ?? "") !== "" ? "own" : "");
  return (
    <>
      <Field label={label} hint={hint} required={required || undefined}>
        <RadioGroup
          value={value}
          onChange={(_, data) => {
            if (data.value === "own") {
              setOwn(true);
              onChange({ [presetKey(field)]: undefined });
            } else {
              setOwn(false);
              onChange({ [presetKey(field)]: data.value, [field]: undefined });
            }
          }}
        >
          {ANSWER_PRESETS[field].map((id) => (
            <Radio key={id} value={id} label={presetText(field, id, lang)} />
          ))}
          <Radio value="own" label={tr("motivate.preset.free")} />
        </RadioGroup>
      </Field>
      {value === "own" && children}
    </>
  );
}
