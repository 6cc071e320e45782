import { reportOf, type TableReport } from "./check";
import { crossTab, type Dimension } from "./crossTab";
import { suggestGroupings, type Hierarchy, type SearchResult } from "./lattice";
import { predictSmallCells, type Prediction } from "./predict";
import type { ThresholdRule } from "./suppress";

/** One variable of the check: observed per row (recoded or own), or only held by KSZ (predicted). */
export type CheckVariable =
  | { kind: "observed"; categories: readonly string[]; codes: ArrayLike<number>; hierarchy: Hierarchy }
  /** A variable only KSZ holds (origin when the export has no nationality): its number of categories. */
  | { kind: "predicted"; categories: number };

export interface CheckRequest {
  variables: Readonly<Record<string, CheckVariable>>;
  /** The tables the request asks for, each a list of variable names (e.g. ["originGroup", "level"]). */
  tables: readonly (readonly string[])[];
  rowCount: number;
  rule: ThresholdRule;
}

export interface PredictionReport {
  /** The table's variables: the observed ones the prediction is made on, then the predicted ones. */
  dimensions: string[];
  predicted: string[];
  groups: Prediction[];
  likelySmall: number;
}

/** Everything the check found, as plain JSON-ready data for the pane, the check sheet and the CLI. */
export interface DisclosureReport {
  threshold: number;
  zerosAreSmall: boolean;
  tables: TableReport[];
  predictions: PredictionReport[];
  suggestions: SearchResult;
}

/**
 * Check every requested table: observed tables are cross-tabulated, flagged and protected; tables with
 * a variable only KSZ holds get a prediction instead. Suggestions search one grouping per variable that
 * makes all observed tables safe at once (the same variable must be grouped the same way everywhere).
 */
export function checkRequest(request: CheckRequest): DisclosureReport {
  const { variables, rule, rowCount } = request;
  const observed = (name: string) => {
    const v = variables[name];
    if (!v) throw new RangeError(`table names an unknown variable ${name}`);
    return v.kind === "observed" ? v : null;
  };
  const tables: TableReport[] = [];
  const predictions: PredictionReport[] = [];
  const finest: { tab: ReturnType<typeof crossTab> }[] = [];
  for (const names of request.tables) {
    const seen = names.filter((n) => observed(n) !== null);
    const predicted = names.filter((n) => observed(n) === null);
    const dims: Dimension[] = seen.map((name) => {
      const v = observed(name)!;
      return { name, categories: v.categories, codes: v.codes };
    });
    if (predicted.length === 0) {
      const tab = crossTab(dims, rowCount);
      finest.push({ tab });
      tables.push(reportOf(tab, rule));
    } else {
      const categories = predicted.reduce((p, n) => p * (variables[n] as { categories: number }).categories, 1);
      const groups = predictSmallCells(crossTab(dims, rowCount), categories, rule.threshold);
      predictions.push({
        dimensions: [...seen, ...predicted],
        predicted,
        groups,
        likelySmall: groups.filter((g) => g.likelySmall).length,
      });
    }
  }
  const used = [...new Set(finest.flatMap((f) => f.tab.names))];
  const hierarchies = used.map((name) => observed(name)!.hierarchy);
  const suggestions =
    finest.length > 0 && tables.some((t) => t.smallCells > 0)
      ? suggestGroupings(finest, hierarchies, rule)
      : { method: "exact" as const, nodes: 0, nodesEvaluated: 0, suggestions: [] };
  return { threshold: rule.threshold, zerosAreSmall: rule.zerosAreSmall === true, tables, predictions, suggestions };
}
