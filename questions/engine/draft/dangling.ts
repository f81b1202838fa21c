// References back to a sentence the student does not see: "this support", "those concerns",
// "such missiles", "the move", "the two", "X also voiced concerns". A statement or stem that leans
// on one is dropped; the story's one central event ("this visit" when the lead is about a visit)
// reads as "the visit", and a bare "also" is simply left out.
import type { DraftContext } from './draft';

/** Words after "this" that make a time expression, not a reference ("this year", "this week"). */
const TIME_WORDS = new Set(['year', 'week', 'month', 'decade', 'century', 'season', 'morning', 'afternoon', 'evening', 'weekend', 'summer', 'winter', 'spring', 'fall', 'autumn', 'time', 'past', 'coming', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Definite noun phrases that news writing uses to point back ("the move", "the deal", "the two"). */
const BACK_NOUNS = /\bthe\s+(two|three|pair|trio|latter|former|move|deal|decision|incident|announcement|remarks|comments|measure|proposal|step|development|news|report|findings)\b(?!-)/gi;

const centralCache = new WeakMap<DraftContext, Set<string>>();

/** The lowercase words of the lead sentence: a "this visit" elsewhere means the lead's visit. */
function leadWords(ctx: DraftContext): Set<string> {
  let words = centralCache.get(ctx);
  if (!words) {
    words = new Set((ctx.sentences[0]?.text.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.replace(/s$/, '')));
    centralCache.set(ctx, words);
  }
  return words;
}

/**
 * The text with its back-references resolved, or null when one cannot be: "X also voiced concerns"
 * → "X voiced concerns"; "The invitation for this visit" → "… for the visit" when the lead is about
 * a visit; "in exchange for this support" → null.
 */
export function resolveReferences(ctx: DraftContext, text: string, sentenceIndex: number): string | null {
  // Quoted words are the speaker's; what they point to is part of the quotation.
  const outside = text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
  if (/\bsuch\b(?!\s+as\b)/i.test(outside)) return null;
  const central: { at: number; word: string }[] = [];
  // "this visit", "those concerns", "these weapons"; "this" as a pronoun ("said this causes").
  for (const m of outside.matchAll(/\b(this|these|those)\s+(\p{L}+)/giu)) {
    const word = m[2]!.toLowerCase();
    if (m[1]!.toLowerCase() === 'this' && TIME_WORDS.has(word)) continue;
    const isCentral = sentenceIndex > 0 && m[1]!.toLowerCase() === 'this' && /^\p{Ll}/u.test(m[2]!) && leadWords(ctx).has(word.replace(/s$/, ''));
    if (!isCentral) return null;
    central.push({ at: m.index, word: m[1]! });
  }
  let out = text;
  for (const c of central.reverse()) out = out.slice(0, c.at) + (c.word === 'This' ? 'The' : 'the') + out.slice(c.at + c.word.length);
  // A bare "this"/"these" at the end or before a verb is a pronoun.
  if (/\b(?:this|these|those)\b(?!\s+\p{L})/iu.test(outside)) return null;
  for (const m of outside.matchAll(BACK_NOUNS)) {
    const noun = m[1]!.toLowerCase();
    if (sentenceIndex === 0) continue;
    // "signed a deal … the deal": introduced in the same sentence.
    if (new RegExp(`\\b(?:a|an)\\s+(?:\\p{L}+\\s+){0,2}${noun}\\b`, 'iu').test(outside.slice(0, m.index))) continue;
    return null;
  }
  // "Kurt Campbell also voiced concerns": the "also" points at someone else's concerns.
  out = out.replace(/(?<!\b(?:but|not only|and)\s)\balso\s+(?=\p{Ll})/u, '');
  return out;
}
