// Benchmark: what the two call styles cost a consumer's compiler, side by side in one run. Twenty typical
// calls (bench/type-cost/*.ts.txt; one with appends, one paginated) compiled against @tmdb-kit/client's
// declarations with `tsc --extendedDiagnostics` (TypeScript 7): instantiations (deterministic; also
// asserted by test/type-cost.test.ts) and check time (median of 3 runs), minus a file that only creates
// the clients.
//
//   node packages/client/bench/type-cost.mjs
import { createTypeCostLab } from './type-cost/measure.mjs';

const RUNS = 3;
const lab = createTypeCostLab();
try {
  const measure = (fixture) => {
    const runs = Array.from({ length: RUNS }, () => lab.measure(fixture));
    if (runs[0].errors.length) throw new Error(`${fixture} does not compile:\n${runs[0].errors.join('\n')}`);
    const times = runs.map((run) => run.checkTime).sort((a, b) => a - b);
    return { instantiations: runs[0].instantiations, checkTime: times[Math.floor(RUNS / 2)] };
  };
  const base = measure('base.ts.txt');
  const rows = [
    ['20 calls, method style', measure('methods.ts.txt')],
    ['20 calls, GET style (baseline)', measure('get.ts.txt')],
    ['costliest single call (3 appends)', measure('single.ts.txt')],
  ].map(([name, cost]) => ({
    name,
    instantiations: cost.instantiations - base.instantiations,
    checkTime: cost.checkTime,
  }));
  console.log(`${'consumer file'.padEnd(36)} ${'instantiations'.padStart(15)} ${'check time'.padStart(11)}`);
  for (const { name, instantiations, checkTime } of rows) {
    console.log(
      `${name.padEnd(36)} ${instantiations.toLocaleString('en').padStart(15)} ${`${checkTime.toFixed(3)} s`.padStart(11)}`,
    );
  }
  const [methods, get, single] = rows;
  console.log(
    `\nmethod style / GET style: ×${(methods.instantiations / get.instantiations).toFixed(3)} instantiations (goal ≤ ×0.1), ` +
      `×${(methods.checkTime / get.checkTime).toFixed(2)} check time; single call ${single.instantiations.toLocaleString('en')} (goal ≤ 3,000)`,
  );
  if (methods.instantiations > get.instantiations / 10 || single.instantiations > 3000) process.exitCode = 1;
} finally {
  lab.remove();
}
