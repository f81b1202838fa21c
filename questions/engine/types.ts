// The engine's facts. Every fact carries its evidence: the sentence it comes from and the span of
// the words that state it, as offsets into the original article text.
import type { PlaceType } from './lexicon/gazetteer';

export type Evidence = { sentenceIndex: number; start: number; end: number };

export type PersonFact = {
  kind: 'person';
  id: string;
  /** The fullest form of the name in the article, without titles ("Vladimir Putin"). */
  name: string;
  /** Other forms used in the article ("Putin"). */
  aliases: string[];
  /** The role as the article states it ("Defense Minister", "a professor at Seoul’s Ewha University"). */
  roles: string[];
  mentions: Evidence[];
  evidence: Evidence;
};

export type QuoteFact = {
  kind: 'quote';
  id: string;
  text: string;
  /** The speaker's person id, when the speaker is a person of the article. */
  speakerId: string | null;
  /** The speaker as named (a person's full name, or an organisation). */
  speaker: string | null;
  evidence: Evidence;
};

export type PlaceFact = { kind: 'place'; id: string; name: string; placeType: PlaceType | 'other'; evidence: Evidence };

export type Fact = PersonFact | QuoteFact | PlaceFact;
