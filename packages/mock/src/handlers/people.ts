// People: details (with append_to_response), filmography, images and the popular chart.
import type { Schemas } from '@tmdb-kit/types';
import type { PersonSeed } from '../data/people.js';
import { changesFor } from '../responses/media-common.js';
import { paginate, paginateMapped } from '../responses/pagination.js';
import {
  personCombinedCredits,
  personDetails,
  personExternalIds,
  personImages,
  personListItem,
  personMovieCredits,
  personTaggedImages,
  personTranslations,
  personTvCredits,
} from '../responses/person.js';
import { notFound, ok, subResource } from '../responses/respond.js';
import { type AppendBuilders, appendLimitExceeded, collectAppends } from './appends.js';
import type { HandlerTable } from './contract.js';

function personAppends(today: string): AppendBuilders<PersonSeed, Schemas['PersonAppends']> {
  return {
    changes: (person) => changesFor(person.id, 'biography', today, undefined, undefined),
    combined_credits: (person) => personCombinedCredits(person, today),
    external_ids: personExternalIds,
    images: personImages,
    movie_credits: personMovieCredits,
    tagged_images: (person) => paginate(personTaggedImages(person), 1),
    translations: personTranslations,
    tv_credits: (person) => personTvCredits(person, today),
  };
}

export const peopleHandlers = {
  getPersonDetails: ({ path, query }, { data, today }) => {
    const tooMany = appendLimitExceeded(query.append_to_response);
    if (tooMany) return tooMany;
    const person = data.person(path.person_id);
    if (!person) return notFound();
    return ok({
      ...personDetails(person),
      ...collectAppends(query.append_to_response, personAppends(today), person),
    });
  },

  getPersonChanges: ({ path, query }, { data, today }) => {
    const person = data.person(path.person_id);
    return person
      ? ok(changesFor(person.id, 'biography', today, query.start_date, query.end_date))
      : notFound();
  },

  getPersonCombinedCredits: ({ path }, { data, today }) =>
    subResource(data.person(path.person_id), (person) => personCombinedCredits(person, today)),

  getPersonExternalIds: ({ path }, { data }) => subResource(data.person(path.person_id), personExternalIds),

  getPersonImages: ({ path }, { data }) => subResource(data.person(path.person_id), personImages),

  getPersonMovieCredits: ({ path }, { data }) => subResource(data.person(path.person_id), personMovieCredits),

  getPersonTvCredits: ({ path }, { data, today }) =>
    subResource(data.person(path.person_id), (person) => personTvCredits(person, today)),

  getPersonTaggedImages: ({ path, query }, { data }) =>
    subResource(data.person(path.person_id), (person) => paginate(personTaggedImages(person), query.page)),

  getPersonTranslations: ({ path }, { data }) => subResource(data.person(path.person_id), personTranslations),

  getPersonPopularList: ({ query }, { data, today }) =>
    ok(
      paginateMapped(
        data.people.toSorted((a, b) => b.popularity - a.popularity),
        query.page,
        (person) => personListItem(person, today),
      ),
    ),
} satisfies Partial<HandlerTable>;
