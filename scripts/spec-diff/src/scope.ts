import type { OperationShape } from './operations.js';

// Our document describes several API versions (`/3/...` and `/4/...`), while TMDB publishes one file per
// version. Comparing against TMDB's v4 file must not report every v3 operation as "removed upstream", so
// our side is narrowed to the versions the upstream file covers.

/** The API versions (`/3`, `/4`) whose paths a set of operations contains. */
export function apiVersionsOf(operations: Map<string, OperationShape>): Set<string> {
  const versions = new Set<string>();
  for (const { path } of operations.values()) {
    const version = /^\/(\d+)(?:\/|$)/.exec(path)?.[1];
    if (version !== undefined) versions.add(version);
  }
  return versions;
}

/** Our operations under those versions; everything when upstream names no version at all. */
export function withinVersions(
  operations: Map<string, OperationShape>,
  versions: ReadonlySet<string>,
): Map<string, OperationShape> {
  if (versions.size === 0) return operations;
  return new Map(
    [...operations].filter(([, { path }]) => versions.has(/^\/(\d+)(?:\/|$)/.exec(path)?.[1] ?? '')),
  );
}
