// Reads a captures folder (see ./format.ts): every `*.json` file below it, in a stable order. A file that
// is not a capture is reported by name and skipped; it never stops the others from loading.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Loaded, type LoadProblem, messageOf, type Sample, samplesFromHar } from '../verify/samples.js';
import { type Capture, parseCapture } from './format.js';

export interface StoredCapture {
  /** The file, relative to the captures folder. */
  readonly file: string;
  readonly capture: Capture;
}

export interface LoadedCaptures {
  readonly captures: StoredCapture[];
  readonly problems: LoadProblem[];
}

export async function readCaptureFolder(folder: string): Promise<LoadedCaptures> {
  const captures: StoredCapture[] = [];
  const problems: LoadProblem[] = [];
  for (const path of await listJsonFiles(folder)) {
    const file = relative(folder, path) || path;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      problems.push({ source: file, message: `not JSON: ${messageOf(error)}` });
      continue;
    }
    const capture = parseCapture(parsed);
    if (typeof capture === 'string') problems.push({ source: file, message: capture });
    else captures.push({ file, capture });
  }
  return { captures, problems };
}

async function listJsonFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listJsonFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.json')) files.push(path);
  }
  return files;
}

export function captureSample({ file, capture }: StoredCapture): Sample {
  return {
    source: file,
    method: capture.request.method,
    path: capture.request.path,
    status: capture.response.status,
    body: capture.response.body,
  };
}

/** A captures folder or a HAR file, told apart by what is on disk. */
export async function loadSamples(path: string): Promise<Loaded> {
  if ((await stat(path)).isDirectory()) {
    const { captures, problems } = await readCaptureFolder(path);
    return { samples: captures.map(captureSample), problems };
  }
  let har: unknown;
  try {
    har = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return { samples: [], problems: [{ source: path, message: `not JSON: ${messageOf(error)}` }] };
  }
  return samplesFromHar(har, path);
}
