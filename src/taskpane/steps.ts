import type { MessageKey } from "../core/i18n";

/**
 * The four steps of the source text, in order: decide, motivate, describe the data, request; then the
 * fifth, where the analyst reads the answer and sees where the institution stands.
 */
export type StepId = "decide" | "motivate" | "describe" | "request" | "results";

export interface StepDef {
  id: StepId;
  title: MessageKey;
  summary: MessageKey;
}

export const STEPS: readonly StepDef[] = [
  { id: "decide", title: "step.decide.title", summary: "step.decide.summary" },
  { id: "motivate", title: "step.motivate.title", summary: "step.motivate.summary" },
  { id: "describe", title: "step.describe.title", summary: "step.describe.summary" },
  { id: "request", title: "step.request.title", summary: "step.request.summary" },
  { id: "results", title: "step.results.title", summary: "step.results.summary" },
];
