// Numbers with what they count: "over 11,000 containers of munitions", "approximately 50 missiles",
// "84,434,094 miles", "about 80 percent", "$25.4 billion". Years, days of dates, clock times and
// numbers that are part of a name ("Crew-7", "Falcon 9") are not counts.
import { tagText, termsFrom, type TagMap } from '../pos-tags';
import type { Sentence } from '../../sentences';
import type { DateFact, NumberFact } from '../types';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
// "dozens", "hundreds", "thousands" are no figure: a student cannot be asked for one ("hundreds
// have been wounded" had been keyed 200).
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MODIFIERS = 'no more than|not more than|no fewer than|no less than|more than|over|about|approximately|nearly|almost|around|roughly|at least|up to|some|less than|fewer than|just over|just under|an estimated|at most';
const STOP_AFTER = new Set(['the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'and', 'or', 'that', 'which', 'who', 'was', 'were', 'is', 'are', 'have', 'has', 'had', 'will', 'would', 'since', 'during', 'after', 'before', 'as', 'than', 'it', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'into', 'per', 'ago', 'later', 'earlier']);

// The word alternatives end on a word boundary: "four" must not match the start of "fourteen".
const NUMBER = `(?:(?:US|U\\.S\\.|A|C|NZ|HK)?[$£€]\\s?|\\b)(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s*(?:thousand|million|billion|trillion))?|\\b(?:(?:${TENS})-(?:${UNITS_WORDS})|${Object.keys(WORD_NUMBERS).join('|')})\\b(?:\\s+(?:hundred|thousand|million|billion|trillion))?`;
// "$7.8 billion": the dollar sign stands before the word boundary, so the boundary is part of each alternative.
const RE = new RegExp(`(?:\\b(${MODIFIERS})\\s+)?(${NUMBER})(\\s*(?:%|percent|per cent))?`, 'gi');

function parseValue(raw: string): number | null {
  const t = raw.toLowerCase().replace(/^(?:us|u\.s\.|a|c|nz|hk)(?=[$£€])/, '').replace(/[$£€,\s]/g, ' ').trim();
  // "one hundred", "ten thousand"; "hundred" alone is a number of its own.
  const scale = Object.entries(SCALES).find(([w]) => t.endsWith(w) && t !== w);
  const base = scale ? t.slice(0, -scale[0].length).trim() : t;
  // "twenty-five": the tens and the units.
  const compound = /^([a-z]+)-([a-z]+)$/.exec(base);
  const n = /^\d/.test(base) ? Number(base.replace(/\s/g, '')) : compound ? (WORD_NUMBERS[compound[1]!] ?? NaN) + (WORD_NUMBERS[compound[2]!] ?? NaN) : WORD_NUMBERS[base];
  if (n === undefined || !Number.isFinite(n)) return null;
  return n * (scale?.[1] ?? 1);
}

/**
 * The counted noun phrase at the start of `tail`: adjectives then nouns, with "of" + noun
 * ("containers of munitions"); stops at a verb, preposition, adverb or pronoun ("days aboard",
 * "missile fired").
 */
function countedNoun(tagMap: TagMap, text: string, from: number): string[] {
  const terms = termsFrom(tagMap, text, from, 8);
  const words: string[] = [];
  let sawNoun = false;
  let prevEnd = from;
  for (const [i, term] of terms.entries()) {
    // A counted phrase never runs past punctuation or a line break ("two decades.\nWitness …").
    if (words.length && /[^\s]|\n/.test(text.slice(prevEnd, term.start))) break;
    prevEnd = tagMap.get(term.start)?.end ?? term.start + term.text.length;
    const w = term.text.toLowerCase();
    const tags = term.tags;
    if (w === 'of' && sawNoun && words[words.length - 1] !== 'of') {
      words.push(w);
      continue;
    }
    if (STOP_AFTER.has(w)) break;
    // "Eighty members of Britain's upper house": what follows "of" is whose, not what is counted.
    if (words[words.length - 1] === 'of' && /^\p{Lu}/u.test(term.text)) break;
    // compromise sometimes reads a plural noun after a number as a verb ("50 such missiles have").
    const pluralAfterNumber = !sawNoun && tags.has('PresentTense') && /[^s]s$/.test(w);
    // compromise reads "seconds" as a fraction ("18 more seconds"): units are nouns all the same.
    const noun = (tags.has('Noun') && !tags.has('Pronoun')) || pluralAfterNumber || UNITS.has(w);
    // "18 more seconds", "three test flights": a comparative or a noun used as a verb before a plural noun.
    const nextPlural = terms[i + 1]?.tags.has('Plural') === true || UNITS.has(terms[i + 1]?.text.toLowerCase() ?? '');
    const adjective = tags.has('Adjective') || w === 'such' || (/^(?:more|additional|extra|further)$/.test(w) && nextPlural) || (tags.has('Infinitive') && nextPlural && !sawNoun);
    if (noun && (!tags.has('Verb') || pluralAfterNumber) && !(adjective && nextPlural)) {
      words.push(term.text);
      sawNoun = true;
    } else if (adjective && !sawNoun) words.push(term.text);
    else break;
    if (words.length >= 5) break;
  }
  while (words.length && (words[words.length - 1] === 'of' || !sawNoun)) {
    words.pop();
    if (!words.length) break;
  }
  return sawNoun ? words : [];
}

const UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'miles', 'kilometres', 'kilometers', 'metres', 'meters', 'feet', 'inches', 'tonnes', 'tons', 'kilograms', 'pounds', 'litres', 'liters', 'gallons', 'degrees']);

