/**
 * What the analyst types into the request: saved with the workbook, so a request can be reopened and
 * handed to a colleague. Never staff data: the contact and signatory are the institution's own officers.
 */
import { t, type Lang, type MessageKey } from "../i18n";

/**
 * Answers with ready-made choices, kept as ids and written in the sheet's language: a French request
 * made from answers chosen in a Dutch pane is all French. Free text, typed instead, stays as typed.
 */
export const ANSWER_PRESETS = {
  purpose: ["baseline", "evaluation", "followUp"],
  statusTypes: ["statutoryAndContractual", "statutory", "contractual"],
  transmission: ["agreedSecureChannel"],
  channel: ["encryptedEmail"],
  retention: ["planDuration"],
} as const;
export type PresetField = keyof typeof ANSWER_PRESETS;
export const PRESET_FIELDS = Object.keys(ANSWER_PRESETS) as PresetField[];
export type PresetKey = `${PresetField}Preset`;
type PresetAnswers = { [F in PresetField as `${F}Preset`]?: (typeof ANSWER_PRESETS)[F][number] };

export interface RequestAnswers extends PresetAnswers {
  institution?: string;
  kbo?: string;
  address?: string;
  service?: string;
  contactName?: string;
  contactFunction?: string;
  contactEmail?: string;
  contactPhone?: string;
  signatoryName?: string;
  signatoryFunction?: string;
  purpose?: string;
  actionPoint?: string;
  diversityPlan?: string;
  /** The drafted proportionality paragraph, as the analyst edited it; drafted anew when absent. */
  proportionality?: string;
  whyAggregated?: string;
  statusTypes?: string;
  /** How the INSZ list reaches the KSZ, when own data are linked. */
  transmission?: string;
  staffInformed?: boolean;
  representativesConsulted?: boolean;
  legitimatePurpose?: boolean;
  structuralPolicy?: boolean;
  ethicsNotes?: string;
  channel?: string;
  encryptionKey?: string;
  retention?: string;
  place?: string;
  /** ISO yyyy-mm-dd. */
  signatureDate?: string;
}

export type PurposePreset = (typeof ANSWER_PRESETS.purpose)[number];
export const PURPOSE_PRESETS: readonly PurposePreset[] = ANSWER_PRESETS.purpose;

/** The key an answer's ready-made choice is kept under ("channelPreset"). */
export const presetKey = (field: PresetField): PresetKey => `${field}Preset`;
export const isPresetField = (key: string): key is PresetField => key in ANSWER_PRESETS;

export type TextAnswerKey = Exclude<
  { [K in keyof RequestAnswers]-?: RequestAnswers[K] extends string | undefined ? K : never }[keyof RequestAnswers],
  PresetKey
>;
export type YesNoAnswerKey = {
  [K in keyof RequestAnswers]-?: RequestAnswers[K] extends boolean | undefined ? K : never;
}[keyof RequestAnswers];

export const TEXT_KEYS: readonly TextAnswerKey[] = [
  "institution",
  "kbo",
  "address",
  "service",
  "contactName",
  "contactFunction",
  "contactEmail",
  "contactPhone",
  "signatoryName",
  "signatoryFunction",
  "purpose",
  "actionPoint",
  "diversityPlan",
  "proportionality",
  "whyAggregated",
  "statusTypes",
  "transmission",
  "ethicsNotes",
  "channel",
  "encryptionKey",
  "retention",
  "place",
  "signatureDate",
];
export const YES_NO_KEYS: readonly YesNoAnswerKey[] = [
  "staffInformed",
  "representativesConsulted",
  "legitimatePurpose",
  "structuralPolicy",
];

/**
 * Answers from untrusted JSON (an answers file, saved settings): keeps known keys of the right type,
 * trims text, and drops everything else, so a stray field can never carry data into the sheet.
 */
/**
 * The answers of a file that are not of their kind (a text that is null, a list or an object; a yes/no
 * that is not true or false): named, so the file is refused instead of the answer dropped unseen.
 */
export function mistypedAnswers(input: Record<string, unknown>): string[] {
  const wrong: string[] = [];
  for (const key of TEXT_KEYS) if (key in input && typeof input[key] !== "string") wrong.push(key);
  for (const key of YES_NO_KEYS) if (key in input && typeof input[key] !== "boolean") wrong.push(key);
  for (const field of PRESET_FIELDS) {
    const key = presetKey(field);
    if (key in input && typeof input[key] !== "string") wrong.push(key);
  }
  return wrong;
}

export function sanitiseAnswers(input: unknown): RequestAnswers {
  const out: RequestAnswers = {};
  if (typeof input !== "object" || input === null) return out;
  const source = input as Record<string, unknown>;
  for (const key of TEXT_KEYS) {
    const value = source[key];
    if (typeof value === "string" && value.trim() !== "") out[key] = value.trim().slice(0, 4000);
  }
  for (const key of YES_NO_KEYS) {
    const value = source[key];
    if (typeof value === "boolean") out[key] = value;
  }
  for (const field of PRESET_FIELDS) {
    const preset = source[presetKey(field)];
    if (typeof preset === "string" && (ANSWER_PRESETS[field] as readonly string[]).includes(preset))
      (out as Record<string, string>)[presetKey(field)] = preset;
  }
  return out;
}

/** A ready-made answer's text in a language: what the sheet says for the id kept. */
export function presetText(field: PresetField, id: string, lang: Lang): string {
  return t(lang, (field === "purpose" ? `purpose.${id}` : `preset.${field}.${id}`) as MessageKey);
}

/** The ready-made answer chosen for a field, in the sheet's language; undefined when none is. */
export function presetAnswer(answers: RequestAnswers, field: string, lang: Lang): string | undefined {
  if (!isPresetField(field)) return undefined;
  const id = answers[presetKey(field)];
  return id === undefined ? undefined : presetText(field, id, lang);
}
