/**
 * The recipient is the attacker (DOMAIN.md §7). The tables go to the requesting institution, which
 * knows its own staff by name: for every combination of the variables its export holds (own variables,
 * and sex and age band when the export has them) it knows how many persons it has. Only origin, which
 * the KSZ derives, is new to it. So a cell over those variables alone tells it nothing it did not know,
 * and it reads every such cell as published, whether the table hides it or not.
 *
 * The audits of audit.ts and joint.ts take that reader by being given this view of a pattern; the
 * repairs never hide a cell the institution knows, since hiding it protects nothing from it.
 */
import { coordsOf, type CrossTab } from "./crossTab";
import { SAFE } from "./suppress";

/**
 * Per extended cell of the table, 1 when the institution knows its count: every dimension it does not
 * hold is at its total. A table over its own variables only is known whole.
 */
export function knownCells(tab: CrossTab, known: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(tab.counts.length);
  const unknown = tab.names.flatMap((name, d) => (known.has(name) ? [] : [d]));
  for (let i = 0; i < mask.length; i++) {
    const coords = coordsOf(tab, i);
    if (unknown.every((d) => coords[d] === tab.sizes[d])) mask[i] = 1;
  }
  return mask;
}

/** Does the institution learn anything from this table (has it a dimension the institution lacks)? */
export function isNewToInstitution(tab: CrossTab, known: ReadonlySet<string>): boolean {
  return tab.names.some((name) => !known.has(name));
}

/** The pattern as the institution reads it: every count it knows is published to it. */
export function recipientView(status: Uint8Array, known: Uint8Array): Uint8Array {
  const view = status.slice();
  for (let i = 0; i < view.length; i++) if (known[i]) view[i] = SAFE;
  return view;
}

/**
 * What the institution holds of its staff, for the attack across tables: which variables it holds,
 * and each person's category of a variable (null when the KSZ's tables place that person nowhere for
 * it, as for a birth date the export could not read).
 */
export interface Recipient {
  known: ReadonlySet<string>;
  persons: number;
  categoryOf(name: string, person: number): string | null;
}
