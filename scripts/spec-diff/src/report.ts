import { type AspectChange, countDifferences, type ParameterRef, type SpecDiff } from './diff.js';

/** A plain-text report for people and CI logs; one line per difference, grouped by operation. */
export function formatReport(diff: SpecDiff): string {
  const total = countDifferences(diff);
  if (total === 0) return `No differences: all ${diff.comparedOperations} operations match upstream.\n`;
  const lines: string[] = [];
  if (diff.addedOperations.length > 0) {
    lines.push(`Upstream added ${plural(diff.addedOperations.length, 'operation')} we do not describe:`);
    for (const operation of diff.addedOperations) lines.push(`  + ${operation.method} ${operation.path}`);
  }
  if (diff.removedOperations.length > 0) {
    lines.push(`Upstream no longer has ${plural(diff.removedOperations.length, 'operation')} we describe:`);
    for (const operation of diff.removedOperations) lines.push(`  - ${operation.method} ${operation.path}`);
  }
  if (diff.changedOperations.length > 0) {
    lines.push(`Upstream changed ${plural(diff.changedOperations.length, 'operation')}:`);
    for (const operation of diff.changedOperations) {
      lines.push(`  ~ ${operation.method} ${operation.path}`);
      for (const change of operation.changes) lines.push(`      ~ ${describeChange(change)}`);
      for (const parameter of operation.addedParameters)
        lines.push(`      + ${describeParameter(parameter)}`);
      for (const parameter of operation.removedParameters)
        lines.push(`      - ${describeParameter(parameter)}`);
      for (const parameter of operation.changedParameters) {
        lines.push(
          `      ~ ${describeParameter(parameter)}: ${parameter.changes.map(describeChange).join('; ')}`,
        );
      }
    }
  }
  lines.push(`${plural(total, 'difference')} (ours → upstream).`);
  return `${lines.join('\n')}\n`;
}

function describeParameter({ location, name }: ParameterRef): string {
  return `${location} parameter "${name}"`;
}

function describeChange({ aspect, ours, theirs }: AspectChange): string {
  return `${aspect} ${ours ?? '(none)'} → ${theirs ?? '(none)'}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
