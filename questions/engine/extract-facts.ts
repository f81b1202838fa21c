// Article text → typed facts, each with its evidence in the text.
import { splitSentences, type Sentence } from '../sentences';
import { extractClaims } from './extract/claims';
import { extractDates } from './extract/dates';
import { extractEvents } from './extract/events';
import { extractNumbers } from './extract/numbers';
import { extractPeople } from './extract/people';
import { extractOrganisations, extractPlaces } from './extract/places-and-organisations';
import { attributeToOrganisations } from './extract/organisation-speakers';
import { extractQuotes } from './extract/quotes';
import type { ClaimFact, DateFact, EventFact, NumberFact, OrganisationFact, PersonFact, PlaceFact, QuoteFact } from './types';

export type ArticleFacts = {
  text: string;
  publishedOn: string | null;
  sentences: Sentence[];
  people: PersonFact[];
  quotes: QuoteFact[];
  places: PlaceFact[];
  organisations: OrganisationFact[];
  dates: DateFact[];
  numbers: NumberFact[];
  claims: ClaimFact[];
  events: EventFact[];
};

export function extractFacts(text: string, publishedOn: string | null = null): ArticleFacts {
  const sentences = splitSentences(text);
  const found = extractPeople(text, sentences);
  const places = extractPlaces(text, sentences, found);
  const organisations = extractOrganisations(text, sentences, found);
  // "localist party Youngspiration … Youngspiration responded": a body the article names by its kind is no person.
  const bodies = new Set(organisations.flatMap((o) => [o.name, ...o.aliases]));
  // "Tyson Food has agreed …" beside "Tyson Foods Inc.": a body's name cut inside a word is the
  // article's slip for the body, not a person (round 150's wrong key). ("Walt Disney" of "Walt Disney
  // Company" ends on a word and stays a person.)
  const slipOfBody = (name: string) => organisations.some((o) => [o.name, ...o.aliases].some((f) => f.length > name.length && f.startsWith(name) && /\p{L}/u.test(f[name.length]!)));
  const people = found.filter((p) => !bodies.has(p.name) && !slipOfBody(p.name));
  const quotes = attributeToOrganisations(text, extractQuotes(text, sentences, people), organisations);
  const dates = extractDates(text, sentences, publishedOn);
  const numbers = extractNumbers(text, sentences, dates);
  const claims = extractClaims(sentences, people, organisations, places);
  const events = extractEvents(sentences, dates, people, organisations, places);
  return { text, publishedOn, sentences, people, quotes, places, organisations, dates, numbers, claims, events };
}
