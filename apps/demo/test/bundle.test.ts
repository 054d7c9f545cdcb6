// What reaches the browser: the built files must hold no credential and nothing meant for Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_CONFIG_PLACEHOLDER } from '../server/demo-config.js';
import { SENTINEL_TOKEN } from './support/global-build.js';

const { publicDir } = inject('demoBuild');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const files = filesUnder(publicDir);
const text = (file: string) => readFileSync(file, 'utf8');

describe('the built app', () => {
  it('has a page, a script and a stylesheet', () => {
    const names = files.map((file) => relative(publicDir, file));
    expect(names).toContain('index.html');
    expect(names.some((name) => /^assets\/.+\.js$/.test(name))).toBe(true);
    expect(names.some((name) => /^assets\/.+\.css$/.test(name))).toBe(true);
  });

  it('does not contain the access token that was in the environment during the build', () => {
    for (const file of files) expect(text(file), relative(publicDir, file)).not.toContain(SENTINEL_TOKEN);
  });

  it('imports nothing from Node', () => {
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      expect(text(file)).not.toMatch(/(?:from|import\(|require\()\s*["']node:/);
      expect(text(file)).not.toMatch(/process\.env/);
    }
  });

  it('leaves the page for the server to fill in, with no inline script', () => {
    const page = text(join(publicDir, 'index.html'));
    expect(page).toContain(DEMO_CONFIG_PLACEHOLDER);
    // The CSP allows scripts from the origin only; an inline one would be blocked.
    expect(page.match(/<script\b[^>]*>/g)?.every((tag) => / src="\/assets\//.test(tag))).toBe(true);
  });
});
