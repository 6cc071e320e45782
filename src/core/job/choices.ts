/**
 * The request's choices from the settings, in one place: the pane's status, the pane's drafted
 * motivation and the written request all describe the same request, so they are built alike (they
 * were built by hand in three places, and the draft said "fewer than 5 persons" at threshold 10).
 */
import { parseAgeScheme, type AgeBandScheme } from "../recode/ageBands";
import { ORIGIN_SCHEMES } from "../recode/origin";
import type { CheckSummary, OwnVariable, RequestChoices } from "../request/choices";
import { parseIsoDate } from "../values/dates";
import type { JobSettings } from "./settings";

export interface ChoiceFacts {
  staffCount: number;
  /** The own variables the request carries, with their groups once recoded. */
  ownVariables: readonly OwnVariable[];
  tables: readonly (readonly string[])[];
  check: CheckSummary | null;
  /** An INSZ linkage list goes with the request. */
  linkage: boolean;
  /** ISO yyyy-mm-dd, the day the sheet is (or would be) generated. */
  today: string;
  /** The age bands the recode used, when it ran (else read from the settings). */
  ageScheme?: AgeBandScheme | null;
}

/** What the request says, from the settings and the facts of the data. */
export function choicesFor(settings: JobSettings, facts: ChoiceFacts): RequestChoices {
  const reference = parseIsoDate(settings.referenceDate);
  const age = parseAgeScheme(settings.ageScheme);
  return {
    referenceDate: reference.ok ? reference.value : 0,
    staffCount: facts.staffCount,
    sex: settings.ksz.sex,
    ageScheme: settings.ksz.ageBand ? (facts.ageScheme ?? (age.ok ? age.value : null)) : null,
    originScheme: settings.ksz.originGroup ? ORIGIN_SCHEMES[settings.originScheme] : null,
    ownVariables: facts.ownVariables,
    tables: facts.tables,
    threshold: settings.threshold,
    check: facts.check,
    linkage: facts.linkage,
    generatedOn: facts.today,
  };
}
