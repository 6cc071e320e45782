import { formatDate, formatList, listSeparator, t, type Lang, type MessageKey } from "../i18n";
import { bandIds } from "../recode/ageBands";
import { categoryLabel } from "../recode/labels";
import { formatIso } from "../values/dates";
import { presetAnswer, type RequestAnswers, type TextAnswerKey, type YesNoAnswerKey } from "./answers";
import type { RequestChoices } from "./choices";
import { draftProportionality } from "./drafts";
import { filled, kszDataFields, ownDataFields } from "./dataFields";
import { variableLabel } from "./variables";

export type SectionId =
  | "applicant"
  | "contact"
  | "purpose"
  | "motivation"
  | "population"
  | "kszData"
  | "ownData"
  | "tables"
  | "anonymity"
  | "ethics"
  | "delivery"
  | "signature";

/** A field holds a label key (translated when laid out or listed) and a value in the sheet's language. */
export type Field =
  | {
      kind: "answer";
      id: TextAnswerKey;
      label: MessageKey;
      value: string;
      required: boolean;
      multiline?: boolean;
      /** A date the analyst picked (kept as ISO): written day first, as the sheet's language writes dates. */
      date?: boolean;
      /** The product's own draft, written because nothing was answered: not to be read back as an answer. */
      drafted?: boolean;
    }
  | { kind: "yesNo"; id: YesNoAnswerKey; label: MessageKey; value: boolean | null; required: boolean }
  | { kind: "filled"; id: string; label: MessageKey; value: string }
  | { kind: "table"; id: string; label: MessageKey; header: string[]; rows: string[][] };

export interface Section {
  id: SectionId;
  number: number;
  title: MessageKey;
  fields: Field[];
}

/** The request as data: twelve sections in the order of DOMAIN.md §3, in one language. */
export interface RequestDocument {
  lang: Lang;
  sections: Section[];
  generatedOn: string;
}

const MAX_FLAGGED_LINES = 60;

/**
 * Build the request from the analyst's choices and answers, in the sheet's language. Parts the product
 * knows (reference, variables, categories, groupings, tables, check result) are filled in; the rest are
 * the analyst's answers, required or not.
 */
