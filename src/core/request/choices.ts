import type { AgeBandScheme } from "../recode/ageBands";
import type { OriginScheme } from "../recode/origin";
import type { DayStamp } from "../values/dates";

/** An own variable as it goes to the KSZ: its header, its role, and its groups with their sizes. */
export interface OwnVariable {
  /** A stable name used in tables ("department"), and the header the analyst knows it by. */
  name: string;
  header: string;
  groups: readonly { id: string; label: string; persons: number }[];
}

/** A flagged cell as the request sheet lists it: labels only, never a person. */
export interface FlaggedCell {
  table: readonly string[];
  /** Variable label to category label. */
  cell: readonly { variable: string; category: string }[];
  status: "small" | "secondary";
}

export interface CheckSummary {
  /** ISO yyyy-mm-dd: the day the check ran, passed in by the face (the core reads no clock). */
  date: string;
  threshold: number;
  smallCells: number;
  secondaryCells: number;
  flagged: readonly FlaggedCell[];
  /** The attacker's audit over all tables: small cells still computable (0 when passed); null: not audited. */
  exposedCells: number | null;
  /** Small cells whose whole-number check ran out of time: not known to be safe (0 when confirmed). */
  unconfirmedCells: number;
  /**
   * Requested tables over a variable only the KSZ holds (origin without a nationality column): not
   * audited by us, so the request asks the KSZ to protect them. Empty when every table was audited.
   */
  kszOnly: { tables: readonly (readonly string[])[]; variables: readonly string[] };
}

/** What the product fills into the request from the analyst's choices and the data. */
export interface RequestChoices {
  referenceDate: DayStamp;
  staffCount: number;
  sex: boolean;
  ageScheme: AgeBandScheme | null;
  originScheme: OriginScheme | null;
  ownVariables: readonly OwnVariable[];
  /** Each requested table as a list of variable names: "sex", "ageBand", "originGroup" or an own variable's name. */
  tables: readonly (readonly string[])[];
  /** The least persons a published cell holds (the settings' threshold, whether or not a check ran). */
  threshold: number;
  check: CheckSummary | null;
  linkage: boolean;
  /** ISO yyyy-mm-dd, the day the sheet is generated. */
  generatedOn: string;
}
