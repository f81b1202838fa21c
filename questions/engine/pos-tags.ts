// compromise's part-of-speech tags for every word of an article, keyed by character offset. Tagging
// the whole text once gives each word its context (a tail phrase alone is tagged badly).
import nlp from 'compromise';

export type TagMap = Map<number, { text: string; end: number; tags: Set<string> }>;

const cache = new Map<string, TagMap>();
const docs = new Map<string, ReturnType<typeof nlp>>();

/** One compromise parse per article text: parsing is the engine's most expensive step. */
export function parse(text: string): ReturnType<typeof nlp> {
  let doc = docs.get(text);
  if (!doc) {
    if (docs.size > 4) docs.clear();
    doc = nlp(text);
    docs.set(text, doc);
  }
  return doc;
}

export function tagText(text: string): TagMap {
  const hit = cache.get(text);
  if (hit) return hit;
  const map: TagMap = new Map();
  const json = parse(text).json({ offset: true, terms: { offset: true } }) as { terms: { text: string; offset: { start: number; length: number }; tags: string[] }[] }[];
  for (const sentence of json) {
    for (const t of sentence.terms) map.set(t.offset.start, { text: t.text, end: t.offset.start + t.offset.length, tags: new Set(t.tags) });
  }
  // Small cache: the same text is tagged once per extraction run.
  if (cache.size > 8) cache.clear();
  cache.set(text, map);
  return map;
}

/** The tagged words from `start` on, in order, up to `limit`. */
export function termsFrom(map: TagMap, text: string, start: number, limit: number) {
  const out: { text: string; start: number; tags: Set<string> }[] = [];
  for (let i = start; i < text.length && out.length < limit; i++) {
    const t = map.get(i);
    if (t) {
      out.push({ text: t.text, start: i, tags: t.tags });
      i = t.end - 1;
    }
  }
  return out;
}

/** Forgets cached parses (benchmarks time a cold parse of each run). */
export function clearParseCache(): void {
  docs.clear();
  cache.clear();
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * Whether compromise's lexicon lists the word as a first name, whatever its context: inside a
 * text its tagger may read "Roger" after a quotation's "United Kingdom." as part of a place.
 */
export function knownFirstName(word: string): boolean {
  const tag = lexiconTag(word);
  return tag !== undefined && FIRST_NAME_TAGS.has(tag);
}

/** Whether compromise's lexicon lists the word as a nationality ("Tunisian", "Japanese"). */
export function knownDemonym(word: string): boolean {
  return lexiconTag(word) === 'Demonym' || NATIONALITY_NOUNS.has(word);
}

/**
 * Nouns of nationality the lexicon lacks ("Briton Murray Watson", round 75); not those that are also
 * given names ("Scot", "Finn").
 */
const NATIONALITY_NOUNS = new Set(['Briton', 'Britons', 'Brit', 'Swede', 'Dane', 'Pole', 'Turk', 'Spaniard', 'Frenchman', 'Frenchwoman', 'Englishman', 'Englishwoman', 'Irishman', 'Irishwoman', 'Welshman', 'Dutchman', 'Scotsman', 'Scotswoman']);

const NAME_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName', 'Place', 'Country', 'City', 'Region', 'Demonym']);

/** Whether compromise's lexicon knows the word as a name, as another word, or not at all. */
export function lexiconKind(word: string): 'name' | 'word' | undefined {
  const tag = lexiconTag(word);
  return tag === undefined ? undefined : NAME_TAGS.has(tag) ? 'name' : 'word';
}

function lexiconTag(word: string): string | undefined {
  return (nlp.world() as { model: { one: { lexicon: Record<string, string | undefined> } } }).model.one.lexicon[word.toLowerCase()];
}
