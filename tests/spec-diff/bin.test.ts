// The entry point `pnpm spec:diff` runs: its arguments, its output streams and its exit code.
import { afterEach, describe, expect, it, vi } from 'vitest';

const argv = process.argv;

afterEach(() => {
  process.argv = argv;
  process.exitCode = undefined;
  vi.restoreAllMocks();
  vi.resetModules();
});

/** Runs bin.ts in-process as `spec:diff ...args`, collecting what it writes. */
async function bin(...args: string[]) {
  const written = { stdout: '', stderr: '' };
  vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
    written.stdout += String(text);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
    written.stderr += String(text);
    return true;
  });
  process.argv = ['node', 'bin.js', ...args];
  await import('../../scripts/spec-diff/src/bin.js');
  const code = process.exitCode;
  vi.restoreAllMocks();
  return { code, ...written };
}

describe('bin', () => {
  it('prints the usage on stdout and exits 0 for --help', async () => {
    const result = await bin('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage:\n/);
    expect(result.stderr).toBe('');
  });

  it('reads only the arguments after the script, and reports errors on stderr with exit code 2', async () => {
    const result = await bin('--json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^spec:diff: give the TMDB spec to compare \(a file or an http\(s\) URL\)\n/,
    );
  });
});
