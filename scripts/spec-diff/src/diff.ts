import {
  OPERATION_ASPECTS,
  type OperationShape,
  PARAMETER_ASPECTS,
  type ParameterShape,
} from './operations.js';

/** One fact that differs; `undefined` means the document does not state it. */
export interface AspectChange {
  aspect: string;
  ours: string | undefined;
  theirs: string | undefined;
}

export interface OperationRef {
  method: string;
  path: string;
}

export interface ParameterRef {
  location: string;
  name: string;
}

export interface ChangedParameter extends ParameterRef {
  changes: AspectChange[];
}

export interface ChangedOperation extends OperationRef {
  /** Parameters upstream has and we do not. */
  addedParameters: ParameterRef[];
  /** Parameters we have and upstream no longer does. */
  removedParameters: ParameterRef[];
  changedParameters: ChangedParameter[];
  /** Operation-level facts: request body, deprecation. */
  changes: AspectChange[];
}

/** How upstream (theirs) differs from us (ours): "added" is in theirs only, "removed" in ours only. */
export interface SpecDiff {
  addedOperations: OperationRef[];
  removedOperations: OperationRef[];
  changedOperations: ChangedOperation[];
  /** Operations present on both sides, changed or not. */
  comparedOperations: number;
}

export function diffOperations(
  ours: Map<string, OperationShape>,
  theirs: Map<string, OperationShape>,
): SpecDiff {
  const diff: SpecDiff = {
    addedOperations: [],
    removedOperations: [],
    changedOperations: [],
    comparedOperations: 0,
  };
  for (const key of sortedUnion(ours.keys(), theirs.keys())) {
    const our = ours.get(key);
    const their = theirs.get(key);
    if (!our && their) diff.addedOperations.push(refOf(their));
    else if (our && !their) diff.removedOperations.push(refOf(our));
    else if (our && their) {
      diff.comparedOperations += 1;
      const changed = diffOperation(our, their);
      if (changed) diff.changedOperations.push(changed);
    }
  }
  return diff;
}

export function countDifferences(diff: SpecDiff): number {
  return diff.addedOperations.length + diff.removedOperations.length + diff.changedOperations.length;
}

function diffOperation(ours: OperationShape, theirs: OperationShape): ChangedOperation | undefined {
  const changed: ChangedOperation = {
    ...refOf(theirs),
    addedParameters: [],
    removedParameters: [],
    changedParameters: [],
    changes: compareAspects(OPERATION_ASPECTS, ours.aspects, theirs.aspects),
  };
  for (const key of sortedUnion(ours.parameters.keys(), theirs.parameters.keys())) {
    const our = ours.parameters.get(key);
    const their = theirs.parameters.get(key);
    if (!our && their) changed.addedParameters.push(parameterRefOf(their));
    else if (our && !their) changed.removedParameters.push(parameterRefOf(our));
    else if (our && their) {
      const changes = compareAspects(PARAMETER_ASPECTS, our.aspects, their.aspects);
      if (changes.length > 0) changed.changedParameters.push({ ...parameterRefOf(their), changes });
    }
  }
  const differs =
    changed.changes.length +
      changed.addedParameters.length +
      changed.removedParameters.length +
      changed.changedParameters.length >
    0;
  return differs ? changed : undefined;
}

function compareAspects<Aspect extends string>(
  aspects: readonly Aspect[],
  ours: Record<Aspect, string | undefined>,
  theirs: Record<Aspect, string | undefined>,
): AspectChange[] {
  return aspects
    .filter((aspect) => ours[aspect] !== theirs[aspect])
    .map((aspect) => ({ aspect, ours: ours[aspect], theirs: theirs[aspect] }));
}

function sortedUnion(first: Iterable<string>, second: Iterable<string>): string[] {
  return [...new Set([...first, ...second])].sort();
}

const refOf = ({ method, path }: OperationShape): OperationRef => ({ method, path });
const parameterRefOf = ({ location, name }: ParameterShape): ParameterRef => ({ location, name });
