// Whether general knowledge names a person: asked as a blank ("Canadian singer _____") or as a
// choice of who holds a role, such a person is answered without the article. Over rounds 1 to 110
// judges accepted 33 % of typed blanks on the people of FAMOUS_PEOPLE with a description beside the
// blank and 48 % without (too few, 23, to act on), against 73–74 % for everyone else; 38–43 % of
// their role choices against 64–75 %.
import { FAMOUS_PEOPLE } from '../lexicon/famous-people';
import type { PersonFact } from '../types';

// Accents, dots, apostrophes, hyphens and name particles ("al-Assad", "Bashar Assad") do not tell
// two spellings of one name apart.
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .split(/[\s-]+/)
    .filter((t) => t && t !== 'al' && t !== 'el')
    .join(' ');
}

const FAMOUS = FAMOUS_PEOPLE.map(nameKey);
const FAMOUS_SET = new Set(FAMOUS);

/**
 * A person whose full name, or a full form of it, is a famous name, or the end of one ("Suu Kyi" in
 * "Aung San Suu Kyi"). A single word matches only a name known by one word ("Madonna"), never a
 * famous surname alone: "Adams" is not John Adams.
 */
const famousCache = new WeakMap<PersonFact, boolean>();

export function famousPerson(p: PersonFact): boolean {
  let famous = famousCache.get(p);
  if (famous === undefined) {
    famous = [p.name, ...p.aliases].some((form) => {
      const key = nameKey(form);
      return FAMOUS_SET.has(key) || (key.includes(' ') && FAMOUS.some((f) => f.endsWith(` ${key}`)));
    });
    famousCache.set(p, famous);
  }
  return famous;
}

// Words that may stand right before a blank without describing whoever fills it.
const PLAIN_BEFORE = new Set('the a an and or but nor of to by for with from in into on at as over under that said says told when while after before since because if than like including between against about without which who whom whose is was were are be been has have had'.split(' '));

/**
 * Whether the stem describes the person at the blank: a word of description right before it
 * ("Canadian singer _____", "by President _____") or an apposition right after it ("_____, the
 * leader of the Khmer Rouge"). A plain "_____'s previous visit" describes nothing.
 */
export function describedAtBlank(before: string, after: string): boolean {
  // ("former CEO of Apple Inc. _____": an abbreviation's stop is no sentence's end, round 115.)
  const last = /([\p{L}-]+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (last && !PLAIN_BEFORE.has(last)) return true;
  // (Or an office of something: "_____, founder of Apple", round 113.)
  return /^,\s+(?:the|a|an|former|then|who|whose|now|once|later|one|(?:\p{Ll}+\s+){1,2}of)\b/iu.test(after);
}
