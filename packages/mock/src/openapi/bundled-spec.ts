// The bundled spec that drives routing and validation, shipped by @tmdb-kit/types next to the generated
// types, so the fake's routes and its handler types always come from the same generation.
import document from '@tmdb-kit/types/openapi.json' with { type: 'json' };

export const bundledSpec: unknown = document;
