// A vitest setup file for targets whose tests run the mutated code in a child process (the generator,
// spec-diff's CLI). Stryker switches a mutant on inside the test process only; its instrumented code also
// reads the active mutant from the environment, which child processes inherit, so pass it on there.
import { afterAll, beforeAll } from 'vitest';

const ENV = '__STRYKER_ACTIVE_MUTANT__';
const stryker = () => (globalThis as { __stryker__?: { activeMutant?: string | number } }).__stryker__;

beforeAll(() => {
  const active = stryker()?.activeMutant;
  if (active === undefined) delete process.env[ENV];
  else process.env[ENV] = String(active);
});

afterAll(() => {
  delete process.env[ENV];
});
