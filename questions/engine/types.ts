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
  /**
   * Whether the speaker was only guessed (a pronoun whose person stands outside its paragraph or
   * is no subject, a paragraph that is only a quotation): never asked as who-said-it.
   */
  guessed?: boolean;
  evidence: Evidence;
};

export type PlaceFact = { kind: 'place'; id: string; name: string; placeType: PlaceType | 'other'; evidence: Evidence };

export type OrganisationFact = { kind: 'organisation'; id: string; name: string; aliases: string[]; evidence: Evidence };

export type DateFact = {
  kind: 'date';
  id: string;
  /** As stated ("Tuesday", "June 19-20", "July 2000"). */
  text: string;
  /** ISO date, month or year when it could be resolved; null when it needs an unknown publication date. */
  resolved: string | null;
  granularity: 'day' | 'month' | 'year';
  evidence: Evidence;
};

export type NumberFact = {
  kind: 'number';
  id: string;
  /** As stated ("over 11,000 containers of munitions"). */
  text: string;
  value: number;
  /** What it counts ("containers of munitions", "percent"). */
  counted: string;
  /** "over", "approximately", … or null when exact. */
  qualifier: string | null;
  currency: 'USD' | 'GBP' | 'EUR' | null;
  evidence: Evidence;
};

export type ClaimFact = {
  kind: 'claim';
  id: string;
  /** What is claimed ("North Korea has provided weapons to Russia to support its efforts in Ukraine"). */
  statement: string;
  status: 'alleged' | 'denied';
  /** Who makes the claim, as named in the sentence. */
  source: string | null;
  deniedBy: string[];
  evidence: Evidence;
};

export type EventFact = {
  kind: 'event';
  id: string;
  actor: string | null;
  /** The sentence without its date expression. */
  description: string;
  dateId: string;
  /** The resolved date (null when it needs an unknown publication date). */
  when: string | null;
  /** Readable on its own (no leading pronoun, not too long). */
  standalone: boolean;
  evidence: Evidence;
};

export type Fact = PersonFact | QuoteFact | PlaceFact | OrganisationFact | DateFact | NumberFact | ClaimFact | EventFact;