const CASUALTY = String.raw`(?:killed|dead|injured|wounded|hurt|missing|arrested|rescued|evacuated|hospitali[sz]ed)`;

/**
 * A bare count of people beside a casualty word: after the verb ("killing 3"), before it ("116
 * were injured", "116 injured", "12 dead"), or as the count a report gives in a sentence about
 * casualties ("up from an initial report of 70").
 */
export function casualtyCount(text: string, start: number, end: number, sentences: Sentence[]): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);
  // "The two killed were …": a count pointing back to one already given.
  if (/\bthe\s+$/i.test(before)) return false;
  if (/\b(?:kill|injur|wound|hurt|kidnap|abduct|evacuat|rescu|arrest)\p{L}*\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|some\s+|over\s+)?$/iu.test(before)) return true;
  if (new RegExp(String.raw`^\s+(?:(?:were|have\s+been|had\s+been|are|was)\s+(?:\p{Ll}+ly\s+)?)?${CASUALTY}\b`, 'u').test(after)) return true;
  const sentence = sentences.find((s) => s.start <= start && start < s.end);
  const reported = /\b(?:count|total|toll|tally|figure|report|estimate)s?\s+of\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?$/i.test(before) && /^\s*(?:[,;.]|$)/.test(after);
  return reported && sentence !== undefined && new RegExp(CASUALTY, 'u').test(sentence.text);
}

/** "Two Amtrak employees", "300 NATO troops": a capitalised modifier before the counted noun. */
function properModifier(tags: TagMap, text: string, from: number): boolean {
  // "the 24 Hours of Le Mans", "Seven Wonders of the World": a capitalised word then "of" is a
  // title with a number in it, not a count.
  if (/^\s+\p{Lu}[\p{L}]+\s+of\b/u.test(text.slice(from, from + 40))) return false;
  // "Eight Catholic Democrats signed": two capitalised words, the second a plural.
  return (/^\s+\p{Lu}[\p{L}]+\s+\p{Ll}/u.test(text.slice(from, from + 40)) || /^\s+\p{Lu}[\p{L}]+\s+\p{Lu}[\p{L}]+s\s+\p{Ll}/u.test(text.slice(from, from + 40))) && termsFrom(tags, text, from, 1).some((t) => t.tags.has('Noun'));
}

/** Whether a finite verb follows the counted phrase of `skip` words before the sentence ends. */
function finiteVerbAfter(tags: TagMap, text: string, from: number, end: number, skip: number): boolean {
  return termsFrom(tags, text, from, 40)
    .slice(skip)
    .filter((t) => t.start < end)
    .some((t) => t.tags.has('Verb') && !t.tags.has('Infinitive') && !t.tags.has('Gerund'));
}

/** Whether a figure stands where a year does: "the 1868 treaties", "in 1851", "1851 and 1868". */
function yearPlace(text: string, start: number, end: number): boolean {
  return /\b(?:the|in|since|until|till|from|circa|after|before)\s+$|\b1[5-9]\d{2}\s+(?:and|or|to|-|–)\s+$/.test(text.slice(Math.max(0, start - 16), start)) || /^\s*(?:and|or|to|-|–)\s+1[5-9]\d{2}\b/.test(text.slice(end, end + 12));
}

