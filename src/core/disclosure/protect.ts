/**
 * Protecting one table (DOMAIN.md §7): primary suppression, hypercubes, and the attacker's audit with
 * repair, against two readers. A reader of the tables alone must not narrow any small cell; the
 * institution that receives them, which also knows every count over its own variables (recipient.ts),
 * must not narrow any small cell it did not know.
 */
import { auditTable, type AuditOptions, type LinearSolver, type TableAudit } from "./audit";
import type { CrossTab } from "./crossTab";
import { closeLines } from "./jointRepair";
import { recipientView } from "./recipient";
import { primarySuppression, secondarySuppression, widen, type ThresholdRule } from "./suppress";

export interface Protection {
  status: Uint8Array;
  /** Cells hidden to protect small ones. */
  secondary: number;
  /** The audit of the final pattern by a reader of the table (only what the verdict needs); null without a solver. */
  audit: TableAudit | null;
  /** The same by the institution, when told what it knows (`known`); null otherwise. */
  recipient: TableAudit | null;
}

export interface ProtectOptions extends AuditOptions {
  /** The cells the institution knows (knownCells): the pattern must hold against it too. */
  known?: Uint8Array;
}

/** Rounds of repair after the audit before a table is declared beyond protection by suppression. */
export const MAX_REPAIR_ROUNDS = 4;

/**
 * Protect a table: primary suppression, hypercubes whose range protects each small cell, then, given a
 * solver, the attacker's audit. A small cell the audit still finds exposed (no hypercube protects it
 * alone) is repaired: first the hypercube that widens it most, then every cell of its lines, and the
 * audit runs again, at most MAX_REPAIR_ROUNDS times. What is still exposed then stays in the audit's
 * verdict: such a table needs a coarser grouping, not more suppression.
 */
export function protectTable(
  tab: CrossTab,
  rule: ThresholdRule,
  solver?: LinearSolver,
  options: ProtectOptions = {},
): Protection {
  const status = primarySuppression(tab, rule);
  const secondary = secondarySuppression(tab, status, rule, options.known).added;
  if (!solver) return { status, secondary, audit: null, recipient: null };
  const repaired = repairExposed(tab, status, rule, solver, options);
  return { status, secondary: secondary + repaired.added, audit: repaired.audit, recipient: repaired.recipient };
}

/**
 * Audit a suppression pattern and, while a small cell is exposed, hide more cells around it and audit
 * again, at most MAX_REPAIR_ROUNDS times. Changes `status`; returns the cells added and the last audits
 * (full ones, with every interval, when `options.full` asks: then the final pattern is audited once).
 * A cell the institution exposes is widened with cells it does not know only.
 */
export function repairExposed(
  tab: CrossTab,
  status: Uint8Array,
  rule: ThresholdRule,
  solver: LinearSolver,
  options: ProtectOptions = {},
): { added: number; audit: TableAudit; recipient: TableAudit | null } {
  const { known, ...auditOptions } = options;
  const audits = () => ({
    audit: auditTable(tab, status, rule, solver, auditOptions),
    recipient: known ? auditTable(tab, recipientView(status, known), rule, solver, auditOptions) : null,
  });
  let added = 0;
  let last = audits();
  for (let round = 0; round < MAX_REPAIR_ROUNDS && !(last.audit.passed && (last.recipient?.passed ?? true)); round++) {
    for (const p of last.audit.exposed) added += widen(tab, status, p, round === 0);
    for (const p of last.recipient?.exposed ?? []) added += widen(tab, status, p, round === 0, known);
    // A line left with one hidden cell gives it away by subtraction, to either reader.
    added += closeLines({ tab, status });
    if (known) added += closeLines({ tab, status }, known);
    last = audits();
  }
  return { added, ...last };
}
