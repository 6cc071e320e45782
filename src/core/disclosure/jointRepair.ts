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
 * smallest other cell of the line that may be hidden. Returns the cells added.
 */
export function closeLines({ tab, status }: Pattern): number {
  let added = 0;
  for (let again = true; again;) {
    again = false;
    for (let d = 0; d < tab.sizes.length; d++) {
      const stride = tab.strides[d]!;
      forEachLineStart(tab, d, (start) => {
        let hidden = 0;
        let best = -1;
        for (let i = 0, at = start; i <= tab.sizes[d]!; i++, at += stride) {
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
 * Audit the tables together and repair until nothing is exposed, at most MAX_JOINT_ROUNDS times.
 * Changes the patterns' statuses; returns the last audit and the rounds of repair it took.
 */
export function protectJointly(
  patterns: readonly Pattern[],
  rule: ThresholdRule,
  solver: LinearSolver,
  options: JointOptions = {},
): { audit: JointAudit; rounds: number } {
  let audit = auditJointly(patterns, rule, solver, options);
  let rounds = 0;
  for (; rounds < MAX_JOINT_ROUNDS && audit.audited && audit.exposed.length > 0; rounds++) {
    const changed = hideSharedTotals(patterns);
    // A shared sub-total is the usual cause: widen around the cell only when that was not it.
    if (changed.size === 0 || rounds > 0) {
      for (const { table, cell } of audit.exposed) {
        widen(patterns[table]!.tab, patterns[table]!.status, cell, rounds <= 1);
        changed.add(table);
      }
    }
    for (const t of changed) closeLines(patterns[t]!);
    audit = auditJointly(patterns, rule, solver, options);
  }
  return { audit, rounds };
}
