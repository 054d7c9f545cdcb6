// People: details (with append_to_response), filmography, images and the popular chart.
import type { Schemas } from '@tmdb-kit/types';
import { changesFor } from '../data/media-common.js';
import type { PersonSeed } from '../data/people.js';
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
} from '../data/person-views.js';
import { type AppendBuilders, appendLimitExceeded, collectAppends } from './appends.js';
import type { HandlerTable } from './contract.js';
import { paginate, paginateMapped } from './pagination.js';
import { notFound, ok } from './respond.js';

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

  getPersonCombinedCredits: ({ path }, { data, today }) => {
    const person = data.person(path.person_id);
    return person ? ok({ id: person.id, ...personCombinedCredits(person, today) }) : notFound();
  },

  getPersonExternalIds: ({ path }, { data }) => {
    const person = data.person(path.person_id);
    return person ? ok({ id: person.id, ...personExternalIds(person) }) : notFound();
  },

  getPersonImages: ({ path }, { data }) => {
    const person = data.person(path.person_id);
    return person ? ok({ id: person.id, ...personImages(person) }) : notFound();
  },

  getPersonMovieCredits: ({ path }, { data }) => {
    const person = data.person(path.person_id);
    return person ? ok({ id: person.id, ...personMovieCredits(person) }) : notFound();
  },

  getPersonTvCredits: ({ path }, { data, today }) => {
    const person = data.person(path.person_id);
    return person ? ok({ id: person.id, ...personTvCredits(person, today) }) : notFound();
  },

  getPersonTaggedImages: ({ path, query }, { data }) => {
    const person = data.person(path.person_id);
    return person ? ok({ id: person.id, ...paginate(personTaggedImages(person), query.page) }) : notFound();
  },

  getPersonTranslations: ({ path }, { data }) => {
    const person = data.person(path.person_id);
    return person ? ok({ id: person.id, ...personTranslations(person) }) : notFound();
  },

  getPersonPopularList: ({ query }, { data, today }) =>
    ok(
      paginateMapped(
        data.people.toSorted((a, b) => b.popularity - a.popularity),
        query.page,
        (person) => personListItem(person, today),
      ),
    ),
} satisfies Partial<HandlerTable>;
