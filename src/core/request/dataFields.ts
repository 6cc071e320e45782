/** The data sections of the request (6 and 7): what the KSZ is asked for, and what goes with the INSZ list. */
import { listSeparator, t, type Lang, type MessageKey } from "../i18n";
import { bandBounds, bandIds } from "../recode/ageBands";
import { UNKNOWN_GROUP } from "../recode/grouping";
import { categoryLabel } from "../recode/labels";
import { membersByGroup } from "../recode/origin";
import { countryName } from "../values/countries";
import type { OwnVariable, RequestChoices } from "./choices";
import type { Field } from "./document";
import { variableLabel } from "./variables";

/** A part the product fills in itself, in the sheet's language. */
export const filled = (id: string, label: MessageKey, value: string): Field => ({ kind: "filled", id, label, value });

/** An own variable with the export's column it comes from, when that header is not its label already. */
function withColumn(variable: OwnVariable, lang: Lang): string {
  const label = variableLabel(variable.name, lang);
  const same = variable.header.trim().toLocaleLowerCase(lang) === label.toLocaleLowerCase(lang);
  return same || variable.header.trim() === ""
    ? label
    : t(lang, "filled.ownColumn", { variable: label, header: variable.header.trim() });
}

/** Section 6: the KSZ's variables, with the bounds of each age band and the members of each origin group. */
export function kszDataFields(choices: RequestChoices, lang: Lang): Field[] {
  const kszVariables = [
    choices.sex ? t(lang, "filled.variable.sex") : null,
    choices.ageScheme ? t(lang, "filled.variable.ageBand", { n: bandIds(choices.ageScheme).length }) : null,
    choices.originScheme ? t(lang, "filled.variable.originGroup", { n: choices.originScheme.groups.length }) : null,
  ].filter((v): v is string => v !== null);

  const kszFields: Field[] = [
    filled("kszVariables", "field.kszVariables", kszVariables.join("\n") || t(lang, "filled.none")),
  ];
  if (choices.ageScheme) {
    kszFields.push({
      kind: "table",
      id: "ageBands",
      label: "field.ageBands",
      header: [t(lang, "table.band"), t(lang, "table.from"), t(lang, "table.to")],
      rows: bandIds(choices.ageScheme).map((id) => {
        const { lo, hi } = bandBounds(id);
        return [categoryLabel("age", id, lang), String(lo), hi === null ? t(lang, "table.openEnd") : String(hi)];
      }),
    });
  }
  if (choices.originScheme) {
    const members = membersByGroup(choices.originScheme);
    const collator = new Intl.Collator(lang);
    kszFields.push({
      kind: "table",
      id: "originGroups",
      label: "field.originGroups",
      header: [t(lang, "table.group"), t(lang, "table.countries")],
      rows: choices.originScheme.groups.map((group) => [
        categoryLabel("origin", group, lang),
        group === UNKNOWN_GROUP
          ? t(lang, "table.unknownOrigin")
          : (members.get(group) ?? [])
              .map((code) => countryName(code, lang === "en" ? "en" : lang))
              .sort(collator.compare)
              // "; " because a name may hold a comma itself (Bonaire, Sint Eustatius en Saba).
              .join(listSeparator(lang)),
      ]),
    });
  }
  return kszFields;
}

/**
 * Section 7: the own variables with their groups and sizes (the export's column named once), and the key.
 * A group under the threshold is said to be so, never by its size: the request is read beside the
 * tables, and a printed 3 is a margin the tables' protection did not count on.
 */
export function ownDataFields(choices: RequestChoices, lang: Lang): Field[] {
  const ownFields: Field[] = [];
  if (choices.ownVariables.length > 0) {
    ownFields.push({
      kind: "table",
      id: "ownVariables",
      label: "field.ownVariables",
      header: [t(lang, "table.variable"), t(lang, "table.group"), t(lang, "table.persons")],
      // The column is named on the variable's first row: the label alone on the others.
      rows: choices.ownVariables.flatMap((v) =>
        v.groups.map((g, i) => [
          i === 0 ? withColumn(v, lang) : variableLabel(v.name, lang),
          g.label,
          g.persons < choices.threshold ? t(lang, "filled.fewerThan", { k: choices.threshold }) : String(g.persons),
        ]),
      ),
    });
  }
  ownFields.push(
    filled(
      "identificationKey",
      "field.identificationKey",
      t(
        lang,
        choices.linkage ? "filled.keyInsz" : choices.ownVariables.length > 0 ? "filled.keyMissing" : "filled.keyNone",
      ),
    ),
  );
  return ownFields;
}
