/** See schema-transforms.mjs: what the generator changes between the bundled spec and the generated types. */
import type ts from 'typescript';

export function patternAsTemplate(pattern: string): { head: string; tail: string } | undefined;
export function narrowPatternProperties(
  document: Record<string, unknown>,
): (type: ts.TypeNode, options: { path?: string }) => ts.TypeNode | undefined;
export function withoutSchemaExamples(node: unknown, isPropertyMap?: boolean): unknown;
