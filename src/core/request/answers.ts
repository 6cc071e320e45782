/**
 * What the analyst types into the request: saved with the workbook, so a request can be reopened and
 * handed to a colleague. Never staff data: the contact and signatory are the institution's own officers.
 */
export interface RequestAnswers {
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
  /** A ready-made purpose, or free text in `purpose`. */
  purposePreset?: PurposePreset;
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

export type PurposePreset = "baseline" | "evaluation" | "followUp";
export const PURPOSE_PRESETS: readonly PurposePreset[] = ["baseline", "evaluation", "followUp"];

export type TextAnswerKey = Exclude<
  { [K in keyof RequestAnswers]-?: RequestAnswers[K] extends string | undefined ? K : never }[keyof RequestAnswers],
  "purposePreset"
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
  const preset = source["purposePreset"];
  if (typeof preset === "string" && (PURPOSE_PRESETS as readonly string[]).includes(preset))
    out.purposePreset = preset as PurposePreset;
  return out;
}
