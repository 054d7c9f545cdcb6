// `pnpm demo`'s server as a real process: it starts the mock (or proxies to TMDB with a token), prints the
// URL, serves the app and stops cleanly on Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { MOCK_ACCESS_TOKEN, type MockServer, startMockServer } from '@tmdb-kit/mock';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';

const { serverDir } = inject('demoBuild');
const MAIN = join(serverDir, 'main.js');

interface Running {
  readonly child: ChildProcess;
  output: string;
  /** Resolves with the printed URL, or rejects with the output if the process ends first. */
  readonly url: Promise<string>;
  readonly exit: Promise<number | null>;
}

const running: Running[] = [];

function startDemo(args: string[], env: Record<string, string | undefined> = {}): Running {
  const child = spawn(process.execPath, [MAIN, ...args], {
    env: { ...process.env, TMDB_ACCESS_TOKEN: undefined, PORT: undefined, HOST: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const state: Running = {
    child,
    output: '',
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    url: new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        state.output += chunk.toString();
        const match = /tmdb-kit demo: (http:\/\/\S+)/.exec(state.output);
        if (match?.[1]) resolve(match[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('exit', () => reject(new Error(`the demo exited before printing its URL:\n${state.output}`)));
    }),
  };
  state.url.catch(() => undefined);
  running.push(state);
  return state;
}

/** Ctrl-C, and the exit code; SIGKILL if it does not stop within five seconds. */
async function interrupt(demo: Running): Promise<number | null> {
  demo.child.kill('SIGINT');
  const timer = setTimeout(() => demo.child.kill('SIGKILL'), 5_000);
  try {
    return await demo.exit;
  } finally {
    clearTimeout(timer);
  }
}

afterEach(async () => {
  for (const demo of running.splice(0)) if (demo.child.exitCode === null) await interrupt(demo);
});

describe('the demo server process', () => {
  it('runs offline by default: starts the mock, prints the URL, serves the app and the API, stops on Ctrl-C', async () => {
    const demo = startDemo(['--port', '0']);
    const url = await demo.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(demo.output).toMatch(/offline: @tmdb-kit\/mock at http:\/\/127\.0\.0\.1:\d+/);

    const page = await (await fetch(`${url}/movie/1`)).text();
    expect(page).toContain('"mode":"mock"');
    const search = await fetch(`${url}/tmdb/3/search/movie?query=the`);
    expect(search.status).toBe(200);
    expect((await search.json()).results.length).toBeGreaterThan(0);

    expect(await interrupt(demo)).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('takes the port from PORT', async () => {
    const probe = startDemo(['--port', '0']);
    const free = Number(new URL(await probe.url).port);
    await interrupt(probe);
    const demo = startDemo([], { PORT: String(free) });
    expect(await demo.url).toBe(`http://127.0.0.1:${free}`);
  });

  it('says so when the port is taken', async () => {
    const first = startDemo(['--port', '0']);
    const port = new URL(await first.url).port;
    const second = startDemo(['--port', port]);
    expect(await second.exit).toBe(1);
    expect(second.output).toContain('that port is in use: pass --port <n> or set PORT');
  });

  it('refuses bad arguments with usage and exit code 2', async () => {
    const demo = startDemo(['--port', 'eighty']);
    expect(await demo.exit).toBe(2);
    expect(demo.output).toContain('port must be a whole number');
  });

  describe('with TMDB_ACCESS_TOKEN', () => {
    let tmdb: MockServer;
    beforeAll(async () => {
      // Stands in for api.themoviedb.org: it accepts only this token, so a 200 proves the proxy sent it.
      tmdb = await startMockServer();
    });
    afterAll(() => tmdb?.close());

    it('proxies to TMDB_BASE_URL with the token, which the page never sees', async () => {
      const demo = startDemo(['--port', '0'], {
        TMDB_ACCESS_TOKEN: MOCK_ACCESS_TOKEN,
        TMDB_BASE_URL: tmdb.url,
      });
      const url = await demo.url;
      expect(demo.output).toContain(`online: proxying to ${tmdb.url}`);
      expect(demo.output).not.toContain(MOCK_ACCESS_TOKEN);
      const page = await (await fetch(url)).text();
      expect(page).toContain('"mode":"tmdb"');
      expect(page).not.toContain(MOCK_ACCESS_TOKEN);
      const configuration = await fetch(`${url}/tmdb/3/configuration`);
      expect(configuration.status).toBe(200);
      expect(await configuration.text()).not.toContain(MOCK_ACCESS_TOKEN);
    });
  });
});
