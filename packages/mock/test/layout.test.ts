// The source folders form layers: a module imports only from its own folder or from folders below it, so
// the low-level helpers never depend on what assembles them. src/LAYOUT.md explains each layer.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Bottom first. The entry points at the top of src/ (index, server, msw, cli) may import any of them. */
const LAYERS: readonly string[] = ['core', 'openapi', 'data', 'state', 'responses', 'handlers', 'engine'];
const TOP = LAYERS.length;

function layerOf(fileInSrc: string): number {
  const folder = fileInSrc.includes('/') ? fileInSrc.slice(0, fileInSrc.indexOf('/')) : '';
  if (folder === '') return TOP;
  const index = LAYERS.indexOf(folder);
  if (index === -1)
    throw new Error(`src/${folder}/ is not a known layer: add it to LAYERS and src/LAYOUT.md`);
  return index;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

const relativeImports = (text: string): string[] =>
  [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) => match[1] ?? '');

describe('source layout', () => {
  const files = sourceFiles(SRC);

  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(50);
    const engine = readFileSync(join(SRC, 'engine/engine.ts'), 'utf8');
    expect(relativeImports(engine)).toContain('../handlers/table.js');
  });

  it('has every folder import only its own folder or the layers below it', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = relative(SRC, file);
      for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
        const to = relative(SRC, resolve(dirname(file), specifier));
        if (to.startsWith('..')) violations.push(`${from} -> ${specifier} (outside src)`);
        else if (layerOf(to) > layerOf(from)) violations.push(`${from} -> ${to}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
