import {
  type AspectChange,
  type ChangedOperation,
  countDifferences,
  type ParameterRef,
  type SpecDiff,
} from './diff.js';

export interface BaselineContext {
  key: string;
  reviewed: string;
  /** True when the upstream file is byte for byte the one reviewed. */
  sameFile: boolean;
  /** Ends the report with what to do next (not when the report accompanies that very step). */
  advice: boolean;
}

/** `pnpm spec:diff <upstream>`: what TMDB changed since the baseline, in words a maintainer acts on. */
export function formatBaselineReport(diff: SpecDiff, baseline: BaselineContext): string {
  const total = countDifferences(diff);
  const since = `since the baseline of ${baseline.reviewed} (${baseline.key})`;
  if (total === 0) {
    const note = baseline.sameFile
      ? ''
      : '\nIts document did change, but not in anything spec:diff tracks (descriptions, examples, responses).';
    return `TMDB changed no operations ${since}: all ${diff.comparedOperations} are as reviewed.${note}\n`;
  }
  const lines = [`TMDB changed ${plural(total, 'operation')} ${since}:`];
  for (const operation of diff.addedOperations) lines.push(`  + ${operation.method} ${operation.path} (new)`);
  for (const operation of diff.removedOperations)
    lines.push(`  - ${operation.method} ${operation.path} (removed)`);
  for (const operation of diff.changedOperations) lines.push(...describeOperation(operation));
  if (baseline.advice) {
    lines.push(
      'Review each change, update openapi/ where it matters to us, then record the review:',
      '  pnpm spec:diff --update-baseline <file-or-url>',
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `--against-ours`: how our spec differs from TMDB's, deliberate differences left out. Rules that
 * matched nothing are named (they no longer excuse anything) without failing the run.
 */
export function formatAgainstOursReport(diff: SpecDiff, ignored: number, unusedRules: string[] = []): string {
  const total = countDifferences(diff);
  const leftOut = ignored > 0 ? ` (${plural(ignored, 'deliberate difference')} left out)` : '';
  const unused =
    unusedRules.length > 0
      ? `\nDeliberate differences that matched nothing (remove them if what they excused is gone): ${unusedRules
          .map((rule) => `"${rule}"`)
          .join(', ')}.`
      : '';
  if (total === 0)
    return `No differences: all ${diff.comparedOperations} operations match upstream${leftOut}.${unused}\n`;
  const lines: string[] = [];
  if (diff.addedOperations.length > 0) {
    lines.push(`Upstream has ${plural(diff.addedOperations.length, 'operation')} we do not describe:`);
    for (const operation of diff.addedOperations) lines.push(`  + ${operation.method} ${operation.path}`);
  }
  if (diff.removedOperations.length > 0) {
    lines.push(`Upstream does not have ${plural(diff.removedOperations.length, 'operation')} we describe:`);
    for (const operation of diff.removedOperations) lines.push(`  - ${operation.method} ${operation.path}`);
  }
  if (diff.changedOperations.length > 0) {
    lines.push(`Upstream differs in ${plural(diff.changedOperations.length, 'operation')}:`);
    for (const operation of diff.changedOperations) lines.push(...describeOperation(operation));
  }
  lines.push(`${plural(total, 'difference')} (ours → upstream)${leftOut}.${unused}`);
  return `${lines.join('\n')}\n`;
}

function describeOperation(operation: ChangedOperation): string[] {
  const lines = [`  ~ ${operation.method} ${operation.path}`];
  for (const change of operation.changes) lines.push(`      ~ ${describeChange(change)}`);
  for (const parameter of operation.addedParameters) lines.push(`      + ${describeParameter(parameter)}`);
  for (const parameter of operation.removedParameters) lines.push(`      - ${describeParameter(parameter)}`);
  for (const { location, from, to } of operation.renamedParameters)
    lines.push(`      ~ ${describeParameter({ location, name: from })} renamed to "${to}"`);
  for (const parameter of operation.changedParameters) {
    lines.push(
      `      ~ ${describeParameter(parameter)}: ${parameter.changes.map(describeChange).join('; ')}`,
    );
  }
  return lines;
}

function describeParameter({ location, name }: ParameterRef): string {
  return `${location} parameter "${name}"`;
}

function describeChange({ aspect, ours, theirs }: AspectChange): string {
  if (aspect === 'required' && ours !== undefined && theirs !== undefined)
    return theirs === 'true' ? 'now required' : 'no longer required';
  if (aspect === 'deprecated') return theirs === 'true' ? 'now deprecated' : 'no longer deprecated';
  if (aspect === 'requestBody') {
    if (ours === undefined) return `request body added (${theirs})`;
    if (theirs === undefined) return `request body removed (was ${ours})`;
    return `request body ${ours} → ${theirs}`;
  }
  if (aspect === 'enum' && ours !== undefined && theirs !== undefined) {
    const before = enumValues(ours);
    const after = enumValues(theirs);
    const added = after.filter((value) => !before.includes(value));
    const removed = before.filter((value) => !after.includes(value));
    return [
      added.length > 0 ? `new enum ${added.length === 1 ? 'value' : 'values'} ${added.join(', ')}` : '',
      removed.length > 0
        ? `enum ${removed.length === 1 ? 'value' : 'values'} ${removed.join(', ')} gone`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
  }
  return `${aspect} ${ours ?? '(none)'} → ${theirs ?? '(none)'}`;
}

/** `["a","b"]` → `"a"`, `"b"`, as written in the spec. */
function enumValues(summary: string): string[] {
  const parsed: unknown = JSON.parse(summary);
  return Array.isArray(parsed) ? parsed.map((value) => JSON.stringify(value)) : [summary];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
