// Reviews of movies and series, and a single review by id.
import type { Schemas } from '@tmdb-kit/types';
import type { MockData } from '../data/index.js';
import type { ReviewSeed } from '../data/reviews.js';
import { notFound, ok } from '../responses/respond.js';
import type { HandlerTable } from './contract.js';

function review(seed: ReviewSeed): Schemas['Review'] {
  return {
    author: seed.author,
    author_details: { avatar_path: null, name: seed.author, rating: seed.rating, username: seed.username },
    content: seed.content,
    created_at: seed.createdAt,
    id: seed.id,
    updated_at: seed.createdAt,
    url: `https://reviews.example.invalid/review/${seed.id}`,
  };
}

export function reviewsOf(data: MockData, mediaType: 'movie' | 'tv', id: number): Schemas['Review'][] {
  return data.reviews.filter((seed) => seed.mediaType === mediaType && seed.mediaId === id).map(review);
}

export const reviewHandlers = {
  getReviewDetails: ({ path }, { data }) => {
    const seed = data.review(path.review_id);
    if (!seed) return notFound();
    const title =
      seed.mediaType === 'movie' ? data.movie(seed.mediaId)?.title : data.show(seed.mediaId)?.name;
    return ok({
      ...review(seed),
      iso_639_1: 'en',
      media_id: seed.mediaId,
      media_title: title ?? '',
      media_type: seed.mediaType,
    });
  },
} satisfies Partial<HandlerTable>;
