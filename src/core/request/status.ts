/**
 * One honest status for the request (ready to send, or a draft), shared by every face: ready only when
 * every required answer is given and every consistency rule holds. The rules are data: each names what
 * contradicts what and, in its message, what to change.
 */
import { formatDate, listSeparator, t, type Lang, type MessageKey, type MessageParams } from "../i18n";
import { answersInOtherLanguage } from "./answerLanguage";
import { formatIso, parseIsoDate } from "../values/dates";
import type { RequestAnswers, YesNoAnswerKey } from "./answers";
import type { RequestChoices } from "./choices";
import { completeness, type MissingAnswer, type RequestDocument } from "./document";
import { variableLabel } from "./variables";
import { staleDraftSentences } from "./drafts";

/**
 * A Belgian enterprise number (KBO/BCE): ten digits, the last two 97 minus the first eight mod 97.
 * Dots, spaces and a "BE" prefix are allowed in the writing.
 */
export function isValidKbo(text: string): boolean {
  const digits = text.replace(/^\s*BE/i, "").replace(/[\s.]/g, "");
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** An e-mail address as a mail program takes it: one @, a name before it, a domain with a dot after. */
export const isEmailAddress = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(text.trim());

/** A delivery channel that promises encryption (then the public key is needed). */
const ENCRYPTED = /versleutel|encrypt|chiffr|crypt|pgp|gpg/i;

export type ProblemId =
  | "ownNeedsLinkage"
  | "ownNeedsInsz"
  | "tableOutsideRequest"
  | "referenceAfterToday"
  | "ethicsNo"
  | "checkMissing"
  | "checkNotAudited"
  | "auditFailed"
  | "auditUnconfirmed"
  | "motivationStale"
  | "motivationNotAsked"
  | "purposeWithoutAction"
  | "encryptedWithoutKey"
  | "kboInvalid"
  | "emailInvalid"
  | "duplicateInsz"
  | "signatureDateInvalid"
  | "signatureBeforeReference"
  | "signatureBeforeCheck"
  | "answerLanguage";

export interface RequestProblem {
  id: ProblemId;
  /** What contradicts what, and what to change, in the user's language. */
  text: string;
}

export interface RequestStatus {
  /** "ready": nothing missing, nothing contradictory; anything else is a "draft". */
  status: "ready" | "draft";
  missing: MissingAnswer[];
  problems: RequestProblem[];
}

/** What the rules look at: the choices, the answers, and whether the export has an INSZ column. */
export interface RequestFacts {
  choices: RequestChoices;
  answers: RequestAnswers;
  /** The analyst asked for the INSZ linkage list (whether or not the export allows it). */
  linkageAsked: boolean;
  inszColumn: boolean;
  /** INSZ numbers on more than one row of the export (then rows are not persons); absent: not known. */
  duplicates?: { numbers: number; extraRows: number };
}

interface ConsistencyRule {
  id: ProblemId;
  message: MessageKey;
  /** One entry of message parameters per contradiction found; none when the rule holds. */
  find: (facts: RequestFacts, lang: Lang) => MessageParams[];
}

/** The yes/no answers the source text names as conditions (communication, transparency, purpose). */
const ETHICS: readonly { id: YesNoAnswerKey; label: MessageKey }[] = [
  { id: "staffInformed", label: "field.staffInformed" },
  { id: "representativesConsulted", label: "field.representativesConsulted" },
  { id: "legitimatePurpose", label: "field.legitimatePurpose" },
  { id: "structuralPolicy", label: "field.structuralPolicy" },
];

/** The variables the request asks for: KSZ's chosen ones and the own variables sent with the INSZ list. */
function requestedVariables(choices: RequestChoices): Set<string> {
  const names = new Set<string>(choices.ownVariables.map((v) => v.name));
  if (choices.sex) names.add("sex");
  if (choices.ageScheme) names.add("ageBand");
  if (choices.originScheme) names.add("originGroup");
  return names;
}

const ownList = (facts: RequestFacts, lang: Lang) =>
  facts.choices.ownVariables.map((v) => variableLabel(v.name, lang)).join(", ");

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  {
    // DOMAIN.md §3 item 7: KSZ crosses own data with its own only through the INSZ of each person.
    id: "ownNeedsLinkage",
    message: "problem.ownNeedsLinkage",
    find: (facts, lang) =>
      facts.choices.ownVariables.length > 0 && !facts.linkageAsked ? [{ variables: ownList(facts, lang) }] : [],
  },
  {
    id: "ownNeedsInsz",
    message: "problem.ownNeedsInsz",
    find: (facts, lang) =>
      facts.choices.ownVariables.length > 0 && facts.linkageAsked && !facts.inszColumn
        ? [{ variables: ownList(facts, lang) }]
        : [],
  },
  {
    id: "tableOutsideRequest",
    message: "problem.tableOutsideRequest",
    find: ({ choices }, lang) => {
      const requested = requestedVariables(choices);
      return choices.tables.flatMap((table) =>
        table
          .filter((name) => !requested.has(name))
          .map((name) => ({
            table: table.map((n) => variableLabel(n, lang)).join(t(lang, "filled.times")),
            variable: variableLabel(name, lang),
          })),
      );
    },
  },
  {
    // The population is the staff on the reference date: a date after today cannot be known yet.
    id: "referenceAfterToday",
    message: "problem.referenceAfterToday",
    find: ({ choices }, lang) => {
      const today = Number(choices.generatedOn.replaceAll("-", ""));
      return choices.referenceDate > today ? [{ date: formatDate(lang, formatIso(choices.referenceDate)) }] : [];
    },
  },
  {
    // The source text: communication, transparency and a legitimate purpose stay conditions.
    id: "ethicsNo",
    message: "problem.ethicsNo",
    find: ({ answers }, lang) =>
      ETHICS.filter((e) => answers[e.id] === false).map((e) => ({ field: t(lang, e.label) })),
  },
  {
    id: "checkMissing",
    message: "problem.checkMissing",
    find: ({ choices }) => (choices.tables.length > 0 && !choices.check ? [{}] : []),
  },
  {
    id: "checkNotAudited",
    message: "problem.checkNotAudited",
    find: ({ choices }) => (choices.check && choices.check.exposedCells === null ? [{}] : []),
  },
  {
    id: "auditFailed",
    message: "problem.auditFailed",
    find: ({ choices }) => (choices.check?.exposedCells ? [{ n: choices.check.exposedCells }] : []),
  },
  {
    // A motivation drafted from earlier choices must say what the request asks now.
    id: "motivationStale",
    message: "problem.motivationStale",
    find: ({ choices, answers }) =>
      staleDraftSentences(answers.proportionality ?? "", choices).filter((s) => s.now !== ""),
  },
  {
    id: "motivationNotAsked",
    message: "problem.motivationNotAsked",
    find: ({ choices, answers }) =>
      staleDraftSentences(answers.proportionality ?? "", choices)
        .filter((s) => s.now === "")
        .map(({ found }) => ({ found })),
  },
  {
    // A ready-made purpose is generic: the action point of the plan is what makes it this institution's.
    id: "purposeWithoutAction",
    message: "problem.purposeWithoutAction",
    find: ({ answers }) => (answers.purposePreset && !answers.actionPoint?.trim() ? [{}] : []),
  },
  {
    id: "encryptedWithoutKey",
    message: "problem.encryptedWithoutKey",
    find: ({ answers }) =>
      (answers.channelPreset === "encryptedEmail" || (answers.channel && ENCRYPTED.test(answers.channel))) &&
      !answers.encryptionKey?.trim()
        ? [{}]
        : [],
  },
  {
    id: "kboInvalid",
    message: "problem.kboInvalid",
    find: ({ answers }) => (answers.kbo?.trim() && !isValidKbo(answers.kbo) ? [{ value: answers.kbo.trim() }] : []),
  },
  {
    id: "emailInvalid",
    message: "problem.emailInvalid",
    find: ({ answers }) =>
      answers.contactEmail?.trim() && !isEmailAddress(answers.contactEmail)
        ? [{ value: answers.contactEmail.trim() }]
        : [],
  },
  {
    // Counts are of persons: an export with one row per contract counts some people twice.
    id: "duplicateInsz",
    message: "problem.duplicateInsz",
    find: ({ duplicates }) =>
      duplicates && duplicates.numbers > 0 ? [{ n: duplicates.numbers, rows: duplicates.extraRows }] : [],
  },
  {
    // A day that does not exist is refused, never rolled over to another one.
    id: "signatureDateInvalid",
    message: "problem.signatureDateInvalid",
    find: ({ answers }) =>
      answers.signatureDate?.trim() && !parseIsoDate(answers.signatureDate).ok
        ? [{ value: answers.signatureDate.trim() }]
        : [],
  },
  {
    // Signed before the day it describes: the date was typed before the data existed, or copied.
    id: "signatureBeforeReference",
    message: "problem.signatureBeforeReference",
    find: ({ answers, choices }, lang) => {
      const signed = signingDay(answers);
      const reference = formatIso(choices.referenceDate);
      // A reference date after today is its own problem (referenceAfterToday): not said twice.
      return signed && signed < reference && reference <= choices.generatedOn
        ? [{ date: formatDate(lang, signed), reference: formatDate(lang, reference) }]
        : [];
    },
  },
  {
    // Signed before the check that gives the request its figures (the demo once signed a request checked later).
    id: "signatureBeforeCheck",
    message: "problem.signatureBeforeCheck",
    find: ({ answers, choices }, lang) => {
      const signed = signingDay(answers);
      return signed && choices.check && signed >= formatIso(choices.referenceDate) && signed < choices.check.date
        ? [{ date: formatDate(lang, signed), check: formatDate(lang, choices.check.date) }]
        : [];
    },
  },
  {
    id: "auditUnconfirmed",
    message: "problem.auditUnconfirmed",
    find: ({ choices }) =>
      choices.check?.exposedCells === 0 && choices.check.unconfirmedCells > 0
        ? [{ n: choices.check.unconfirmedCells }]
        : [],
  },
];

