// References back to a sentence the student does not see: "this support", "those concerns",
// "such missiles", "the move", "the two", "X also voiced concerns". A statement or stem that leans
// on one is dropped; the story's one central event ("this visit" when the lead is about a visit)
// reads as "the visit", and a bare "also" is simply left out.
import type { PersonFact } from '../types';
import { capitalise, type DraftContext } from './draft';
import { personGender } from './distractors';
import { escapeRegExp } from '../regexp';
import { CLOZE_GAP } from '../../cloze-gap';
import { roleDomain } from '../lexicon/role-domains';
import { DESCRIPTOR_WORDS, ROLE_HEAD_WORDS } from '../lexicon/titles';
import { openingSentence } from './rank-drafts';

/** Words after "this" that make a time expression, not a reference ("this year", "this week"). */
const TIME_WORDS = new Set(['year', 'week', 'month', 'decade', 'century', 'season', 'morning', 'afternoon', 'evening', 'weekend', 'summer', 'winter', 'spring', 'fall', 'autumn', 'time', 'past', 'coming', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words after "this" that show it is a pronoun, not a determiner ("described this as …", "compared this to …"). */
const FUNCTION_WORDS = new Set(['as', 'to', 'is', 'was', 'are', 'were', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'and', 'or', 'but', 'that', 'which', 'from', 'has', 'had', 'have', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'into', 'over', 'after', 'before', 'because', 'if', 'when', 'while', 'not', 'also', 'means', 'meant', 'shows', 'showed']);

/** Definite noun phrases that news writing uses to point back ("the move", "the deal", "the two"). */
const BACK_NOUNS = /\bthe\s+(two|three|pair|trio|latter|former|move|deal|decision|incident|announcement|remarks|comments|measure|proposal|step|development|news|report|findings|result|launch|site|action|actions|rumour|rumor)\b(?!-)/gi;

/** A day, month or year named in the sentence itself. */
const DATE_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|\d{4})\b/i;

/** Openings that count time from an earlier sentence. */
const RELATIVE_OPENING = /^\s*(?:(?:in|on|at|during|around|about)\s+the\s+same\s+(?:year|month|week|day|event|race|season|period|time)\b|(?:(?:a|an)\s+couple\s+of\s+|(?:a\s+)?few\s+|\p{L}+\s+|\d+\s+|_{3,}\s+)(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\s+(?:later|after(?:wards?)?)\b|(?:later|afterwards|soon after|the (?:next|following) (?:day|morning|week|month|year)|that (?:day|night|week|month|year)|(?:over|during|in|within|for) the (?:next|following|previous|preceding|last) (?:\p{L}+|\d+ )?\s*(?:years?|months?|weeks?|days?|decades?))\b)/iu;

const centralCache = new WeakMap<DraftContext, Set<string>>();

/** The lowercase words of the lead sentence: a "this visit" elsewhere means the lead's visit. */
function leadWords(ctx: DraftContext): Set<string> {
  let words = centralCache.get(ctx);
  if (!words) {
    // The story's first sentence, after any dateline ("Monday, August 11, 2014").
    const lead = ctx.sentences[openingSentence(ctx)];
    words = new Set((lead?.text.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.replace(/s$/, '')));
    centralCache.set(ctx, words);
  }
  return words;
}

/** A thing the story is about: named in its lead, or three times or more ("the study", "the show"). */
const thingCounts = new WeakMap<DraftContext, Map<string, number>>();

export function centralThing(ctx: DraftContext, noun: string): boolean {
  if (leadWords(ctx).has(noun.toLowerCase().replace(/s$/, ''))) return true;
  // Counted once per article: the check runs for every draft of a sentence.
  let counts = thingCounts.get(ctx);
  if (!counts) thingCounts.set(ctx, (counts = new Map()));
  let n = counts.get(noun);
  if (n === undefined) counts.set(noun, (n = (ctx.text.match(new RegExp(`\\b${noun}\\b`, 'gi')) ?? []).length));
  return n >= 3;
}

/**
 * The text with its back-references resolved, or null when one cannot be: "X also voiced concerns"
 * → "X voiced concerns"; "The invitation for this visit" → "… for the visit" when the lead is about
 * a visit; "in exchange for this support" → null.
 */
export function resolveReferences(ctx: DraftContext, text: string, sentenceIndex: number): string | null {
  // "He paid 64 officials …" right after "Lai smuggled …": the pronoun is the subject carried on.
  // So is an opening description of them ("The 31-year-old Ethiopian-born man was arrested …"),
  // and an opening "His"/"Her" their name's possessive.
  const subject = subjectPronoun(text) ?? openingDescription(text) ?? openingPossessive(text);
  const referent = subject ? leadingPronounReferent(ctx, sentenceIndex) : null;
  // A sentence opens with a capital, even when the name does not ("al-Megrahi" → "Al-Megrahi").
  const form = (at: number, f: string) => (at === 0 ? capitalise(f) : f);
  const named = (p: PersonFact) => (subject && /^(?:his|her)$/i.test(subject.pronoun) ? `${referentForm(p)}’s` : referentForm(p));
  if (subject && referent) text = `${text.slice(0, subject.at)}${form(subject.at, named(referent))}${text.slice(subject.at + subject.pronoun.length)}`;
  // Named in the article's sentence, where a blank may now stand, or by a resolved "He".
  const original = ctx.sentences[sentenceIndex]?.text ?? text;
  // Quoted words are the speaker's; what they point to is part of the quotation.
  const outside = text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
  if (/\bsuch\b(?!\s+as\b)/i.test(outside)) return null;
  // "Five years later, …", "The next day, …": a time counted from a sentence the student does not see.
  if (RELATIVE_OPENING.test(outside)) return null;
  // "In it, the parliament …", "Previously, …": an opening that points at the sentence before.
  if (/^\s*(?:(?:In|Of|From|By|With|Under)\s+(?:it|them|this|that|these|those)\b|Previously\b|Subsequently\b|But\s+even\b|Even\s+so\b|Simultaneously\b|Since then\b|After that\b|In the aftermath\b|Until (?:that time|then)\b|At that time\b|By then\b|(?:In contrast|By comparison|In comparison)\b(?!\s+(?:to|with)\b)|(?:A|Some)\s+(?:short\s+)?(?:time|while)\s+(?:later|after)\b|There,|Prior to (?:this|that)\b|Before (?:this|that)\b|In response to (?:the|this|that|these|those)\b)/.test(outside)) return null;
  // "A different kind of “robocall” …", "A voting problem of a different type was reported …",
  // "The next hearing is scheduled for …": different from, or next after, what the sentences before
  // tell (round 101, and round 102's story of two court cases).
  if (/\b(?:a|an)\s+different\s+(?:kind|type|sort)\b|\bof\s+a\s+different\s+(?:kind|type|sort)\b/i.test(outside) || /^\s*The\s+next\s+(?:hearing|meeting|session|court\s+date|round|stage|step|game|match|race|trial|vote)\b/.test(outside)) return null;
  // "… instead attended the summit": in place of what the sentence before says.
  if (/\binstead\b(?!\s+of\b)/i.test(outside)) return null;
  // "The child", "The duo", "The enclave": someone or something the sentence before named.
  if (/^\s*The\s+(?:child|children|boy|girl|man|woman|couple|pair|duo|trio|victim|victims|suspect|suspects|enclave|pilots|crash|group|meeting)\b/.test(outside)) return null;
  // "The aircraft had returned …", "The five-hour meeting was …", "The investigation concluded …",
  // "The company claims …" (round 99): a thing the sentence before named, unless it is the lead's own
  // (the story's one investigation).
  const thing = /^\s*The\s+(?:(?:\p{L}+-[\p{L}-]+|\d+)\s+)?(aircraft|plane|jet|ship|vessel|investigation|inquiry|probe|attack|incident|operation|raid|talks|discussion|agreement|deal|ruling|verdict|report|study|survey|programme|program|documentary|show|film|meeting|session|hearing|company|firm|institute|agency)(?=,|\s+(?:was|were|is|are|has|had|have|will|would|could|can|may|might|\p{Ll}+ed|\p{Ll}+s)\b)/u.exec(outside);
  // (A body is the story's own only when its lead calls it "the company": an article about ten
  // companies, "each company's" record, says "the company" of each in turn.)
  const body = thing && /^(?:company|firm|institute|agency)$/.test(thing[1]!);
  if (thing && !(body ? new RegExp(`\\bthe\\s+${thing[1]}\\b`, 'i').test(ctx.sentences[openingSentence(ctx)]?.text ?? '') : centralThing(ctx, thing[1]!))) return null;
  // "Just a few days earlier, …", "One of the participants, …": counted from, or one of, what the
  // sentence before names ("Just a few weeks earlier, on January 25, 2006," gives its own date).
  if (/^\s*(?:Just\s+)?(?:a\s+few|several|some|a\s+couple\s+of|\p{L}+|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?:earlier|before)\b(?!,?\s+(?:on|in)\s+(?:\p{Lu}|\d))|^\s*One\s+of\s+(?:them|those|these)\b|^\s*One\s+of\s+the\s+\p{Ll}+s\b(?=,)|^\s*For\s+(?:his|her|their|its)\s+part\b|^\s*The\s+rest\s+of\b|^\s*The\s+(?:country|nation)\s+(?:is|was|has|had|will|would)\b|\bfor\s+(?:that|this)\s+reason\b/u.test(outside)) return null;
  // "… tried to equalise soon after, but …": after what, only the sentence before says.
  if (/\b(?:soon|shortly|immediately|just|not\s+long)\s+after(?:wards)?\s*[,.;]/.test(outside)) return null;
  // "the country's defence minister": which country, when the sentence names none?
  if (/\bthe\s+country[’']s\b/i.test(outside) && !ctx.places.some((p) => p.placeType === 'country' && original.includes(p.name))) return null;
  if (/\bafter\s+the\s+meeting\b/i.test(outside)) return null;
  // "warnings were issued in the city": which city, when the sentence names none?
  if (/\b(?:in|at|to|from|near|across|around)\s+the\s+(?:city|town|village|province|region)\b/i.test(outside) && !ctx.places.some((p) => original.includes(p.name))) return null;
  // "Similar warnings were issued …": compared with what the student does not see.
  if (/^\s*(?:Similar|The same|Such)\s/.test(outside)) return null;
  // "pleaded guilty during that incident": an event named in a sentence the student does not see.
  // (After a preposition only: "warned that time was running out" is a conjunction.)
  if (/\b(?:in|at|on|during|after|before|from|since|of|for|by|with|over|about)\s+that\s+(?:incident|event|attack|case|meeting|crash|accident|occasion|match|game|race|election|vote|decision|announcement|statement|interview|speech|visit|trip|deal|agreement|trial|hearing|ruling|protest|concert|performance|tour|album|period|episode|time)\b/i.test(outside)) return null;
  // "Her mother died that year": which year is in a sentence the student does not see, unless
  // this one gives it first ("on Sunday, where a vigil was scheduled for that night").
  const thatTime = /\bthat\s+(?:year|day|week|month|night|morning|afternoon|evening|summer|winter|spring|autumn|season|decade)\b/i.exec(outside);
  if (thatTime && !DATE_WORD.test(outside.slice(0, thatTime.index))) return null;
  // "… was one of four put on trial the following year": counted from a year the student does not see (round 96).
  const counted = /\bthe\s+(?:following|next|previous|preceding)\s+(?:year|day|week|month)\b|\bthe\s+(?:year|day|week|month)\s+(?:before|after)\b/i.exec(outside);
  // (A blank before it may be the year it counts from: "in _____, a decrease from the previous year".)
  if (counted && !DATE_WORD.test(outside.slice(0, counted.index)) && !CLOZE_GAP.test(outside.slice(0, counted.index))) return null;
  // "His case was appealed": whose, when nobody is named in the sentence?
  // (Not when the sentence has named its person by what they are before the pronoun: "… has jailed
  // a policeman for ten months after he was convicted of defrauding his car insurance company".)
  const pronounAt = /\b(?:his|her|him)\b/i.exec(outside);
  if (pronounAt && !ctx.people.some((p) => [p.name, ...p.aliases].some((f) => original.includes(f) || text.includes(f))) && !personNounBefore(outside.slice(0, pronounAt.index))) return null;
  // "Health Minister Recep Akdag, … and State Minister Cevdet Yilmaz are accompanying him": the names
  // are the subject of the verb whose object "him" is, so "him" is someone of the sentence before (round 63).
  if (/^(?:(?:\p{Lu}[\p{L}.'’-]*|_{3,}|and),?\s+)+(?:(?:is|are|was|were|has|have|had|will|would)\s+)?\p{Ll}+\s+(?:him|her|them)\b(?!\s+\p{L}+[^\s.,;])/u.test(outside)) return null;
  const central: { at: number; word: string }[] = [];
  // "this visit", "those concerns", "these weapons"; "this" as a pronoun ("said this causes").
  for (const m of outside.matchAll(/\b(this|these|those)\s+(\p{L}+)/giu)) {
    const word = m[2]!.toLowerCase();
    if (m[1]!.toLowerCase() === 'this' && TIME_WORDS.has(word)) continue;
    // ("this as a response": a pronoun before a function word points back all the same.)
    const isCentral = sentenceIndex > 0 && m[1]!.toLowerCase() === 'this' && /^\p{Ll}/u.test(m[2]!) && !FUNCTION_WORDS.has(word) && leadWords(ctx).has(word.replace(/s$/, ''));
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
  // "The parliament, nevertheless, voted …": the contrast is with a sentence the student does not see.
  // So does a ", though," ("Hand went on to explain, though, that …", round 102).
  const contrast = /,\s*(?:nevertheless|however|nonetheless|though),\s*|\s+(?:nevertheless|nonetheless)(?=\s)/i.exec(out);
  if (contrast && !insideQuotes(out, contrast.index)) {
    // Deep in a sentence (", however, final manifesting decisions …" after a whole clause) the
    // word joins two clauses with commas: dropping it leaves a run-on, keeping it copies the comma
    // splice (round 112).
    if (out.slice(0, contrast.index).split(/\s+/).length > 8 && /^,/.test(contrast[0])) return null;
    out = `${out.slice(0, contrast.index)} ${out.slice(contrast.index + contrast[0].length)}`.replace(/\s{2,}/g, ' ');
  }
  // "Kurt Campbell also voiced concerns": the "also" points at someone else's concerns. (Never
  // inside a quotation: a speaker's words are not edited.)
  const also = /(?<!\b(?:but|not only|and)\s)\balso\s+(?=\p{Ll})/u.exec(out);
  if (also && !insideQuotes(out, also.index)) {
    // "Activists in other cities also protested": without its "also", "other" points at nothing.
    if (/\b(?:other|another)\s+\p{Ll}/u.test(outside)) return null;
    out = out.slice(0, also.index) + out.slice(also.index + also[0].length);
  }
  return out;
}

// What people are, beyond the roles and descriptors the lexicon lists ("a man", "the suspect").
const PEOPLE_WORDS = new Set(['man', 'woman', 'boy', 'girl', 'child', 'teenager', 'suspect', 'gunman', 'prisoner']);

/** "a policeman", "the 33-year-old driver": a person named by what they are. */
function personNounBefore(text: string): boolean {
  return [...text.matchAll(/\b(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,2}?(\p{Ll}+)\b/gu)].some((m) => PEOPLE_WORDS.has(m[1]!) || ROLE_HEAD_WORDS.has(m[1]!) || DESCRIPTOR_WORDS.has(m[1]!));
}

const MAX_BACK = 3;

/**
 * The person a sentence's opening "He"/"She" stands for, when news style makes it certain: the
 * sentences before it (at most three, in the same paragraph) open with that person's name as the
 * subject, or with the same pronoun, and name nobody else; the person is not of the other gender
 * and is not named in the sentence itself (whoever else it names comes after the pronoun). Null
 * otherwise.
 */
const referentCache = new WeakMap<DraftContext, Map<number, PersonFact | null>>();

export function leadingPronounReferent(ctx: DraftContext, index: number): PersonFact | null {
  let cache = referentCache.get(ctx);
  if (!cache) referentCache.set(ctx, (cache = new Map()));
  if (!cache.has(index)) cache.set(index, findReferent(ctx, index));
  return cache.get(index)!;
}

/**
 * The subject pronoun a sentence opens with: "He joined …", or after a short opening phrase with no
 * name in it ("In 2013, he joined …", "After the crash, she …").
 */
export function subjectPronoun(text: string): { at: number; pronoun: string } | null {
  // Also a short time or place phrase without its comma ("In 1987 she became …", "At Atlantic she …").
  const bare = /^((?:In|On|At|By|After|Before|During|Since|From|Until)\s+(?:\p{Lu}[\p{L}]*|\d{4}|the\s+\d{4}s|_{3,}))\s+(he|she)\s/u.exec(text);
  if (bare) return { at: bare[1]!.length + 1, pronoun: bare[2]! };
  // The opening phrase may hold the blank ("In _____, she became …").
  const m = /^(?:((?:\p{Lu}[\p{Ll}\d]*|\d+)(?:\s+(?:\p{Ll}[\p{Ll}-]*|\d[\d,]*|_{3,}))*?),\s+)?(he|she|He|She)\s/u.exec(text);
  if (!m) return null;
  // Without an opening phrase only a capital "He" opens; after one, only a lower-case "he".
  if (m[1] !== undefined ? !/^[hs]/.test(m[2]!) : !/^[HS]/.test(m[2]!)) return null;
  if (m[1] !== undefined && m[1].split(/\s+/).length > 8) return null;
  return { at: m[0].length - m[2]!.length - 1, pronoun: m[2]! };
}

/** How many words a description may have between its age and its verb ("Ethiopian-born man"). */
const DESCRIPTION = /^The\s+\d{1,3}-year-old(?:\s+(?!(?:was|is|had|has|were|will|would|could|said|says|told|who)\b)[\p{L}-]+){0,3}?(?=\s+(?:was|is|had|has|will|would|could|said|says|told|\p{Ll}+ed)\b)/u;

/** "The 31-year-old Ethiopian-born man" opening a sentence as its subject: someone the story just named. */
export function openingDescription(text: string): { at: number; pronoun: string } | null {
  const m = DESCRIPTION.exec(text);
  return m ? { at: 0, pronoun: m[0] } : null;
}

/** "His final destination …", "Her album …": a possessive opening, whose owner is carried on like "He". */
function openingPossessive(text: string): { at: number; pronoun: string } | null {
  const m = /^(His|Her)\s/.exec(text);
  return m ? { at: 0, pronoun: m[1]! } : null;
}

/** The subject pronoun a description or possessive stands for: "man" and "His" are "He". */
function asPronoun(opening: string): string {
  if (/^His$/.test(opening) || /\b(?:man|boy|father|husband|son|brother)$/.test(opening)) return 'He';
  if (/^Her$/.test(opening) || /\b(?:woman|girl|mother|wife|daughter|sister)$/.test(opening)) return 'She';
  return opening;
}

function findReferent(ctx: DraftContext, index: number): PersonFact | null {
  const s = ctx.sentences[index];
  if (!s) return null;
  const pronoun = subjectPronoun(s.text) ?? openingPossessive(s.text);
  if (pronoun) return carriedSubject(ctx, index, s, { pronoun: asPronoun(pronoun.pronoun) }) ?? protagonist(ctx, index, s, { pronoun: asPronoun(pronoun.pronoun) });
  const description = openingDescription(s.text);
  return description ? describedPerson(ctx, index, s, asPronoun(description.pronoun)) : null;
}

/** Roles of people a description by age does not stand for: office holders speak of others. */
const OFFICE_DOMAINS = new Set(['government', 'law', 'military', 'media', 'expert', 'faith', 'royalty', 'business']);

/**
 * Whom "The 31-year-old Ethiopian-born man" at a sentence's start describes: of the people named in
 * the sentence before (in the same paragraph, or the lead's last sentence), the one person who holds
 * no office and may be of the described gender; news style introduces a name, then describes its
 * bearer. Null when that is not exactly one person, or when the person is named in the sentence.
 */
function describedPerson(ctx: DraftContext, index: number, s: { text: string }, pronoun: string): PersonFact | null {
  if (index === 0) return null;
  const prev = ctx.sentences[index - 1]!;
  const want = pronoun === 'He' ? 'male' : pronoun === 'She' ? 'female' : null;
  const candidates = ctx.people.filter((p) => {
    if (!p.mentions.some((m) => m.sentenceIndex === index - 1) && ![p.name, ...p.aliases].some((f) => wordAt(prev.text, f) >= 0)) return false;
    const g = personGender(ctx, p);
    if (want && g && g !== want) return false;
    return !p.roles.some((r) => OFFICE_DOMAINS.has(roleDomain(r) ?? ''));
  });
  if (candidates.length !== 1) return null;
  const p = candidates[0]!;
  return [p.name, ...p.aliases].some((f) => wordAt(s.text, f) >= 0) ? null : p;
}

/**
 * The story's one protagonist when the pronoun can mean nobody else: a "she" in a profile of a
 * singer where every other person named so far is a man (or, for "he", a woman), and the person
 * is not named in the sentence itself. The protagonist is the most-mentioned person, named at
 * least twice as often as anyone else.
 */
function protagonist(ctx: DraftContext, index: number, s: { text: string }, subject: { pronoun: string }): PersonFact | null {
  const ranked = [...ctx.people].sort((a, b) => b.mentions.length - a.mentions.length);
  const top = ranked[0];
  if (!top || top.mentions.length < 3 || (ranked[1] && ranked[1].mentions.length * 2 > top.mentions.length)) return null;
  const want = /^she$/i.test(subject.pronoun) ? 'female' : 'male';
  if (personGender(ctx, top) !== want) return null;
  if (!top.mentions.some((m) => m.sentenceIndex < index)) return null;
  // Anyone else named in this paragraph or the one before who could be meant (same gender, or not
  // known) rules it out.
  const sentenceStart = ctx.sentences[index]!.start;
  const paragraph = ctx.text.lastIndexOf('\n', sentenceStart - 1);
  const previousParagraph = paragraph < 0 ? 0 : ctx.text.lastIndexOf('\n', ctx.text.slice(0, paragraph).trimEnd().length - 1) + 1;
  const oppositeGender = want === 'female' ? 'male' : 'female';
  const rival = ctx.people.some((o) => o !== top && o.mentions.some((m) => m.start >= previousParagraph && m.sentenceIndex <= index) && personGender(ctx, o) !== oppositeGender);
  if (rival) return null;
  // Nor anyone else quoted there: "He said police would work with the Muslim community, which he
  // said had been “close to denial” …" goes on with Sir Ian Blair's words (round 140's wrong key).
  const otherSpeaker = ctx.quotes.some((q) => {
    const speaker = q.speakerId && q.speakerId !== top.id ? ctx.people.find((p) => p.id === q.speakerId) : undefined;
    return speaker !== undefined && q.evidence.sentenceIndex <= index && ctx.sentences[q.evidence.sentenceIndex]!.start >= previousParagraph && personGender(ctx, speaker) !== oppositeGender;
  });
  if (otherSpeaker) return null;
  const unquoted = s.text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  return [top.name, ...top.aliases].some((f) => wordAt(unquoted, f) >= 0) ? null : top;
}

function carriedSubject(ctx: DraftContext, index: number, s: { text: string }, subject: { pronoun: string }): PersonFact | null {
  const pronoun = capitalise(subject.pronoun);
  // Named by any form, not only the mentions extraction kept ("Lai smuggled …" after "Lai said").
  // A sentence opening with a description of someone ("The 31-year-old …") names them first.
  const at = (p: PersonFact, i: number) => (openingDescription(ctx.sentences[i]!.text) && leadingPronounReferent(ctx, i) === p ? 0 : Math.min(...[p.name, ...p.aliases].map((f) => wordAt(ctx.sentences[i]!.text, f)).filter((k) => k >= 0)));
  const named = (i: number) => ctx.people.filter((p) => Number.isFinite(at(p, i)));
  // Named again in the sentence itself, a person is not what its pronoun stands for (inside a
  // quotation it is someone else's words: "If Lai was executed …"); nor is one of the other gender.
  const unquoted = s.text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  const namedHere = (p: PersonFact) => [p.name, ...p.aliases].some((f) => wordAt(unquoted, f) >= 0);
  const otherGender = (p: PersonFact) => personGender(ctx, p) === (pronoun === 'He' ? 'female' : 'male');
  for (let j = index - 1; j >= Math.max(0, index - MAX_BACK); j--) {
    const prev = ctx.sentences[j]!;
    if (ctx.text.slice(prev.end, ctx.sentences[j + 1]!.start).includes('\n')) return null;
    const all = named(j);
    // "Judge Alasdair Darroch jailed Hood and Marsh." then "He sentenced Marsh …": whoever the
    // sentence names again, or is of the other gender, is not what its pronoun stands for; the one
    // left must still open the sentence before.
    const people = all.length > 1 ? all.filter((p) => !namedHere(p) && !otherGender(p)) : all;
    const prevPronoun = subjectPronoun(prev.text) ?? openingPossessive(prev.text);
    if (all.length === 0 && prevPronoun && asPronoun(capitalise(prevPronoun.pronoun)) === pronoun) continue;
    if (people.length !== 1) return null;
    const p = people[0]!;
    // The name opens the sentence, perhaps after a title ("Premier Zhu Rongji said …").
    const k = at(p, j);
    const rest = prev.text.slice(k).replace(/^[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]*)*/u, '');
    if (!/^(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(prev.text.slice(0, k)) || /^[’']s\b/.test(rest)) return null;
    return namedHere(p) || otherGender(p) ? null : p;
  }
  return null;
}

/** Whether a position in a text falls inside a quotation. */
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** How a resolved pronoun is written: the surname the article uses, or the full name. */
function referentForm(p: PersonFact): string {
  return p.aliases.find((a) => !a.includes(' ') && p.name.endsWith(a)) ?? p.name;
}

/** Where `form` stands as a whole word in `text`, or -1. */
function wordAt(text: string, form: string): number {
  const m = new RegExp(`(?<![\\p{L}\\d-])${escapeRegExp(form)}(?![\\p{L}\\d-])`, 'u').exec(text);
  return m ? m.index : -1;
}
