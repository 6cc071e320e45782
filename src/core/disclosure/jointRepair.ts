/**
 * Repair what only the attack across tables exposes. Two causes, two remedies:
 * - a sub-total hidden in one table but published in another (the same persons, so the same count):
 *   hide it in the other table too, and close every line that then holds a single hidden cell;
 * - a small cell the joint attack still narrows otherwise: hide more cells around it in its own table.
 * Hiding more never narrows an interval, so a table protected alone stays protected.
 */
import { coordsOf, forEachLineStart, type CrossTab } from "./crossTab";
import { auditJointly, type JointAudit, type JointOptions, type Pattern } from "./joint";
import { isStructuralZero, widen, SAFE, SECONDARY, type ThresholdRule } from "./suppress";
import type { LinearSolver } from "./audit";
import { knownCells } from "./recipient";

/** Rounds of joint repair before what is still exposed is reported as such. */
export const MAX_JOINT_ROUNDS = 4;

/** Can this cell be hidden to protect another (published, and not an empty cell of an empty line)? */
const hideable = (tab: CrossTab, status: Uint8Array, at: number) => status[at] === SAFE && !isStructuralZero(tab, at);

/**
 * Hide, in every other table that publishes it, each sub-total that some table hides. Returns the
 * tables changed.
 */
export function hideSharedTotals(patterns: readonly Pattern[]): Set<number> {
  const changed = new Set<number>();
  patterns.forEach(({ tab, status }, a) => {
    for (let i = 0; i < status.length; i++) {
      if (status[i] === SAFE) continue;
      const coords = coordsOf(tab, i);
      const shown = tab.names.flatMap((name, d) =>
        coords[d]! < tab.sizes[d]! ? [{ name, id: tab.categories[d]![coords[d]!]! }] : [],
      );
      patterns.forEach((other, b) => {
        if (b === a) return;
        if (!shown.every(({ name }) => other.tab.names.includes(name))) return;
        let at = 0;
        for (let d = 0; d < other.tab.names.length; d++) {
          const fixed = shown.find((s) => s.name === other.tab.names[d]);
          const x = fixed ? other.tab.categories[d]!.indexOf(fixed.id) : other.tab.sizes[d]!;
          if (x < 0) return;
          at += x * other.tab.strides[d]!;
        }
        // Only the same persons: a table that leaves some out has another count here, and another cell.
        if (other.tab.counts[at] !== tab.counts[i] || !hideable(other.tab, other.status, at)) return;
        other.status[at] = SECONDARY;
        changed.add(b);
      });
    }
  });
  return changed;
}

/**
 * Close every line that holds a single hidden cell (it would be recomputed by subtraction): hide the
 * smallest other cell of the line that may be hidden. Given the cells the institution knows, its view
 * of the lines: those cells count as published and are never the ones hidden. Returns the cells added.
 */
export function closeLines({ tab, status }: Pattern, known?: Uint8Array): number {
  let added = 0;
  for (let again = true; again;) {
    again = false;
    for (let d = 0; d < tab.sizes.length; d++) {
      const stride = tab.strides[d]!;
      forEachLineStart(tab, d, (start) => {
        let hidden = 0;
        let best = -1;
        for (let i = 0, at = start; i <= tab.sizes[d]!; i++, at += stride) {
          if (known?.[at]) continue; // the institution reads it whatever the table shows
          if (status[at] !== SAFE) hidden++;
          else if (hideable(tab, status, at) && (best < 0 || tab.counts[at]! < tab.counts[best]!)) best = at;
        }
        if (hidden === 1 && best >= 0) {
          status[best] = SECONDARY;
          added++;
          again = true;
        }
      });
    }
  }
  return added;
}

/**
 * Audit the tables together and repair until nothing is exposed, at most MAX_JOINT_ROUNDS times, against
 * a reader of every table and, given `recipient`, against the institution that receives them.
 * Changes the patterns' statuses; returns the last audits and the rounds of repair they took.
 */
export function protectJointly(
  patterns: readonly Pattern[],
  rule: ThresholdRule,
  solver: LinearSolver,
  options: JointOptions = {},
): { audit: JointAudit; recipient: JointAudit | null; rounds: number } {
  const { recipient: institution, ...reader } = options;
  const known = institution ? patterns.map(({ tab }) => knownCells(tab, institution.known)) : null;
  const audits = () => ({
    audit: auditJointly(patterns, rule, solver, reader),
    recipient: institution ? auditJointly(patterns, rule, solver, options) : null,
  });
  const open = ({ audit, recipient }: ReturnType<typeof audits>) =>
    (audit.audited && audit.exposed.length > 0) ||
    (recipient !== null && recipient.audited && recipient.exposed.length > 0);
  let last = audits();
  let rounds = 0;
  for (; rounds < MAX_JOINT_ROUNDS && open(last); rounds++) {
    const changed = hideSharedTotals(patterns);
    // A shared sub-total is the usual cause: widen around the cell only when that was not it.
    if (changed.size === 0 || rounds > 0) {
      for (const { table, cell } of last.audit.exposed) {
        widen(patterns[table]!.tab, patterns[table]!.status, cell, rounds <= 1);
        changed.add(table);
      }
    }
    // What the institution exposes is widened with cells it does not know: hiding its own counts helps nothing.
    for (const { table, cell } of last.recipient?.exposed ?? []) {
      widen(patterns[table]!.tab, patterns[table]!.status, cell, rounds <= 1, known![table]);
      changed.add(table);
    }
    for (const t of changed) {
      closeLines(patterns[t]!);
      if (known) closeLines(patterns[t]!, known[t]);
    }
    last = audits();
  }
  return { ...last, rounds };
}
