/**
 * The attacker's programs solved by HiGHS (the solver behind SciPy's linprog), compiled to WebAssembly:
 * the same solver in Node and in the browser. One persistent model per program: only the objective
 * changes between solves, so primal simplex starts each one from the last optimal basis, which stays
 * feasible (measured: ~5 ms instead of ~50 ms per bound on a program of 900 cells).
 */
import loadHighs, { type Highs } from "highs";
import type { AttackerProgram, LinearSolver, ProgramSession } from "../core/disclosure/audit";

/** HiGHS' simplex_strategy for primal simplex. */
const PRIMAL_SIMPLEX = 4;
/** No time limit (HiGHS takes only finite numbers). */
const NO_LIMIT = 1e20;
const LP_OPTIONS = { presolve: "off", solver: "simplex", simplex_strategy: PRIMAL_SIMPLEX, time_limit: NO_LIMIT };
/**
 * Seconds one integer bound may take. Past it the bound is "unknown" and the cell is treated as
 * exposed (repaired, or reported): a slow proof is never turned into a guess.
 */
const WHOLE_SECONDS = 5;

export function highsSolver(highs: Highs): LinearSolver {
  const { modelStatus, objectiveSense } = highs.constants;
  return {
    open(program: AttackerProgram): ProgramSession {
      const { columns, rows } = program;
      const model = highs.createModel({
        numCols: columns,
        numRows: rows,
        colCost: new Float64Array(columns),
        colLower: new Float64Array(columns),
        colUpper: new Float64Array(columns).fill(highs.infinity),
        rowLower: program.rhs,
        rowUpper: program.rhs,
        matrix: {
          format: "csr",
          numRows: rows,
          numCols: columns,
          starts: program.start,
          indices: program.index,
          values: Float64Array.from(program.sign),
        },
      });
      model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0, ...LP_OPTIONS });
      const wholeNumbers = new Int32Array(columns).fill(1);
      let costed: readonly number[] = [];
      const setObjective = (objective: readonly number[], sense: "min" | "max") => {
        for (const j of costed) model.changeColCost(j, 0);
        for (const j of objective) model.changeColCost(j, 1);
        costed = objective;
        model.changeObjectiveSense(sense === "min" ? objectiveSense.minimize : objectiveSense.maximize);
      };
      return {
        optimise(objective, sense) {
          setObjective(objective, sense);
          model.run();
          const status = model.getModelStatus();
          if (status === modelStatus.unbounded && sense === "max") return null;
          if (status !== modelStatus.optimal)
            throw new Error(`the attacker's program could not be solved (HiGHS model status ${status})`);
          return { value: model.getObjectiveValue(), point: model.getSolution().colValue };
        },
        optimiseWhole(objective, sense) {
          setObjective(objective, sense);
          const all = { kind: "range", from: 0, to: columns - 1 } as const;
          // Whole numbers for this solve only: the LP that the next `optimise` warm-starts stays an LP.
          model.changeColsIntegrality(all, wholeNumbers);
          model.options.set({ presolve: "on", solver: "choose", time_limit: WHOLE_SECONDS });
          model.zeroAllClocks();
          try {
            model.run();
            const status = model.getModelStatus();
            if (sense === "max" && (status === modelStatus.unbounded || status === modelStatus.unboundedOrInfeasible))
              return "unbounded";
            if (status === modelStatus.timeLimit || status === modelStatus.interrupted) return "unknown";
            if (status !== modelStatus.optimal)
              throw new Error(`the attacker's integer program could not be solved (HiGHS model status ${status})`);
            // Whole within HiGHS's integrality tolerance: rounded, the point is the whole table it stands for.
            return {
              value: Math.round(model.getObjectiveValue()),
              point: model.getSolution().colValue.map(Math.round),
            };
          } finally {
            model.clearIntegrality();
            model.options.set(LP_OPTIONS);
          }
        },
        close() {
          model.dispose();
        },
      };
    },
  };
}

let loading: Promise<LinearSolver> | null = null;

/**
 * HiGHS, loaded once. In a page the bundler serves highs.wasm beside the script (the page's CSP needs
 * 'wasm-unsafe-eval'); in Node it is read from the package.
 */
export function loadSolver(): Promise<LinearSolver> {
  loading ??= loadHighs().then(highsSolver);
  return loading;
}
