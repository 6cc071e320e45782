/**
 * Whole tables the reader cannot rule out, found without a solver.
 *
 * A hypercube around a suppressed cell p (one partner category per dimension, totals allowed) whose
 * corners are all suppressed lets p move by t while every published cell keeps its value: the corners
 * move by +t or -t (see `hypercube`). As long as every corner stays >= 0, the moved table is made of
 * whole numbers and agrees with everything published, so the attacker over whole numbers cannot rule
 * it out. Secondary suppression builds exactly such cubes, so on most tables each small cell has one
 * that takes it to 0 or to k: an integer witness found by a search, where an integer program would
 * take seconds per cell on a large 4-D table.
 */
import { coordsOf, type CrossTab } from "./crossTab";
import { SAFE, type ThresholdRule } from "./suppress";

/** The least and greatest whole value of p over the suppressed hypercubes searched (p's count when none). */
export interface Witnessed {
  lo: number;
  hi: number;
}

/** Leaves of the search per cell: enough for the cubes secondary suppression builds, bounded on wide tables. */
const MAX_CUBES = 20_000;

/**
 * Search the hypercubes around p whose corners are all suppressed, and return the range of values they
 * give p. Stops at the first range that protects p (it reaches 0, or k and above), or after MAX_CUBES.
 */
export function cubeWitness(tab: CrossTab, status: Uint8Array, p: number, rule: ThresholdRule): Witnessed {
  const { counts, sizes, strides } = tab;
  const coords = coordsOf(tab, p);
  const count = counts[p]!;
  const range: Witnessed = { lo: count, hi: count };
  const enough = () => (count === 0 ? range.hi >= 1 : range.lo <= 0 || range.hi >= rule.threshold);
  let leaves = 0;
  const visit = (d: number, corners: number[], signs: number[]): boolean => {
    if (d === coords.length) {
      leaves++;
      let up = Infinity; // p may rise by the least corner that moves against it
      let down = Infinity; // and fall by the least corner that moves with it (p included)
      corners.forEach((at, i) => {
        if (signs[i]! < 0) up = Math.min(up, counts[at]!);
        else down = Math.min(down, counts[at]!);
      });
      range.lo = Math.min(range.lo, count - down);
      range.hi = Math.max(range.hi, count + up);
      return enough();
    }
    for (let q = 0; q <= sizes[d]!; q++) {
      if (q === coords[d] || leaves >= MAX_CUBES) continue;
      const shift = (q - coords[d]!) * strides[d]!;
      // The sign flips where both p and the partner are inner categories; a total moves with its line.
      const flip = coords[d]! < sizes[d]! && q < sizes[d]! ? -1 : 1;
      const moved = corners.map((at) => at + shift);
      if (moved.some((at) => status[at] === SAFE)) continue; // a published corner cannot move
      if (visit(d + 1, [...corners, ...moved], [...signs, ...signs.map((s) => s * flip)])) return true;
    }
    return false;
  };
  visit(0, [p], [1]);
  return range;
}