export function buildRequest(choices: RequestChoices, answers: RequestAnswers, lang: Lang): RequestDocument {
  const answer = (id: TextAnswerKey, label: MessageKey, required: boolean, multiline = false, fallback = ""): Field => {
    // Typed text as typed; a ready-made choice in the sheet's language; else the product's draft.
    const value = answers[id] ?? presetAnswer(answers, id, lang);
    return {
      kind: "answer",
      id,
      label,
      value: value ?? fallback,
      required,
      multiline,
      ...(value === undefined && fallback !== "" ? { drafted: true } : {}),
    };
  };
  const dateAnswer = (id: TextAnswerKey, label: MessageKey, required: boolean): Field => ({
    kind: "answer",
    id,
    label,
    value: formatDate(lang, answers[id] ?? ""),
    required,
    date: true,
  });
  const yesNo = (id: YesNoAnswerKey, label: MessageKey): Field => ({
    kind: "yesNo",
    id,
    label,
    value: answers[id] ?? null,
    required: true,
  });
  const times = t(lang, "filled.times");
  const tableName = (table: readonly string[]) => table.map((n) => variableLabel(n, lang)).join(times);

  const kszFields = kszDataFields(choices, lang);
  const ownFields = ownDataFields(choices, lang);
  if (choices.linkage) ownFields.push(answer("transmission", "field.transmission", true, true));

  const check = choices.check;
  const groupings = [
    choices.ageScheme
      ? t(lang, "filled.ageScheme", {
          bands: bandIds(choices.ageScheme)
            .map((b) => categoryLabel("age", b, lang))
            .join(", "),
        })
      : null,
    choices.originScheme
      ? t(lang, "filled.originScheme", { scheme: t(lang, `originScheme.${choices.originScheme.id}` as MessageKey) })
      : null,
    ...choices.ownVariables.map((v) =>
      t(lang, "filled.ownGrouping", { variable: variableLabel(v.name, lang), n: v.groups.length }),
    ),
  ].filter((v): v is string => v !== null);
  const flaggedLines = check
    ? check.flagged.slice(0, MAX_FLAGGED_LINES).map((f) =>
        t(lang, "filled.cellLine", {
          table: tableName(f.table),
          cell: f.cell
            .map((c) => t(lang, "format.labelValue", { label: c.variable, value: c.category }))
            .join(listSeparator(lang)),
        }),
      )
    : [];
  if (check && check.flagged.length > MAX_FLAGGED_LINES)
    flaggedLines.push(t(lang, "filled.moreCells", { n: check.flagged.length - MAX_FLAGGED_LINES }));
  const threshold = check?.threshold ?? 5;

  const sections: Omit<Section, "number">[] = [
    {
      id: "applicant",
      title: "section.applicant",
      fields: [
        answer("institution", "field.institution", true),
        answer("kbo", "field.kbo", true),
        answer("address", "field.address", true, true),
        answer("service", "field.service", true),
      ],
    },
    {
      id: "contact",
      title: "section.contact",
      fields: [
        answer("contactName", "field.contactName", true),
        answer("contactFunction", "field.contactFunction", true),
        answer("contactEmail", "field.contactEmail", true),
        answer("contactPhone", "field.contactPhone", false),
        answer("signatoryName", "field.signatoryName", true),
        answer("signatoryFunction", "field.signatoryFunction", true),
      ],
    },
    {
      id: "purpose",
      title: "section.purpose",
      fields: [
        answer("purpose", "field.purpose", true, true),
        answer("actionPoint", "field.actionPoint", false, true),
        answer("diversityPlan", "field.diversityPlan", false),
      ],
    },
    {
      id: "motivation",
      title: "section.motivation",
      fields: [
        answer("proportionality", "field.proportionality", true, true, draftProportionality(choices, lang)),
        answer("whyAggregated", "field.whyAggregated", true, true, t(lang, "draft.whyAggregated")),
      ],
    },
    {
      id: "population",
      title: "section.population",
      fields: [
        filled("population", "field.population", t(lang, "filled.population")),
        filled("referenceYear", "field.referenceYear", String(Math.floor(choices.referenceDate / 10000))),
        filled("referenceDate", "field.referenceDate", formatDate(lang, formatIso(choices.referenceDate))),
        filled("staffCount", "field.staffCount", t(lang, "filled.groupCount", { n: choices.staffCount })),
        answer("statusTypes", "field.statusTypes", true),
      ],
    },
    { id: "kszData", title: "section.kszData", fields: kszFields },
    { id: "ownData", title: "section.ownData", fields: ownFields },
    {
      id: "tables",
      title: "section.tables",
      fields: [
        filled("tablesList", "field.tablesList", choices.tables.map(tableName).join("\n") || t(lang, "filled.none")),
      ],
    },
    {
      id: "anonymity",
      title: "section.anonymity",
      fields: [
        filled("threshold", "field.threshold", t(lang, "filled.thresholdRule", { k: threshold, below: threshold - 1 })),
        filled("groupingsChosen", "field.groupingsChosen", groupings.join("\n") || t(lang, "filled.none")),
        filled(
          "checkResult",
          "field.checkResult",
          check
            ? t(lang, "filled.checkDone", {
                date: formatDate(lang, check.date),
                k: check.threshold,
                small: check.smallCells,
                secondary: check.secondaryCells,
              })
            : t(lang, "filled.checkNotDone"),
        ),
        filled(
          "auditResult",
          "field.auditResult",
          !check || check.exposedCells === null
            ? t(lang, "filled.checkNotDone")
            : check.kszOnly.tables.length > 0 && check.kszOnly.tables.length === choices.tables.length
              ? t(lang, "filled.audit.noneOurs")
              : check.exposedCells > 0
                ? t(lang, "filled.audit.failed", { date: formatDate(lang, check.date), n: check.exposedCells })
                : check.unconfirmedCells > 0
                  ? t(lang, "filled.audit.unconfirmed", {
                      date: formatDate(lang, check.date),
                      n: check.unconfirmedCells,
                    })
                  : t(lang, "filled.audit.passed", { date: formatDate(lang, check.date), k: check.threshold }),
        ),
        // Tables over a variable only the KSZ holds: never called audited, and the KSZ is asked to protect them.
        ...(check && check.kszOnly.tables.length > 0
          ? [
              filled(
                "kszProtects",
                "field.kszProtects",
                t(lang, "filled.kszProtects", {
                  n: check.kszOnly.tables.length,
                  tables: formatList(lang, check.kszOnly.tables.map(tableName)),
                  variables: formatList(
                    lang,
                    check.kszOnly.variables.map((v) => variableLabel(v, lang).toLowerCase()),
                  ),
                  below: threshold - 1,
                }),
              ),
            ]
          : []),
        filled(
          "cellsFlagged",
          "field.cellsFlagged",
          check ? flaggedLines.join("\n") || t(lang, "filled.cellsNone") : t(lang, "filled.checkNotDone"),
        ),
      ],
    },
    {
      id: "ethics",
      title: "section.ethics",
      fields: [
        yesNo("staffInformed", "field.staffInformed"),
        yesNo("representativesConsulted", "field.representativesConsulted"),
        yesNo("legitimatePurpose", "field.legitimatePurpose"),
        yesNo("structuralPolicy", "field.structuralPolicy"),
        answer("ethicsNotes", "field.ethicsNotes", false, true),
      ],
    },
    {
      id: "delivery",
      title: "section.delivery",
      fields: [
        answer("channel", "field.channel", true),
        answer("encryptionKey", "field.encryptionKey", false, true),
        answer("retention", "field.retention", true),
      ],
    },
    {
      id: "signature",
      title: "section.signature",
      fields: [
        answer("place", "field.place", true),
        dateAnswer("signatureDate", "field.date", true),
        filled("signature", "field.signature", ""),
      ],
    },
  ];
  return { lang, generatedOn: choices.generatedOn, sections: sections.map((s, i) => ({ ...s, number: i + 1 })) };
}

export interface MissingAnswer {
  section: SectionId;
  field: string;
  /** "Applicant: Name of the institution", in the language asked for. */
  text: string;
}

/** The required answers still missing, in the user's language (which may differ from the sheet's). */
export function completeness(doc: RequestDocument, lang: Lang): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  for (const section of doc.sections) {
    for (const field of section.fields) {
      const empty =
        (field.kind === "answer" && field.required && field.value.trim() === "") ||
        (field.kind === "yesNo" && field.required && field.value === null);
      if (empty) {
        missing.push({
          section: section.id,
          field: field.id,
          text: t(lang, "completeness.missing", {
            section: `${section.number}. ${t(lang, section.title)}`,
            field: t(lang, field.label),
          }),
        });
      }
    }
  }
  return missing;
}
