#!/usr/bin/env bash
# Mutation probe of src/core/disclosure (issue 23): each mutant changes one rule; the oracle tests
# (hand-judged examples and the independent attacker) must fail on every one. Restores each file.
# (The mutant 'a small zero protected by any maximum' is equivalent: lo = hi = 0 is refused first.)
# Usage: bash scripts/mutants.sh   (5 s per mutant the examples kill, about a minute for the others)
set -uo pipefail
cd "$(dirname "$0")/.."
# The hand-judged examples first (seconds); the integer oracle's suites only for what survives them.
QUICK="test/unit/core/oracles.test.ts"
ORACLE="test/unit/core/integerAndJoint.test.ts"
killed=0
survived=0
mutant() { # mutant NAME FILE SED_EXPRESSION
  local name=$1 file=$2 expr=$3
  cp "$file" "$file.orig"
  sed -i "$expr" "$file"
  if cmp -s "$file" "$file.orig"; then
    echo "NOT APPLIED  $name"; survived=$((survived + 1))
  elif npx jest $QUICK >/dev/null 2>&1 && npx jest $ORACLE >/dev/null 2>&1; then
    echo "SURVIVED     $name"; survived=$((survived + 1))
  else
    echo "killed       $name"; killed=$((killed + 1))
  fi
  mv "$file.orig" "$file"
}
D=src/core/disclosure
mutant "threshold rule < k becomes <= k" $D/suppress.ts 's/: count < rule.threshold;/: count <= rule.threshold;/'
mutant "verdict hi >= k becomes hi >= k-1" $D/audit.ts 's/interval.hi >= rule.threshold;/interval.hi >= rule.threshold - 1;/'
mutant "verdict lo <= 0 becomes lo < 0" $D/audit.ts 's/interval.lo <= 0 ||/interval.lo < 0 ||/'
mutant "zeros never small" $D/suppress.ts 's/rule.zerosAreSmall === true/false/'
mutant "structural zeros not exempt" $D/suppress.ts 's/ \&\& !(tab.counts\[i\] === 0 \&\& isStructuralZero(tab, i))//'
mutant "lower bound floored instead of ceiled" $D/audit.ts 's/Math.ceil(solve(\[j\], "min")!.value - EPS)/Math.floor(solve([j], "min")!.value - EPS)/'
mutant "quick audit judges no cell" $D/audit.ts 's/const asked = options.full ? cells.map((_, j) => j) : small;/const asked = options.full ? cells.map((_, j) => j) : [];/'
mutant "one-off in the hypercube's signs" $D/suppress.ts 's/if (coords\[d\]! < tab.sizes\[d\]! \&\& partners\[d\]! < tab.sizes\[d\]!) sign = -sign;/if (coords[d]! < tab.sizes[d]! || partners[d]! < tab.sizes[d]!) sign = -sign;/'
mutant "margins filled without the last category" $D/crossTab.ts 's/for (let i = 0; i < n; i++) sum += counts\[start + i \* stride\]!;/for (let i = 0; i < n - 1; i++) sum += counts[start + i * stride]!;/'
mutant "whole-number check skipped (linear verdict only)" $D/audit.ts 's/const witnessed = () => isProtected(count, { lo: wholeLo\[j\]!, hi: wholeHi\[j\]! }, rule);/const witnessed = () => isProtected(count, { lo, hi: Infinity }, rule);/'
mutant "joint audit never repairs" $D/jointRepair.ts 's/audit.audited \&\& audit.exposed.length > 0;/false;/'
mutant "hypercube witness never flips a sign" $D/witness.ts 's/const flip = coords\[d\]! < sizes\[d\]! \&\& q < sizes\[d\]! ? -1 : 1;/const flip = 1;/'
mutant "hypercube witness moves published corners" $D/witness.ts 's/if (moved.some((at) => status\[at\] === SAFE)) continue;//'
echo "$killed killed, $survived survived"
[ "$survived" -eq 0 ]
