// The transport-independent engine: option checking, latency (with fake timers, not wall-clock timing),
// routing precedence and the guarantee that the handler table and the spec list the same operations.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../src/handlers/table.js';
import { createMockEngine, MOCK_ACCESS_TOKEN, MockOptionsError } from '../src/index.js';

const request = (path: string) => ({
  method: 'GET',
  url: new URL(path, 'http://mock.invalid'),
  authorization: `Bearer ${MOCK_ACCESS_TOKEN}`,
  bodyText: undefined,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createMockEngine', () => {
  it('serves exactly the operations of the bundled spec', () => {
    const engine = createMockEngine();
    expect([...engine.operationIds].sort()).toEqual(Object.keys(handlers).sort());
    expect(engine.operationIds.length).toBeGreaterThanOrEqual(152);
  });

  it('rejects impossible options with a MockOptionsError naming the option', () => {
    expect(() => createMockEngine({ faultRate: 1.5 })).toThrow(MockOptionsError);
    expect(() => createMockEngine({ latencyMs: [50, 10] })).toThrow('latencyMs');
    expect(() => createMockEngine({ rateLimit: { requests: 0, perMs: 1000 } })).toThrow('rateLimit');
    expect(() =>
      createMockEngine({
        users: [
          { username: 'a', password: 'x' },
          { username: 'a', password: 'y' },
        ],
      }),
    ).toThrow('unique');
    expect(() => createMockEngine({ seed: 1.5 })).toThrow('seed');
    expect(() => createMockEngine().configure({ faultRate: -1 })).toThrow(MockOptionsError);
  });

  it('holds every answer for latencyMs', async () => {
    vi.useFakeTimers();
    const engine = createMockEngine({ latencyMs: 250 });
    let answered = false;
    const pending = engine.handle(request('/3/configuration')).then((response) => {
      answered = true;
      return response;
    });
    await vi.advanceTimersByTimeAsync(249);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('draws latency ranges from the seed', async () => {
    vi.useFakeTimers();
    const delays = async (seed: number) => {
      const spy = vi.spyOn(globalThis, 'setTimeout');
      const engine = createMockEngine({ seed, latencyMs: [10, 500] });
      for (let index = 0; index < 5; index++) {
        const pending = engine.handle(request('/3/configuration'));
        await vi.runAllTimersAsync();
        await pending;
      }
      const values = spy.mock.calls.map((call) => call[1]);
      spy.mockRestore();
      return values;
    };
    const first = await delays(4);
    expect(first).toHaveLength(5);
    for (const delay of first) expect(delay).toBeGreaterThanOrEqual(10);
    expect(await delays(4)).toEqual(first);
  });

  it('routes literal segments before templated ones', async () => {
    const engine = createMockEngine({ now: () => Date.parse('2026-11-28T12:00:00Z') });
    const popular = await engine.handle(request('/3/movie/popular'));
    expect(popular.status).toBe(200);
    expect(JSON.parse(popular.body ?? '')).toHaveProperty('total_pages');
    const latest = await engine.handle(request('/3/movie/latest'));
    expect(JSON.parse(latest.body ?? '')).toHaveProperty('id', 1033);
  });
});
