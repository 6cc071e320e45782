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
      model.options.set({ output_flag: false, presolve: "off", solver: "simplex", simplex_strategy: PRIMAL_SIMPLEX });
      let costed: readonly number[] = [];
      return {
        optimise(objective, sense) {
          for (const j of costed) model.changeColCost(j, 0);
          for (const j of objective) model.changeColCost(j, 1);
          costed = objective;
          model.changeObjectiveSense(sense === "min" ? objectiveSense.minimize : objectiveSense.maximize);
          model.run();
          const status = model.getModelStatus();
          if (status === modelStatus.unbounded && sense === "max") return null;
          if (status !== modelStatus.optimal)
            throw new Error(`the attacker's program could not be solved (HiGHS model status ${status})`);
          return { value: model.getObjectiveValue(), point: model.getSolution().colValue };
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
