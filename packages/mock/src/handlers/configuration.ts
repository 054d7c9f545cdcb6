// The API configuration: image base URLs and sizes. Image URLs point at TMDB's image CDN layout on a
// placeholder host, since the fake serves no image bytes.
import type { HandlerTable } from './contract.js';
import { ok } from './respond.js';

export const configurationHandlers = {
  getConfiguration: () =>
    ok({
      images: {
        base_url: 'http://images.example.invalid/t/p/',
        secure_base_url: 'https://images.example.invalid/t/p/',
        backdrop_sizes: ['w300', 'w780', 'w1280', 'original'],
        logo_sizes: ['w45', 'w92', 'w154', 'w185', 'w300', 'w500', 'original'],
        poster_sizes: ['w92', 'w154', 'w185', 'w342', 'w500', 'w780', 'original'],
        profile_sizes: ['w45', 'w185', 'h632', 'original'],
        still_sizes: ['w92', 'w185', 'w300', 'original'],
      },
      change_keys: [
        'budget',
        'cast',
        'crew',
        'genres',
        'images',
        'overview',
        'release_dates',
        'title',
        'videos',
      ],
    }),
} satisfies Partial<HandlerTable>;