export function extractNumbers(text: string, sentences: Sentence[], dates: DateFact[]): NumberFact[] {
  const facts: NumberFact[] = [];
  const tags = tagText(text);
  for (const m of text.matchAll(RE)) {
    const start = m.index;
    const numberText = m[2]!;
    const numberStart = m.index + m[0].indexOf(numberText);
    const end = start + m[0].length;
    if (dates.some((d) => numberStart < d.evidence.end && end > d.evidence.start)) continue;
    const before = text.slice(Math.max(0, numberStart - 2), numberStart);
    const after = text.slice(end, end + 40);
    // Part of a name or code ("Crew-7", "Falcon 9", "Unreal Engine 5"), a time or a year.
    if (/[-\p{L}]$/u.test(before.trimEnd() === before ? before : '') || /^-\d|^:\d|^\s*(?:a\.m\.|p\.m\.)/i.test(after)) continue;
    // The seconds or minutes of a clock time ("08:38:37 UTC").
    if (/\d[:.]$/.test(before) && /\d:\d{2}[:.]$|\d:$/.test(text.slice(Math.max(0, numberStart - 6), numberStart))) continue;
    if (/^\d/.test(numberText) && /\p{Lu}[\p{L}]*\s$/u.test(text.slice(Math.max(0, numberStart - 20), numberStart)) && !m[1]) {
      const word = /(\p{Lu}[\p{L}]*)\s$/u.exec(text.slice(Math.max(0, numberStart - 20), numberStart))?.[1];
      if (word && !/^(?:About|Over|Nearly|Some|Approximately|Almost|Around|Roughly|In|By|To|Of)$/.test(word)) continue;
    }
    if (/^(?:19|20)\d{2}$/.test(numberText) && !m[3]) continue;
    // An earlier century's year where a year stands: "the 1851 and 1868 treaties" counted no
    // treaties (round 102), but "a survey of 1709 schoolchildren" counts them.
    if (/^1[5-8]\d{2}$/.test(numberText) && !m[3] && yearPlace(text, numberStart, numberStart + numberText.length)) continue;
    // "about 300 BC", "AD 79": a year of an era, not a count.
    if (/^\s*(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)\b/.test(after) || /\b(?:AD|A\.D\.)\s*$/.test(text.slice(Math.max(0, numberStart - 5), numberStart))) continue;
    // "several dozen members", "a few hundred", "some thousand": a vague multiple is no figure
    // (round 79 keyed "several dozen" as 12).
    if (/^(?:dozen|hundred|thousand|million|billion)$/i.test(numberText) && (/^some$/i.test(m[1] ?? '') || /\b(?:several|a\s+few|few|many|numerous|some)\s+$/i.test(text.slice(Math.max(0, numberStart - 12), numberStart)))) continue;
    const value = parseValue(numberText);
    if (value === null) continue;
    if (/^(?:one|a)$/i.test(numberText) && !m[1]) continue; // "one of the…" is rarely a count worth asking
    const percent = Boolean(m[3]);
    // What it counts: the next few words, "containers of munitions"; a share of a group counts the
    // group ("13,000 of their customers").
    const share = /^\s+of\s+(?:the|their|its|his|her|our|these|those)\s+(?=\p{Ll})/u.exec(text.slice(end, end + 30));
    const nounFrom = share ? end + share[0].length - 1 : end;
    const words = /^\s+\p{Ll}/u.test(text.slice(nounFrom, nounFrom + 3)) || properModifier(tags, text, nounFrom) ? countedNoun(tags, text, nounFrom) : [];
    // A sum of money counts dollars even when no noun follows ("$7.8 billion for the Artemis campaign").
    const money = /[$£€]/.test(numberText);
    // "killing 3 and injuring 57", "at least 116 were injured", "a count of 116 injured": a count
    // of people beside a casualty word needs no noun.
    const casualty = !words.length && !money && !percent && casualtyCount(text, start, end, sentences);
    // "at the age of 73", "aged 73": an age counts years, whatever follows ("73 last August").
    const ageOf = !money && !percent && /\b(?:age of|aged)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
    const counted = percent ? 'percent' : ageOf ? 'years old' : words.join(' ') || (money ? 'dollars' : casualty ? 'people' : '');
    if (!counted) continue;
    const sentence = sentences.find((s) => s.start <= start && start < s.end);
    if (!sentence) continue;
    // "the dispute between the two involved efforts to reconcile": with no verb after the phrase,
    // its "-ed" word is the sentence's verb and "the two" are people named before, not a count.
    if (words.length > 1 && /ed$/.test(words[0]!) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && !finiteVerbAfter(tags, text, nounFrom, sentence.end, words.length)) continue;
    const qualifier = m[1]?.toLowerCase() ?? null;
    const stated = text.slice(start, percent || casualty || ageOf || (money && !words.length) ? end : nounFrom + (text.slice(nounFrom).match(/^\s+/)?.[0].length ?? 0) + counted.length);
    facts.push({
      kind: 'number',
      id: `number-${facts.length + 1}`,
      text: stated.trim(),
      value,
      counted,
      qualifier,
      currency: /\$/.test(numberText) ? 'USD' : /£/.test(numberText) ? 'GBP' : /€/.test(numberText) ? 'EUR' : null,
      evidence: { sentenceIndex: sentence.index, start, end: start + stated.trim().length },
    });
  }
  return facts;
}