/** The signing day as ISO yyyy-mm-dd, when the answer is a day that exists. */
function signingDay(answers: RequestAnswers): string | null {
  const text = answers.signatureDate?.trim();
  return text && parseIsoDate(text).ok ? text : null;
}

/** Every contradiction the rules find, in the user's language. */
export function consistencyProblems(facts: RequestFacts, lang: Lang): RequestProblem[] {
  return CONSISTENCY_RULES.flatMap((rule) =>
    rule.find(facts, lang).map((params) => ({ id: rule.id, text: t(lang, rule.message, params) })),
  );
}

/** The request's status: the required answers still missing and the contradictions, in the user's language. */
export function requestStatus(doc: RequestDocument, facts: RequestFacts, lang: Lang): RequestStatus {
  const missing = completeness(doc, lang);
  const problems = consistencyProblems(facts, lang);
  // One language per document: prose typed in another language than the request's is said (step 4).
  const other = answersInOtherLanguage(facts.answers, doc.lang);
  if (other.length > 0)
    problems.push({
      id: "answerLanguage",
      text: t(lang, "problem.answerLanguage", {
        fields: other.map((o) => t(lang, `field.${o.key}` as MessageKey)).join(listSeparator(lang)),
        lang: t(lang, `language.${doc.lang}`),
      }),
    });
  return { status: missing.length === 0 && problems.length === 0 ? "ready" : "draft", missing, problems };
}
