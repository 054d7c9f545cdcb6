// The client's modules import each other one way: a newcomer can read them bottom-up (signals, redaction,
// errors, responses, pipeline, client, helpers) without meeting a cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const srcDir = new URL('../src/', import.meta.url);
const modules = readdirSync(srcDir).filter((name) => name.endsWith('.ts'));

/** The local modules a module imports, types included (a type-only cycle is still a tangle to read). */
function importsOf(name: string): string[] {
  const source = readFileSync(new URL(name, srcDir), 'utf8');
  return [...source.matchAll(/from '\.\/([\w-]+)\.js'/g)].map((match) => `${match[1]}.ts`);
}

describe('module structure', () => {
  it('has no import cycle', () => {
    const cycles: string[] = [];
    const visit = (name: string, path: string[]) => {
      if (path.includes(name)) {
        cycles.push([...path.slice(path.indexOf(name)), name].join(' → '));
        return;
      }
      for (const imported of importsOf(name)) visit(imported, [...path, name]);
    };
    for (const name of modules) visit(name, []);
    expect(cycles).toEqual([]);
  });

  it('keeps every import resolvable (the check above sees real files)', () => {
    const missing = modules.flatMap((name) =>
      importsOf(name).filter((imported) => !modules.includes(imported)),
    );
    expect(missing).toEqual([]);
    expect(modules.length).toBeGreaterThan(10);
  });
});
