// What the method style costs a consumer's compiler, from @tmdb-kit/client's declarations as a user's
// project sees them. Instantiation counts are deterministic, so they are asserted, with headroom over what
// the code costs today (twenty calls ≈ 4,700, the costliest single call ≈ 1,100, `GET` style ≈ 229,000).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTypeCostLab, type TypeCost, type TypeCostLab } from '../bench/type-cost/measure.mjs';

let lab: TypeCostLab;
const costs: Record<string, TypeCost> = {};
beforeAll(() => {
  lab = createTypeCostLab();
  for (const fixture of ['base', 'single', 'methods', 'get'])
    costs[fixture] = lab.measure(`${fixture}.ts.txt`);
}, 300_000);
afterAll(() => lab?.remove());

const cost = (fixture: string) => {
  const measured = costs[fixture];
  if (!measured) throw new Error(`${fixture} was not measured`);
  expect(measured.errors, `${fixture} compiles`).toEqual([]);
  return measured.instantiations - (costs.base?.instantiations ?? 0);
};

describe('type cost of the method style', () => {
  it('keeps twenty typical calls (an append and a paginated one among them) at most a tenth of GET', () => {
    expect(cost('methods')).toBeGreaterThan(0);
    expect(cost('methods')).toBeLessThanOrEqual(cost('get') / 10);
    expect(cost('methods')).toBeLessThanOrEqual(15_000);
  });

  it('keeps the costliest single call (details with three appends) within 3,000 instantiations', () => {
    expect(cost('single')).toBeGreaterThan(0);
    expect(cost('single')).toBeLessThanOrEqual(3_000);
  });
});
