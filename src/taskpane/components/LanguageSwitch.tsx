import { Field } from "@fluentui/react-components";
import { LANGS, type Lang } from "../../core";
import { translator } from "../i18n";
import { testIds } from "../testIds";
import { ChoiceDropdown } from "./ChoiceDropdown";

/** The interface language, nl / fr / en; each is named in itself, so it is found whatever the current one. */
export function LanguageSwitch({
  lang,
  onChange,
  className,
}: {
  lang: Lang;
  onChange: (lang: Lang) => void;
  className?: string;
}) {
  return (
    <Field label={translator(lang).tr("lang.label")} size="small" {...(className ? { className } : {})}>
      <ChoiceDropdown
        data-testid={testIds.languageSwitch}
        size="small"
        choices={LANGS.map((l) => ({ value: l, text: translator(l).tr(`lang.${l}`) }))}
        value={lang}
        onChange={onChange}
      />
    </Field>
  );
}
