// Article text → typed facts, each with its evidence in the text.
import { splitSentences, type Sentence } from '../sentences';
import { extractPeople } from './extract/people';
import { extractQuotes } from './extract/quotes';
import type { PersonFact, QuoteFact } from './types';

export type ArticleFacts = { sentences: Sentence[]; people: PersonFact[]; quotes: QuoteFact[] };

export function extractFacts(text: string): ArticleFacts {
  const sentences = splitSentences(text);
  const people = extractPeople(text, sentences);
  const quotes = extractQuotes(text, sentences, people);
  return { sentences, people, quotes };
}
