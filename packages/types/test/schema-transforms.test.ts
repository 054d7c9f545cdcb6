// The generator's transforms of the bundled spec and of openapi-typescript's output, in process: which
// `patternProperties` keys become template literal types, and which `example`s stay out of the types.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the expected strings are TypeScript source, with template literal types
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  narrowPatternProperties,
  patternAsTemplate,
  withoutSchemaExamples,
} from '../scripts/schema-transforms.mjs';

describe('patternAsTemplate', () => {
  it('reads a literal around one run of digits, in either digit spelling', () => {
    expect(patternAsTemplate('^season/[0-9]+$')).toEqual({ head: 'season/', tail: '' });
    expect(patternAsTemplate('^season/\\d+$')).toEqual({ head: 'season/', tail: '' });
    expect(patternAsTemplate('^[0-9]+px$')).toEqual({ head: '', tail: 'px' });
    expect(patternAsTemplate('^episode-[0-9]+-cast$')).toEqual({ head: 'episode-', tail: '-cast' });
  });

  it('refuses patterns a template literal cannot state exactly', () => {
    for (const pattern of [
      'season/[0-9]+$', // not anchored at the start: any prefix
      '^season/[0-9]+', // not anchored at the end: any suffix
      '^season/[0-9]*$', // digits may be absent
      '^season/.+$',
      '^season/[0-9]+/[0-9]+$', // two runs of digits
      '^(season|episode)/[0-9]+$',
      '^season.[0-9]+$', // `.` is any character
      '^a\\+[0-9]+$',
      '^season/[0-9]+x?$',
      'x^season/[0-9]+$', // text before the anchor
      '^season/[0-9]+$x', // text after the anchor
    ]) {
      expect(patternAsTemplate(pattern), pattern).toBeUndefined();
    }
  });
});

describe('narrowPatternProperties', () => {
  const factory = ts.factory;
  /** `{ [key: string]: TvSeasonDetails }` (optionally nested in another type literal), as openapi-typescript emits it. */
  const indexSignature = (nested = false) => {
    const signature = factory.createTypeLiteralNode([
      factory.createIndexSignature(
        undefined,
        [
          factory.createParameterDeclaration(
            undefined,
            undefined,
            'key',
            undefined,
            factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
          ),
        ],
        factory.createTypeReferenceNode('TvSeasonDetails'),
      ),
    ]);
    return nested
      ? factory.createIntersectionTypeNode([factory.createTypeReferenceNode('Named'), signature])
      : signature;
  };
  const print = (node: ts.Node | undefined) =>
    node === undefined
      ? undefined
      : ts
          .createPrinter({ removeComments: true })
          .printNode(ts.EmitHint.Unspecified, node, ts.createSourceFile('x.ts', '', ts.ScriptTarget.Latest))
          .replace(/\s+/g, ' ');
  const document = (patternProperties: Record<string, unknown>) => ({
    components: { schemas: { TvSeriesAppends: { type: 'object', patternProperties } } },
  });
  const narrow = (
    patterns: Record<string, unknown>,
    path = '#/components/schemas/TvSeriesAppends',
    nested = false,
  ) => print(narrowPatternProperties(document(patterns))(indexSignature(nested), { path }));

  it('narrows the index key of the schema that has the pattern, however deep the signature sits', () => {
    expect(narrow({ '^season/[0-9]+$': {} })).toBe('{ [key: `season/${number}`]: TvSeasonDetails; }');
    expect(narrow({ '^season/[0-9]+$': {} }, undefined, true)).toBe(
      'Named & { [key: `season/${number}`]: TvSeasonDetails; }',
    );
    expect(narrow({ '^[0-9]+px$': {} })).toBe('{ [key: `${number}px`]: TvSeasonDetails; }');
  });

  it('leaves every other type to openapi-typescript', () => {
    // Another schema, a path below the schema, no path at all, no or several patterns, a pattern it cannot state.
    expect(narrow({ '^season/[0-9]+$': {} }, '#/components/schemas/Other')).toBeUndefined();
    expect(
      narrow({ '^season/[0-9]+$': {} }, '#/components/schemas/TvSeriesAppends/properties/x'),
    ).toBeUndefined();
    expect(narrow({ '^season/[0-9]+$': {} }, 'x#/components/schemas/TvSeriesAppends')).toBeUndefined();
    expect(
      narrowPatternProperties(document({ '^season/[0-9]+$': {} }))(indexSignature(), {}),
    ).toBeUndefined();
    expect(narrow({})).toBeUndefined();
    expect(narrow({ '^season/[0-9]+$': {}, '^episode/[0-9]+$': {} })).toBeUndefined();
    expect(narrow({ '^season/.+$': {} })).toBeUndefined();
    expect(
      narrowPatternProperties({})(indexSignature(), { path: '#/components/schemas/TvSeriesAppends' }),
    ).toBeUndefined();
  });
});

describe('withoutSchemaExamples', () => {
  it('drops every example and examples keyword, at any depth and in arrays, without touching the input', () => {
    const input = {
      example: { id: 1 },
      type: 'object',
      properties: {
        id: { type: 'integer', example: 550 },
        tags: { type: 'array', items: { type: 'string', examples: ['a'] } },
      },
      oneOf: [{ type: 'string', example: 'x' }, null, 3],
    };
    const copy = structuredClone(input);
    expect(withoutSchemaExamples(input)).toEqual({
      type: 'object',
      properties: { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } },
      oneOf: [{ type: 'string' }, null, 3],
    });
    expect(input).toEqual(copy);
  });

  it('keeps fields named example or examples, which are data, not keywords', () => {
    expect(
      withoutSchemaExamples({
        properties: {
          example: { type: 'string', example: 'dropped' },
          examples: { type: 'object', properties: { example: { type: 'boolean' } } },
        },
        required: ['example'],
      }),
    ).toEqual({
      properties: {
        example: { type: 'string' },
        examples: { type: 'object', properties: { example: { type: 'boolean' } } },
      },
      required: ['example'],
    });
  });
});
