// @ts-check
// What the generator changes between the bundled spec and openapi-typescript's output, as pure functions the
// tests call in process: examples left out of the types, and `patternProperties` keys narrowed.
import ts from 'typescript';

/**
 * `^season/[0-9]+$` → the parts of the template literal type `season/${number}`; undefined for patterns
 * that are not a literal around one run of digits.
 * @param {string} pattern
 */
export function patternAsTemplate(pattern) {
  const match = /^\^([^\\[\]()*+?{}|^$.]*)(?:\[0-9\]|\\d)\+([^\\[\]()*+?{}|^$.]*)\$$/.exec(pattern);
  return match ? { head: match[1] ?? '', tail: match[2] ?? '' } : undefined;
}

/**
 * openapi-typescript types `patternProperties` as `[key: string]: T`, which swallows every named key
 * (`keyof` becomes `string`, and named properties must then also be a T). Where the pattern is a literal
 * around digits (TV details' `season/<n>` appends), narrow the index signature to a template literal
 * key such as `season/${number}`, which is exactly what the pattern allows.
 * @param {Record<string, unknown>} document
 * @returns {(type: ts.TypeNode, options: { path?: string }) => ts.TypeNode | undefined}
 */
export function narrowPatternProperties(document) {
  const schemas = /** @type {Record<string, { patternProperties?: Record<string, unknown> }>} */ (
    /** @type {{ components?: { schemas?: object } }} */ (document).components?.schemas ?? {}
  );
  return (type, options) => {
    const name = options.path?.match(/^#\/components\/schemas\/([^/]+)$/)?.[1];
    const patterns = Object.keys((name && schemas[name]?.patternProperties) || {});
    if (patterns.length !== 1) return undefined;
    const template = patternAsTemplate(/** @type {string} */ (patterns[0]));
    if (!template) return undefined;
    const key = ts.factory.createTemplateLiteralType(ts.factory.createTemplateHead(template.head), [
      ts.factory.createTemplateLiteralTypeSpan(
        ts.factory.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword),
        ts.factory.createTemplateTail(template.tail),
      ),
    ]);
    /** @param {ts.Node} node @returns {ts.Node} */
    const visit = (node) =>
      ts.isIndexSignatureDeclaration(node)
        ? ts.factory.updateIndexSignature(
            node,
            node.modifiers,
            node.parameters.map((parameter) =>
              ts.factory.updateParameterDeclaration(
                parameter,
                parameter.modifiers,
                parameter.dotDotDotToken,
                parameter.name,
                parameter.questionToken,
                key,
                parameter.initializer,
              ),
            ),
            node.type,
          )
        : ts.visitEachChild(node, visit, undefined);
    return /** @type {ts.TypeNode} */ (visit(type));
  };
}

/**
 * A copy of the document without schema-level `example`s. openapi-typescript would turn each into an
 * `@example` JSDoc block: they would make up a third of the module, cost every consumer's compiler and
 * editor time, and say nothing about the types. The bundled openapi.json keeps them.
 * @param {unknown} node
 * @param {boolean} [isPropertyMap] keys of a `properties` map are field names, never keywords
 * @returns {unknown}
 */
export function withoutSchemaExamples(node, isPropertyMap = false) {
  if (Array.isArray(node)) return node.map((item) => withoutSchemaExamples(item));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => isPropertyMap || (key !== 'example' && key !== 'examples'))
      .map(([key, value]) => [key, withoutSchemaExamples(value, !isPropertyMap && key === 'properties')]),
  );
}
