import { Field } from "@fluentui/react-components";
import { LANGS, hasCatalogue, loadCatalogues, type Lang } from "../../core";
import { translator } from "../i18n";
import { testIds } from "../testIds";
import { ChoiceDropdown } from "./ChoiceDropdown";

/**
 * A language's name in itself ("Nederlands", "Français", "English"), as the browser's CLDR data gives
 * it, capitalised as a menu item: the same in every interface language, so the switch needs no
 * catalogue but the current one.
 */
function endonym(lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/**
 * The interface language, nl / fr / en; each is named in itself, so it is found whatever the current
 * one. The new language's catalogue is loaded before the switch (a page holds only the one it shows).
 */
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
        choices={LANGS.map((l) => ({ value: l, text: endonym(l) }))}
        value={lang}
        onChange={(next) => {
          if (hasCatalogue(next)) return onChange(next);
          void loadCatalogues([next]).then(
            () => onChange(next),
            // Not fetched (the add-in's server out of reach): the pane stays in the language it has.
            (error: unknown) => console.error(`Diversity Request: the ${next} catalogue could not be loaded`, error),
          );
        }}
      />
    </Field>
  );
}
