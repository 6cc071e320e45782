/**
 * What the answer is read against, from the workbook the request was made in: the requested tables,
 * every variable's categories (the institution's groups from its data; for a variable only the KSZ
 * holds, the scheme's categories), the institution's own count of each of its groups, and what the
 * check predicted for each cell.
 */
import { crossTab, keyOf, TOTAL } from "../disclosure/crossTab";
import type { CheckOutcome } from "../job/check";
import type { RecodeOutcome } from "../job/recode";
import type { JobSettings } from "../job/settings";
import { bandIds, parseAgeScheme } from "../recode/ageBands";
import { UNKNOWN_GROUP } from "../recode/grouping";
import type { RecodeKind } from "../recode/labels";
import { ORIGIN_SCHEMES } from "../recode/origin";
import type { AnalyseOptions, ResultCell } from "./analyse";
import type { RequestedDimension } from "./labels";

/** The variables the KSZ adds to the institution's data. */
export const KSZ_DIMENSIONS: ReadonlySet<string> = new Set(["sex", "ageBand", "originGroup"]);

const KIND_OF: Record<string, RecodeKind> = { sex: "sex", ageBand: "age", originGroup: "origin" };

export interface ResultsBasis {
  tables: string[][];
  dimensions: RequestedDimension[];
  ownCount: NonNullable<AnalyseOptions["ownCount"]>;
  predicted: NonNullable<AnalyseOptions["predicted"]>;
}

export function resultsBasis(
  settings: JobSettings,
  recoded: Pick<RecodeOutcome, "variables" | "ageScheme">,
  checked: Pick<CheckOutcome, "tables" | "report">,
  rowCount: number,
): ResultsBasis {
  const names = [...new Set(checked.tables.flat())];
  const dimensions = names.map((name): RequestedDimension => {
    const v = recoded.variables[name];
    // The categories the check's table has: a KSZ variable's unknown is no category of the KSZ's table.
    const checkedAs = checked.report.tables.find((tab) => tab.dimensions.includes(name))?.categories[name];
    if (v)
      return {
        name,
        kind: v.kind,
        categories: checkedAs ?? v.column.categories.filter((id) => v.kind === "group" || id !== UNKNOWN_GROUP),
      };
    // Held only by the KSZ: the categories of the scheme the request asked it in.
    const kind = KIND_OF[name] ?? "group";
    const age = parseAgeScheme(settings.ageScheme);
    const categories =
      name === "originGroup"
        ? [...ORIGIN_SCHEMES[settings.originScheme].groups]
        : name === "ageBand"
          ? [...(recoded.ageScheme ? bandIds(recoded.ageScheme) : age.ok ? bandIds(age.value) : [])]
          : name === "sex"
            ? ["M", "F"]
            : [];
    return { name, kind, categories };
  });
  // The institution's count per combination of its own variables, one cross-tab per combination asked.
  const counts = new Map<string, Map<string, number>>();
  const ownCount = (key: Readonly<Record<string, string>>): number | null => {
    const dims = Object.keys(key).sort();
    if (dims.some((d) => !recoded.variables[d])) return null;
    const id = dims.join("|");
    let table = counts.get(id);
    if (!table) {
      const tab = crossTab(
        dims.map((d) => ({
          name: d,
          categories: recoded.variables[d]!.column.categories,
          codes: recoded.variables[d]!.column.codes,
        })),
        rowCount,
      );
      table = new Map<string, number>();
      for (let i = 0; i < tab.counts.length; i++) {
        const k = keyOf(tab, i);
        table.set(dims.map((d) => k[d]).join("|"), tab.counts[i]!);
      }
      counts.set(id, table);
    }
    return table.get(dims.map((d) => key[d] ?? TOTAL).join("|")) ?? null;
  };
  const statuses = checked.report.tables.map((tab) => ({
    dims: tab.dimensions,
    cells: new Map(tab.cells.map((c) => [tab.dimensions.map((d) => c.key[d]).join("|"), c.status])),
  }));
  const predicted = (
    dims: readonly string[],
    key: Readonly<Record<string, string>>,
  ): ResultCell["predicted"] | null => {
    const tab = statuses.find((s) => s.dims.length === dims.length && s.dims.every((d) => dims.includes(d)));
    return tab?.cells.get(tab.dims.map((d) => key[d]).join("|")) ?? null;
  };
  return { tables: checked.tables, dimensions, ownCount, predicted };
}
