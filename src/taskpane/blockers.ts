/**
 * Why an action cannot run now, so a greyed-out button always says why and what to do. The first
 * reason that holds is the one to show: the real blocker, not a later one (no data before missing
 * answers).
 */
import type { MessageKey } from "../core";
import type { PaneApi } from "./paneApi";

export type PaneAction = "detect" | "recode" | "check" | "generate" | "apply";
export type Host = "excel" | "standalone";

export interface Blocker {
  key: MessageKey;
  params?: Record<string, string>;
}

export function blockerOf(
  action: PaneAction,
  pane: Pick<PaneApi, "busy" | "detected" | "settings">,
  host: Host,
  translate: (key: MessageKey) => string,
): Blocker | null {
  // Long work in progress: every action waits for it (or for Cancel).
  if (pane.busy) return { key: "why.busy", params: { work: translate(pane.busy.label).replace(/…$/, "") } };
  if (action === "detect") return null;
  if (!pane.detected) return { key: host === "excel" ? "why.noData" : "why.noDataFile" };
  const { roles } = pane.detected;
  const { ksz, own } = pane.settings;
  if (action === "recode") {
    const ages = ksz.ageBand && (roles.birthDate !== undefined || roles.age !== undefined);
    const origins = ksz.originGroup && (roles.nationality !== undefined || roles.countryOfBirth !== undefined);
    const groups = own.some((role) => roles[role] !== undefined);
    if (!ages && !origins && !groups) return { key: "why.nothingToRecode" };
  }
  return null;
}
