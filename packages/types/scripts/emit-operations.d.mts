/** See emit-operations.mjs: the operation-method module generated from each operation's `x-tmdb-method`. */
export function emitOperations(
  document: unknown,
  options: { specDir: string; fail: (message: string) => Error; display?: (file: string) => string },
): string;
