// A throwaway copy of the parts of the repo that generation reads, so tests can break the spec or the
// outputs without touching the working tree. Dependencies are linked, not copied.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const packageDir = resolve(import.meta.dirname, '..');
const repoRoot = resolve(packageDir, '../..');

export interface GenerationSandbox {
  root: string;
  packageDir: string;
  remove(): void;
}

export function createGenerationSandbox(): GenerationSandbox {
  const root = mkdtempSync(join(tmpdir(), 'tmdb-kit-generate-'));
  for (const file of ['openapi', 'redocly.yaml', 'biome.json', '.gitignore']) {
    cpSync(join(repoRoot, file), join(root, file), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  const sandboxPackage = join(root, 'packages/types');
  for (const file of ['package.json', 'scripts', 'openapi.json', 'src/generated']) {
    cpSync(join(packageDir, file), join(sandboxPackage, file), { recursive: true });
  }
  symlinkSync(join(packageDir, 'node_modules'), join(sandboxPackage, 'node_modules'));
  return { root, packageDir: sandboxPackage, remove: () => rmSync(root, { recursive: true, force: true }) };
}
