// Questions built on one sentence of the article: fill in a name, place, organisation, number or
// date (typed, or chosen from options), and true-or-false statements. The sentence is quoted whole,
// so whatever attribution it carries ("Washington alleges …") stays in the question.
import { foldAccents, gradeText, normalizeAnswer } from '../../grading';
import { containsWord, escapeRegExp } from '../regexp';
import { roleGender } from '../lexicon/gender';
import { DEMONYM_SET, placeType } from '../lexicon/gazetteer';
import { DESCRIPTOR_WORDS, TITLE_WORDS } from '../lexicon/titles';
import { FUTURE } from '../extract/dates';
import { SPEECH_VERBS } from '../lexicon/verbs';
import { parse } from '../pos-tags';
import type { DateFact, NumberFact, PersonFact } from '../types';
import { displayName, hasRoleOrVoice, nearDuplicate, overlappingRoles, personGender, plausiblePeople, speakersOf } from './distractors';
import { domainsMatch, roleDomain, type RoleDomain } from '../lexicon/role-domains';
import { mainActors, personSide, sideIn } from './affiliation';
import { leadingPronounReferent, resolveReferences } from './dangling';
import { famousOfficeBeside, famousOfficeNamed } from './famous-office';
import { describedAtBlank, famousPerson } from './famous-person';
import { leadSentences } from './rank-drafts';
import { capitalise, evidenceSpan, LEADING_CONNECTIVE, LEADING_PRONOUN, letteredOptions, shuffleBy, type Draft, type DraftContext } from './draft';

export const BLANK = '_____';

/** A sentence that reads on its own: a whole statement of reasonable length, not inside a quotation. */
export function standaloneSentence(ctx: DraftContext, index: number): boolean {
  const s = ctx.sentences[index];
  if (!s) return false;
  const words = s.text.split(/\s+/).length;
  // Short sentences are headlines and captions, except one carrying the story's subject on ("He died today.").
  // So is a short count with its verb ("Over 60 demonstrators were arrested.").
  const shortCount = words >= 4 && words < 6 && /\d/.test(s.text) && /^\p{Lu}/u.test(s.text) && parse(s.text).has('#Verb');
  if ((words < 6 && !shortCount && !(words >= 3 && /^(?:He|She)\s/.test(s.text) && leadingPronounReferent(ctx, index))) || words > 60) return false;
  if (!/[.!?]["”’]?$/.test(s.text)) return false; // headlines and captions
  // A sentence that is all quotation ("“So he took off for a while [in India] …”"): someone's words,
  // with no one to say whose (round 102).
  if (/^["“][^"“”]+[.!?]["”]$/.test(s.text)) return false;
  // "Wikinews has contacted the Coast Guard … and is awaiting a response": the reporting, not the story (round 90).
  if (/\bWikinews\b/.test(s.text)) return false;
  // "The White House refers to the United States president's office": the article explaining a
  // word to its readers, which general knowledge answers (round 92).
  if (/^(?:The\s+)?\p{Lu}[^,;]{0,50}?\s+(?:refers\s+to|stands\s+for|is\s+(?:a|the)\s+(?:term|name|word)\s+for)\b/u.test(s.text)) return false;
  if (LEADING_PRONOUN.test(s.text) && !leadingPronounReferent(ctx, index)) return false;
  // "During her reign, she …", "Born days after …, she …": the subject is a pronoun all the same.
  // Not a possessive after a main clause that names a person or body: "Gloria Vanderbilt died on
  // Monday at the age of 95, her son Anderson Cooper announced" says whose son. (After an opening
  // phrase, "After meeting Putin, his aides …", the name is not the one the pronoun stands for.)
  const opening = /^([^,“”"]{0,80}),\s+(he|she|they|it|his|her|their)\b/i.exec(s.text);
  // (A bare name before the comma is no clause: "Crown Prince Frederik, her oldest son, …" means
  // the queen of the sentence before.)
  const ownedByNamed = opening && /^(?:his|her|their)$/i.test(opening[2]!) && !OPENING_PHRASE.test(opening[1]!) && namesSomeone(ctx, opening[1]!) && parse(opening[1]!).has('#Verb');
  if (opening && !ownedByNamed && !leadingPronounReferent(ctx, index)) return false;
  // "At Atlantic she focused …": a subject pronoun a few words in, with nobody named before it.
  const early = /^((?:[^\s,“”"]+\s+){1,4})(?:he|she|they)\s/.exec(s.text);
  if (early && !ctx.people.some((p) => [p.name, ...p.aliases].some((f) => early[1]!.includes(f))) && !leadingPronounReferent(ctx, index)) return false;
  // "Many were offered …", "Both …": a quantifier standing for people named elsewhere.
  // "All downtown events … have been cancelled" names its group and reads on its own.
  if (/^(?:many|some|others?|most|few|both|all|several|none|each)\b(?!\s+(?!of\b|the\b|were\b|are\b|was\b|is\b|have\b|had\b|will\b|would\b|could\b|said\b|say\b)\p{Ll}+\s+\p{Ll}+s\b)/iu.test(s.text)) return false;
  if (/^(?:image|photo|source|credit)s?\b/i.test(s.text)) return false;
  if (attributionOnly(ctx, index)) return false;
  // "approximately 50 such missiles": "such" points back to a sentence the reader does not see.
  if (/\bsuch\s+\p{L}+s\b/u.test(s.text) && !/\bsuch\s+as\b/.test(s.text)) return false;
  const opens = (s.text.match(/“/g) ?? []).length;
  const closes = (s.text.match(/”/g) ?? []).length;
  const straight = (s.text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0 && !insideQuotation(ctx, index);
}

/** A phrase that opens a sentence before its subject: "During …", "After meeting …", "Born …". */
const OPENING_PHRASE = /^(?:During|After|Before|Born|While|When|As|Despite|Following|Since|Upon|On|In|At|With|Without|For|From|Under|Unlike|Like|Although|Though|If|Once|Until|By|Having|Being|\p{Ll}+ing)\b/u;

/** Whether a stretch of text names a person or body of the article (by any of its names). */
function namesSomeone(ctx: DraftContext, text: string): boolean {
  return [...ctx.people, ...ctx.organisations].some((x) => [x.name, ...x.aliases].some((f) => containsWord(text, f)));
}

/**
 * The attribution of the quotation just before, standing as a sentence of its own (“… first order
 * in two days!” Macron told the world on Thursday via Twitter.): what was told is the quotation, so
 * the sentence says nothing by itself (round 88). A speech verb followed by words of its own that
 * carry a verb ("He said the plan would fail") is a statement and stays.
 */
function attributionOnly(ctx: DraftContext, index: number): boolean {
  const s = ctx.sentences[index]!;
  if (/[“”"]/.test(s.text) || !/[”"][ \t]*$/.test(ctx.text.slice(0, s.start))) return false;
  const words = s.text.replace(/[.!?]$/, '').split(/\s+/);
  if (words.length > 12) return false;
  const verb = words.findIndex((w, i) => i < 6 && SPEECH_VERBS.has(w.toLowerCase()));
  return verb >= 0 && !parse(words.slice(verb + 1).join(' ')).has('#Verb');
}

/**
 * A sentence in the middle of a longer quotation (“We lost everything. The water came so fast. …,”
 * she said): the speaker's words with no attribution in sight, never a statement of fact.
 */
export function insideQuotation(ctx: DraftContext, index: number): boolean {
  const s = ctx.sentences[index]!;
  const paragraphStart = ctx.text.lastIndexOf('\n', s.start - 1) + 1;
  const before = ctx.text.slice(paragraphStart, s.start);
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** A list item's heading in front of its sentence ("Enhance climate science: The budget invests …"). */
const HEADING = /^(?:[^:“”"]{3,80}):\s+(?=\p{Lu})/u;

/**
 * "NASA’s approach … recognizes four operational domains: Earth, …": a clause with its own verb
 * before the colon introduces a list; it is no heading, and the list alone says nothing (round 112).
 * A heading may open with a verb ("Enhance climate science:"), so only a later word counts.
 */
function clauseBeforeColon(heading: string): boolean {
  return parse(heading.replace(/:\s*$/, '')).terms().json().slice(1).some((t: { terms: { tags: string[] }[] }) => t.terms.some((x) => x.tags.includes('PresentTense') || x.tags.includes('PastTense')));
}

/** A sentence as a prompt: without an opening that leans on the sentence before it, or a heading. */
export function tidy(sentence: string): string {
  // A list item's bullet ("* Three other asylum seekers …", round 108) is no part of the sentence.
  sentence = sentence.replace(/^[*•·]\s+/, '');
  const heading = HEADING.exec(sentence);
  // (Not a title's colon: "His recent book Green Parrots: A War Surgeon's Diary helped …", round 106.)
  const title = /\p{Lu}[\p{L}'’-]*:\s+(?:A|An|The)\s+\p{Lu}/u.test(sentence.slice(0, (heading?.[0].length ?? 0) + 12));
  if (heading && !title && heading[0].split(/\s+/).length <= 10 && !/\b(?:said|says|told|stated|added)\b/.test(heading[0]) && !clauseBeforeColon(heading[0])) sentence = sentence.slice(heading[0].length);
  // "by the the Court of Appeal": a doubled little word is the article's typo, not its wording.
  sentence = sentence.replace(/\b(the|a|an|of|to|in|on|for|and|by)\s+\1\b/gi, '$1');
  return LEADING_CONNECTIVE.test(sentence) ? capitalise(sentence.replace(LEADING_CONNECTIVE, '')) : sentence;
}

/**
 * A long prompt ends at the first clause boundary after the blank (", which …", " – …"), so that
 * the student reads the fact, not the whole sentence; null when it is still too long.
 */
export function shorten(prompt: string): string | null {
  const words = () => prompt.split(/\s+/).length;
  if (words() > 30) {
    const at = prompt.indexOf(BLANK);
    const rest = prompt.slice(at + BLANK.length);
    const cut = /,\s+(?:which|who|where|while|including|to\s+(?=\p{Ll}+\s)|as\s+part|as\s+(?:announced|confirmed|reported)|highlighting|marking|underscoring)\b|\s+[–—]\s+/u.exec(rest);
    if (cut && !/[“”"]/.test(prompt) && trailingClause(rest.slice(cut.index), prompt.slice(0, at + BLANK.length) + rest.slice(0, cut.index))) {
      const shortened = `${prompt.slice(0, at + BLANK.length)}${rest.slice(0, cut.index)}.`;
      if (shortened.split(/\s+/).length >= 8) prompt = shortened;
    }
    // "X did this; Y did that": the clause with the blank is a statement of its own.
    if (words() > 30) prompt = firstClause(prompt, at + BLANK.length) ?? prompt;
  }
  return words() <= 45 ? prompt : null;
}

/**
 * Whether text cut at a clause boundary stops before its clause is done: on a little word ("said the
 * name had to be easy to say and, to prevent stigma, …") or on the subject of a clause whose verb
 * comes after the cut ("…, and his critics, which include Greenpeace, blame him …"), round 88.
 */
function openEnded(kept: string): boolean {
  if (/\b(?:and|or|but|nor|to|of|the|a|an|with|that|for|by|from|as)\s*$/i.test(kept)) return true;
  // A list's last item ("…, Donatelli, and Addlery") is no clause; "and his critics" opens one.
  const clause = /,\s+(?:and|but|or|yet|so)\s+((?:his|her|its|their|the|some|many|other|most)\s[^,]*)$/i.exec(kept);
  return clause !== null && !parse(clause[1]!.replace(/_{3,}/g, 'it')).has('#Verb');
}

/**
 * The sentence up to its first semicolon after `from` (or the distance aside of a place: ", about
 * ten miles south of …"), when what is kept has balanced quotation marks and brackets and reads as
 * a statement of at least eight words; null otherwise.
 */
export function firstClause(text: string, from = 0): string | null {
  const rest = text.slice(from);
  const cut = /;\s+|,\s+(?:about|some|roughly|nearly|around|approximately)\s+[\d\p{L}.,]+\s+(?:miles?|km|kilometres?|kilometers?)\b/u.exec(rest);
  if (!cut) return null;
  const kept = text.slice(0, from + cut.index).replace(/[,;:]\s*$/, '');
  const quotes = (kept.match(/[“”"]/g) ?? []).length;
  const curlyOpen = (kept.match(/“/g) ?? []).length !== (kept.match(/”/g) ?? []).length;
  if (quotes % 2 === 1 || curlyOpen || (kept.match(/\(/g) ?? []).length !== (kept.match(/\)/g) ?? []).length) return null;
  // "Iran and the P5+1 nations — the five permanent members …; …; plus Germany — reached a deal":
  // a cut inside an open dash aside drops the main verb (round 63).
  if ((kept.match(/\s[–—]\s/g) ?? []).length % 2 === 1) return null;
  return kept.split(/\s+/).length >= 8 ? `${kept}.` : null;
}

/**
 * Whether a clause cut off at `dropped` (", which …", " – …") is the sentence's last: it runs to the
 * end with no further clause after it. "X and the signals, which were installed in 1990, have
 * failed" cut at ", which" would drop the main verb and leave "X and the signals."; ", which …,
 * and the lines were repaired" would drop a claim of its own.
 */
export function trailingClause(dropped: string, kept = ''): boolean {
  // A cut at the closing dash of an aside ("Following … – with nearly 15 million jobs created –
  // the budget …") drops the main clause.
  if ((kept.match(/\s[–—]\s|\s-\s/g) ?? []).length % 2 === 1 || (kept.match(/\(/g) ?? []).length !== (kept.match(/\)/g) ?? []).length) return false;
  // Paired asides ("– including the first woman –", "(SWOT)") belong to the clause.
  const body = dropped
    .replace(/^\s*[,–—]\s*/, '')
    .replace(/\s[–—]\s?[^–—]*[–—]/g, ' ')
    .replace(/\([^()]*\)/g, ' ');
  if (/[;:–—()]|\s-\s/.test(body)) return false;
  // "Since the amendment, Article 40.3.3 of the constitution, in 1983, which gave …, women
  // traveled …": what is kept must have a verb of its own, or the main clause comes after the cut.
  if (kept && !parse(kept.replace(/_{3,}/g, 'it')).has('#Verb')) return false;
  if (kept && openEnded(kept)) return false;
  // "…, said that, as the parents came from _____, where …, they should be declared not guilty": a
  // blank inside a fronted "as"/"because"/"if" clause, whose main clause comes after the cut (round 83).
  if (/^(?:as|because|since|although|though|if|when|whenever|after|before|until|unless|once)\s/i.test(kept.split(/,\s+/).at(-1) ?? '')) return false;
  const AUX = String.raw`(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|\p{Ll}+ed)`;
  for (const m of body.matchAll(/,/g)) {
    const rest = body.slice(m.index);
    // ", have failed": the clause closed and the sentence's own verb follows.
    if (new RegExp(String.raw`^,\s+${AUX}\b`, 'u').test(rest)) return false;
    // ", and the signals were repaired": a clause of its own follows.
    if (new RegExp(String.raw`^,\s+(?:and|but|or|while|so|yet)\s+(?:(?:the|a|an|his|her|its|their|this|that|these|those)\s+(?:\p{L}+\s+){0,3}|(?:he|she|they|it|we|i)\s+|\p{Lu}\p{L}*\s+(?:\p{L}+\s+){0,2})${AUX}\b`, 'u').test(rest)) return false;
  }
  return true;
}

/**
 * "Mike Halterman, a student at the University of South Florida and unpaid intern at …, Florida,
 * is helping to plan the Conference …": the description between the subject and its verb, left out
 * when the sentence is otherwise too long to ask (round 99 asked two questions of a 600-word
 * article of such sentences). Never when the blank is inside the description. `fit` says whether
 * what is left can be asked (a shortened prompt, or null).
 */
export function withoutSubjectAppositive(text: string, fit: (t: string) => string | null): string | null {
  const m = SUBJECT_APPOSITIVE.exec(text);
  if (!m || m[2]!.includes(BLANK)) return null;
  return fit(`${m[1]!} ${text.slice(m[0].length)}`);
}

const SUBJECT_APPOSITIVE = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|_{3,}),\s+((?:a|an|the)\s[^"“”;]*?),\s+(?=(?:is|was|are|were|has|had|have|will|would|could|can|said|says|told|\p{Ll}+ed)\s)/u;

export function blanked(ctx: DraftContext, index: number, start: number, end: number): string | null {
  const s = ctx.sentences[index]!;
  const before = ctx.text.slice(s.start, start);
  const after = ctx.text.slice(end, s.end);
  // "an ____" would give away a vowel-initial answer.
  if (/\b(?:a|an)\s*$/i.test(before)) return null;
  const tidied = tidy(`${before}${BLANK}${after}`);
  // A sentence too long to ask may be short enough without its subject's description.
  const short = shorten(tidied) ?? withoutSubjectAppositive(tidied, (t) => shorten(t));
  const resolved = short && resolveReferences(ctx, short, index);
  if (resolved || !short) return resolved;
  // "… accounted for _____ percent of the market in 2009; this has dropped to …": a clause after
  // the semicolon that leans on the blank's own, which stands alone without it (round 87).
  const first = firstClause(short, short.indexOf(BLANK) + BLANK.length);
  return first && resolveReferences(ctx, first, index);
}

export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

export type Entity = { id: string; kind: 'person' | 'place' | 'organisation'; name: string; forms: string[]; subtype?: string };

export function entities(ctx: DraftContext): Entity[] {
  return [
    ...ctx.people.map((p): Entity => ({ id: p.id, kind: 'person', name: p.name, forms: [p.name, ...p.aliases] })),
    ...ctx.places.map((p): Entity => ({ id: p.id, kind: 'place', name: p.name, forms: [p.name], subtype: p.placeType })),
    ...ctx.organisations.map((o): Entity => ({ id: o.id, kind: 'organisation', name: o.name, forms: [o.name, ...o.aliases] })),
  ];
}

/** Where a person is named, with the form the article uses there. */
function personMentions(ctx: DraftContext, e: Entity): { sentenceIndex: number; start: number; end: number; form: string }[] {
  const p = ctx.people.find((x) => x.id === e.id)!;
  return p.mentions.map((m) => ({ ...m, form: ctx.text.slice(m.start, m.end) }));
}

/** The form of a person's name that matches the answer's: a surname for a surname. */
export function personForm(o: PersonFact, single: boolean): string | null {
  if (!single) return displayName(o);
  // Only a one-word form the article itself uses: the last word of "Zhu Rongji" is no name of his.
  if (!o.name.includes(' ')) return o.name;
  return o.aliases.find((f) => !f.includes(' ')) ?? null;
}

/** The title or occupation right before a blank ("Assistant Chief Constable ", "Dr. ", "Motorist "), or null. */
export function titleBefore(before: string): string | null {
  const m = /((?:\p{Lu}[\p{L}.-]*\s+){1,4})$/u.exec(before);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  // Keep the trailing title words ("Japan's Prime Minister" → "Prime Minister").
  let k = words.length;
  while (k > 0 && (TITLE_WORDS.has(words[k - 1]!.toLowerCase().replace(/\.$/, '')) || DESCRIPTOR_WORDS.has(words[k - 1]!.toLowerCase()) || /^(?:Dr|Prof|Rep|Sen|Gov|Gen|Col|Capt|Lt|Sgt)\.$/.test(words[k - 1]!) || /^\p{Lu}\p{Ll}+(?:ist|er|or|ant|ent|eer)$/u.test(words[k - 1]!))) k--;
  return k < words.length ? words.slice(k).join(' ') : null;
}

/** Whether someone's stated role fits a title: the same head word, or the same sphere. */
function sameKindOfRole(title: string, role: string): boolean {
  const heads = (t: string) => new Set(t.toLowerCase().replace(/\./g, '').split(/\s+/).filter((w) => !/^(?:the|a|an|of|for|and|assistant|deputy|vice|chief|senior|former|acting)$/.test(w)));
  const a = heads(title);
  if ([...heads(role)].some((w) => a.has(w))) return true;
  // "President _____": an office held by one person at a time takes only its holders, not anyone of its sphere.
  if (/\b(?:president|prime minister|premier|king|queen|chancellor|governor|mayor|pope|emperor|sultan)$/i.test(title)) return false;
  const [x, y] = [roleDomain(title.replace(/^Dr\.$/, 'doctor')), roleDomain(role)];
  return x !== null && x === y;
}

/** The sphere of a person's first stated role (government, sport, …), or null. */
function roleDomainOf(p: PersonFact): RoleDomain | null {
  const role = p.roles[0]?.split('; ')[0];
  return role ? roleDomain(role) : null;
}

export function personDistractors(ctx: DraftContext, e: Entity, sentence: string, form: string, before: string): string[] {
  const p = ctx.people.find((x) => x.id === e.id)!;
  // "… explained her no vote": a pronoun of the answer's gender in the stem rules out everyone of
  // the other gender, so they are no options.
  const gender = personGender(ctx, p);
  const cue = gender === 'female' ? /\b(?:she|her|hers|herself)\b/i : gender === 'male' ? /\b(?:he|his|him|himself)\b/i : null;
  // "Akihito's son _____", "Princess _____": a gendered word right before the blank cues it too.
  const near = roleGender(before.slice(-25));
  // "the women's T54 marathon": the event says whose it is.
  const event = /\bwomen[’']?s\b|\bfemale\b/i.test(sentence) ? 'female' : /\bmen[’']?s\b|\bmale\b/i.test(sentence) ? 'male' : null;
  const cued = Boolean(cue?.test(sentence)) || (near !== null && near === gender) || (event !== null && event === gender);
  const otherGender = (o: PersonFact) => cued && personGender(ctx, o) !== null && personGender(ctx, o) !== gender;
  // A name mentioned once in passing, with no role and no words of its own (a historical figure),
  // is no one a reader would take for the answer.
  // First-time judgements failed two in three of these items for a weak option, so every option
  // must be someone the story gives a role or words, and of a sphere the answer's role borders.
  // Someone the story gives no role and no words ("_____ has only one child …") has no kind of
  // person to draw options from: asked typed only.
  if (!hasRoleOrVoice(ctx, p)) return [];
  const domain = roleDomainOf(p);
  const weak = (o: PersonFact) => !hasRoleOrVoice(ctx, o) || (domain !== null && (roleDomainOf(o) === null ? !speakersOf(ctx).has(o.id) : !domainsMatch(domain, roleDomainOf(o)!)));
  const pool = ctx.people.filter((o) => o !== p && ![o.name, ...o.aliases].some((f) => sentence.includes(f)) && !otherGender(o) && !weak(o));
  const single = form.split(' ').length === 1;
  // "Pilot _____", "Dr. _____", "Assistant Chief Constable _____": every option must fit the title
  // in front of the blank (no Prime Minister for a pilot).
  const title = titleBefore(before);
  // "Japanese _____": only people of that country (or of none the article gives).
  const nation = /(\p{Lu}\p{L}+)\s+$/u.exec(before)?.[1];
  const nationSide = nation && DEMONYM_SET.has(nation.toLowerCase()) ? sideIn(nation) : null;
  // …but nobody who holds it too ("Center Director _____" is no blank for the Johnson Director, round 119).
  const fitsTitle = (o: PersonFact) => (!title || (o.roles.some((r) => sameKindOfRole(title, r)) && !o.roles.some((r) => overlappingRoles(title, r)))) && (!nationSide || personSide(ctx, o) === nationSide);
  const forms = plausiblePeople(ctx, p, pool.filter(fitsTitle), `mc:${e.id}`, undefined, true)
    .map((o) => personForm(o, single))
    .filter((f): f is string => f !== null);
  // "Kennedy" when two people of the article are Kennedys: nobody can tell whom the option means.
  const shared = (f: string) => ctx.people.filter((o) => [o.name, ...o.aliases].some((n) => n.split(' ').includes(f))).length > 1;
  return [...new Set(forms)].filter((f) => f !== form && (f.includes(' ') || !shared(f))).slice(0, 3);
}

const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'del', 'della', 'dos', 'das', 'ter', 'ten']);

/**
 * The article's own misspelling of the answer, which a student may copy ("Ms Bauchtman said" beside
 * "Lydia Buchtmann", round 84): one long word, with the answer's first letter, that the grader's own
 * tolerance takes for a word of the answer. Refusing it would mark the article's spelling wrong.
 */
function misspeltForm(reject: string, forms: string[]): boolean {
  // (Only a long word: "Bacar" beside "Bakar", "Şahin" beside "Sahin" are other people.)
  if (reject.includes(' ') || reject.length <= 8) return false;
  const initial = normalizeAnswer(reject)[0];
  return forms.some((f) => f.split(/\s+/).some((w) => normalizeAnswer(w)[0] === initial && gradeText({ text: w }, reject).correct));
}

/**
 * A typed answer: the form asked, the other forms that name the same entity, and the article's
 * other entities of its kind refused ("MSP" is the Members of the Scottish Parliament again: a
 * short form accepted is no reject).
 */
export function typedAnswer(ctx: DraftContext, e: Entity, form: string, sameKind = entities(ctx).filter((o) => o.kind === e.kind && o.id !== e.id)): { text: string; aliases: string[]; rejects: string[] } {
  // (An alias that is the key again says nothing: "PAD" beside "PAD".)
  const aliases = typedAliases(ctx, e, form).filter((a) => normalizeAnswer(a) !== normalizeAnswer(form));
  const accepted = [form, e.name, ...aliases];
  const rejects = [...new Set(sameKind.flatMap((o) => o.forms))].filter((r) => ![form, ...aliases].some((a) => normalizeAnswer(a) === normalizeAnswer(r)) && !partOfName(r, e.name) && !nearDuplicate(r, e.name) && !initialsOf(r, accepted) && !misspeltForm(r, accepted));
  return { text: form, aliases, rejects };
}

/** Other ways to type a person's name (the only blanks typed): the surname of a two-word Western name ("Novak"), when no one else has it. */
function typedAliases(ctx: DraftContext, e: Entity, form: string): string[] {
  // A surname another person bears too, perhaps with an accent ("Sahin" / "Şahin"), names neither.
  const same = (a: string, b: string) => normalizeAnswer(a) === normalizeAnswer(b);
  const othersForms = ctx.people.filter((p) => p.id !== e.id).flatMap((p) => [p.name, ...p.aliases]);
  const othersWords = othersForms.flatMap((f) => [f, ...f.split(' ')]);
  // A form the article itself uses for this person ("Bacar" for Colonel Mohamed Bacar) is accepted
  // unless the article calls someone else by it too; a surname only derived here is held to more
  // (it must be no word of another name: "Sahin" is also Justice Minister Mehmet Ali Şahin).
  const aliases = new Set(e.forms.filter((f) => f !== form && !othersForms.some((w) => same(w, f))));
  const words = e.name.split(' ');
  const last = words.at(-1)!;
  const shared = othersWords.some((w) => same(w, last));
  // "Sambi" for "Ahmed Abdallah Mohamed Sambi" too; not a short last part ("Un" of "Kim Jong Un").
  // A double-barrelled surname ("Calmy-Rey") counts; a hyphenated given name ("Hong-kyun") does not.
  if ((words.length === 2 ? last.length >= 3 : last.length >= 4) && (!last.includes('-') || /-\p{Lu}/u.test(last)) && !shared && form === e.name) aliases.add(last);
  // Two surnames ("Agustín Toro Reyes", "Daniela Banda Sandoval"): both together are his name too.
  const lastTwo = words.slice(-2);
  if (words.length >= 3 && form === e.name && lastTwo.every((w) => w.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(w)) && !othersWords.some((w) => same(w, lastTwo.join(' ')))) aliases.add(lastTwo.join(' '));
  // A surname with its particle ("De Gea" for David De Gea, "van Persie", "Van der Sar").
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && SURNAME_PARTICLES.has(w.toLowerCase()));
  const surname = words.slice(particle).join(' ');
  if (particle > 0 && form === e.name && !othersForms.some((f) => same(f, surname) || f.endsWith(` ${surname}`))) aliases.add(surname);
  return [...aliases];
}

/**
 * Whether the words before a bracket spell out the blank's answer: another of its names, accents
 * and case aside, or the words its initials stand for ("Medecins sans Frontieres (MSF)").
 */
function expandedBefore(before: string, form: string, forms: string[]): boolean {
  const fold = (t: string) => foldAccents(t).toLowerCase();
  if (forms.some((f) => f !== form && fold(before).endsWith(fold(f)))) return true;
  if (!/^[A-Z]{2,6}$/.test(form)) return false;
  const words = before.split(/\s+/).slice(-form.length);
  return words.map((w) => w[0] ?? '').join('').toUpperCase() === form && /^\p{Lu}/u.test(words[0] ?? '');
}

/** "RN" for "Royal Navy": an abbreviation of the answer is the answer, never a reject (round 49's wrong key). */
function initialsOf(short: string, names: string[]): boolean {
  if (!/^[A-Z]{2,6}$/.test(short)) return false;
  return names.some((n) => {
    const capitals = n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
    // "UK Royal Navy" → "URN", and "RN" without the country in front.
    return [capitals.join(''), capitals.slice(1).join('')].includes(short);
  });
}

/**
 * Whether a form is some of the words of a name ("Bacar" of "Mohamed Bacar"): the article may use
 * it for this person too, so a student who types it is never marked wrong for it.
 */
function partOfName(form: string, name: string): boolean {
  const words = name.split(/\s+/);
  const part = form.split(/\s+/);
  return part.length < words.length && part.every((w) => words.includes(w));
}

/**
 * Why a blank may not be worth asking, though it passes the checks: the story's protagonist as the
 * subject outside the lead (the stem makes them obvious). Such drafts are ranked after the others.
 */
function blankDoubts(ctx: DraftContext, e: Entity, sentenceIndex: number, before: string): string[] {
  if (sentenceIndex < leadSentences(ctx)) return [];
  if (mainActors(ctx).has(e.id) && /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(before)) return ['protagonist-subject'];
  return [];
}

/** Two capitalised words that are no title ("Elton John", not "Foreign Minister"). */
function bareName(a: string, b: string): boolean {
  return !TITLE_WORDS.has(a.toLowerCase()) && !TITLE_WORDS.has(b.toLowerCase());
}

/**
 * Whether a blank stands in a list of bare names ("… Stevie Wonder, Elton John, and _____"), where
 * any other listed name would read as right and the one asked is incidental. A list of people with
 * their titles ("Defense Minister Andrei Belousov, Foreign Minister _____") asks who holds what.
 */
export function inNameList(before: string, after: string): boolean {
  const prev = /(\p{Lu}[\p{L}.’'-]*)\s+(\p{Lu}[\p{L}.’'-]*)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u.exec(before);
  const next = /^,?\s+(?:and\s+|or\s+)?(\p{Lu}[\p{L}’'-]+)\s+(\p{Lu}[\p{L}’'-]+)/u.exec(after);
  return Boolean((prev && bareName(prev[1]!, prev[2]!)) || (next && bareName(next[1]!, next[2]!)));
}

/** The organisation the article names most, when it names it at least four times ("NASA"). */
const mainOrganisationCache = new WeakMap<DraftContext, string | null>();

export function mainOrganisation(ctx: DraftContext): string | null {
  if (mainOrganisationCache.has(ctx)) return mainOrganisationCache.get(ctx)!;
  let best: string | null = null;
  let bestN = 3;
  for (const o of ctx.organisations) {
    const n = [o.name, ...o.aliases].reduce((k, f) => k + occurrences(ctx.text, f), 0);
    if (n > bestN) {
      bestN = n;
      best = o.id;
    }
  }
  mainOrganisationCache.set(ctx, best);
  return best;
}

/** Whether the rest of the sentence gives the name away: its surname stands in the stem ("bassist _____ and his brother Noel Hogan"). */
function stemGivesAway(form: string, before: string, after: string): boolean {
  return form.includes(' ') && containsWord(`${before} ${after}`, form.split(' ').at(-1)!);
}

/**
 * The words around the blank frame another sentence of the article with another name in it
 * ("Trump granted _____ a full and unconditional pardon." said of seven people): the other names
 * fit the blank as well (round 89's wrong key). Three words of frame at least.
 */
function frameRepeated(ctx: DraftContext, sentenceIndex: number, forms: string[], before: string, after: string): boolean {
  const head = before.trim().split(/\s+/).filter(Boolean).slice(-4);
  const tail = after.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (head.length + tail.length < 3) return false;
  // Most frames are said once: a plain search for the words beside the blank settles that cheaply.
  const beside = head.length ? head.slice(-2).join(' ') : tail.slice(0, 2).join(' ');
  const first = ctx.text.indexOf(beside);
  if (first < 0 || ctx.text.indexOf(beside, first + 1) < 0) return false;
  const pattern = new RegExp(`${head.length ? `(?<![\\p{L}])${head.map(escapeRegExp).join('\\s+')}\\s+` : '^\\s*'}(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4})${tail.length ? `\\s*${tail.map(escapeRegExp).join('\\s+')}` : '\\s*$'}`, 'u');
  return ctx.sentences.some((s) => {
    if (s.index === sentenceIndex) return false;
    const m = pattern.exec(s.text);
    return m !== null && !forms.some((f) => normalizeAnswer(f) === normalizeAnswer(m[1]!));
  });
}

/**
 * "_____ seconded Macron's recommendation" where the article also says "the call was seconded by
 * Merkel and Boris Johnson": the answer did the deed jointly with another person of the story, whose
 * name is then a right answer too (round 91). The deed is the verb right after the blank; elsewhere
 * both doers follow its "by", or stand together just before it ("Merkel and Johnson seconded").
 * One deed done by different people ("X scored from the spot-kick", "Y scored the winning penalty")
 * is told apart by the rest of the sentence and stays.
 */
function deedShared(ctx: DraftContext, e: Entity, sentenceIndex: number, after: string): boolean {
  const verb = /^\s+(?:(?:also|then|quickly|later|too|jointly|swiftly|immediately)\s+)?(\p{Ll}+ed)\b/u.exec(after)?.[1];
  // Two people who "said" different things are told apart by what they said.
  if (!verb || SPEECH_VERBS.has(verb) || ctx.text.indexOf(verb) === ctx.text.lastIndexOf(verb)) return false;
  const deed = new RegExp(`(?<![\\p{L}])${escapeRegExp(verb)}(?![\\p{L}])`, 'gu');
  return ctx.sentences.some((s) => {
    if (s.index === sentenceIndex) return false;
    return [...s.text.matchAll(deed)].some((m) => {
      const at = s.start + m.index;
      const byAfter = /^\s+by\s/.test(ctx.text.slice(at + verb.length, at + verb.length + 5));
      // The doers: named after "by" up to the clause's end, or in the clause's words just before the verb.
      const from = byAfter ? at + verb.length : Math.max(s.start, at - 60);
      const zone = ctx.text.slice(from, byAfter ? Math.min(s.end, from + 90) : at);
      const start = byAfter ? from : from + Math.max(0, ...[...zone.matchAll(/[.;:]|,\s+(?!and\b)(?!\p{Lu})/gu)].map((x) => x.index + x[0].length));
      const end = byAfter ? from + (/[.;:]|,\s+(?!and\b)/.exec(zone)?.index ?? zone.length) : at;
      const doers = ctx.people.filter((p) => p.mentions.some((pm) => pm.sentenceIndex === s.index && pm.start >= start && pm.end <= end));
      return doers.length >= 2 && doers.some((p) => p.id === e.id);
    });
  });
}

/**
 * A blank general knowledge fills: a person beside a country's top office ("Canadian Prime Minister
 * _____", "_____, president of Egypt"), or a person of the famous bank beside any description
 * ("Canadian singer _____", "_____, the leader of the Khmer Rouge"; judged acceptable a third of the
 * time over rounds 1 to 110, against three in four for everyone else). Another mention is asked, if any.
 */
function famousAtBlank(ctx: DraftContext, e: Entity, m: { sentenceIndex: number; start: number; end: number }): boolean {
  const s = ctx.sentences[m.sentenceIndex]!;
  const before = ctx.text.slice(s.start, m.start);
  const after = ctx.text.slice(m.end, s.end);
  const p = ctx.people.find((x) => x.id === e.id)!;
  return famousOfficeBeside(p, before, after) || famousOfficeNamed(before, after, s.text) || (famousPerson(p) && describedAtBlank(before, after));
}

export function sentenceDrafts(ctx: DraftContext): Draft[] {
  const drafts: Draft[] = [];
  const all = entities(ctx);

  for (const e of all) {
    // A body is no blank at all, typed or chosen: judges accepted 42 % of typed blanks on bodies
    // (82 of 195, rounds 9 to 110) with fifteen wrong keys, the most of any kind (a body's other
    // names are many and no alias list holds them all: "Cambridge", "the Pentagon", "UNESCO"), and
    // 5 of 32 choices among bodies. Bodies are still asked as who said it and in true/false.
    // Nor a place, typed or chosen: judges accepted 49 % of choices among places (115 of 236, rounds
    // 1 to 118; 40 % over the last 96 articles), mostly because general knowledge fills the blank
    // ("_____'s Silicon Valley", "NASA Headquarters in _____") or geography rules the options out;
    // no feature of the stem told the good half apart. Places are still asked in true/false swaps.
    if (e.kind !== 'person') continue;
    // Each mention in turn: the first that makes a sound blank, not only the first that could
    // ("Thomas Sam, 42, and his wife Manju Sam, 36, …" is a list of names; his next mention is asked, round 83).
    // A name with a quoted nickname inside ('Bauke "Mike" de Vries') is no answer to type.
    const candidates = personMentions(ctx, e).filter((m) => !/["“”]/.test(m.form) && standaloneSentence(ctx, m.sentenceIndex) && occurrences(ctx.sentences[m.sentenceIndex]!.text, m.form) === 1 && !famousAtBlank(ctx, e, m));
    const sameKind = all.filter((o) => o.kind === e.kind && o.id !== e.id);
    let clozed = false;
    let chosen = false;
    for (const mention of candidates) {
      if (clozed && chosen) break;
      const sentence = ctx.sentences[mention.sentenceIndex]!.text;
      // The blank must not be guessable from the rest of the sentence (the name said twice, or its surname).
      if (e.forms.some((f) => f !== mention.form && occurrences(sentence, f) > (mention.form.includes(f) ? 1 : 0))) continue;
      const prompt = blanked(ctx, mention.sentenceIndex, mention.start, mention.end);
      if (!prompt) continue;
      const ev = [evidenceSpan(ctx, mention.sentenceIndex)];
      const before = ctx.text.slice(ctx.sentences[mention.sentenceIndex]!.start, mention.start);
      const after = ctx.text.slice(mention.end, ctx.sentences[mention.sentenceIndex]!.end);
      // "the United States' Central Intelligence Agency": the apostrophe left after the blank fits only
      // a name ending in -s.
      if (/^['’](?!s\b)/.test(after)) continue;
      // One name of a list ("Stevie Wonder, Elton John, and _____"): an incidental member, and any
      // other listed name would read as right.
      if (inNameList(before, after)) continue;
      if (stemGivesAway(mention.form, before, after)) continue;
      if (frameRepeated(ctx, mention.sentenceIndex, e.forms, before, after)) continue;
      if (deedShared(ctx, e, mention.sentenceIndex, after)) continue;
      // "Medecins sans Frontieres (_____)", "the Irish Aviation Authority (_____)": the other name of
      // the answer stands right before the blank (round 68).
      if (/\(\s*$/.test(before) && expandedBefore(before.replace(/\s*\(\s*$/, ''), mention.form, e.forms)) continue;

      const doubts = blankDoubts(ctx, e, mention.sentenceIndex, before);

      if (!clozed) {
        clozed = true;
        drafts.push({
          id: `cloze:${e.id}`,
          type: 'cloze',
          prompt: `Fill in the blank: ${prompt}`,
          answer: typedAnswer(ctx, e, mention.form, sameKind),
          explanation: `The article says: “${sentence}”`,
          evidence: [sentence],
          meta: { angle: 'cloze', factIds: [e.id], evidenceSpans: ev, difficulty: 0.6, quality: 0, answerText: mention.form, ...(doubts.length ? { doubts } : {}) },
        });
      }

      if (chosen) continue;
      const distractors = personDistractors(ctx, e, sentence, mention.form, before);
      if (distractors.length === 3 && new Set(distractors).size === 3) {
        const { options, correct } = letteredOptions(mention.form, distractors, `mc:${e.id}`);
        chosen = true;
        drafts.push({
          id: `mc-cloze:${e.id}`,
          type: 'multiple_choice',
          prompt: `Which name completes this sentence from the article? ${prompt}`,
          options,
          answer: { correct },
          explanation: `The article says: “${sentence}”`,
          evidence: [sentence],
          meta: { angle: `mc-${e.kind}`, factIds: [e.id], evidenceSpans: ev, difficulty: 0.35, quality: 0, optionKinds: [e.kind, e.kind, e.kind, e.kind], answerText: mention.form, ...(doubts.length ? { doubts } : {}) },
        });
      }
    }
  }

  for (const n of ctx.numbers) drafts.push(...numberDrafts(ctx, n));
  for (const d of ctx.dates) drafts.push(...dateDrafts(ctx, d));
  return drafts;
}

function niceRound(x: number): number {
  if (x < 10) return Math.max(1, Math.round(x));
  const magnitude = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / magnitude) * magnitude;
}

const UNIT_CAP: Record<string, number> = { months: 12, month: 12, weeks: 52, week: 52, days: 366, day: 366, hours: 24, hour: 24, minutes: 60, minute: 60, seconds: 60, second: 60 };

/**
 * The limit a sentence sets on a number it states: the total after "out of" ("276 out of 380"), or
 * the next unit up in a compound duration ("17 years and 285 days"). Null when it sets none.
 */
/**
 * A share beside others of the same sentence ("only 30% … supported independence, with 50%
 * favouring the Union"): no option takes the shares past 100 % (round 50 offered 90 %). The cap is
 * exclusive, as numberCap's; null when the sentence gives no other share.
 */
export function shareCap(before: string, after: string): number | null {
  // Only the clause of the blank ("86 percent …; 59 percent …" are two questions of a survey), and
  // not a change ("down from _____% to 49%").
  const near = `${before.split(';').at(-1)} _____ ${after.split(';')[0]}`;
  if (/\bfrom\s+(?:\S+\s+){0,2}?(?:_____|\d+(?:\.\d+)?)\s*(?:%|percent|per cent)?\s+to\b/.test(near)) return null;
  const others = [...near.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)/g)].map((m) => Number(m[1]));
  // Shares set against each other: "…, with 50% favouring …", "… while 31 percent said …".
  if (!/\b(?:with|while|whereas|against|compared|versus|vs)\b/.test(near)) return null;
  const sum = others.reduce((a, b) => a + b, 0);
  return others.length > 0 && sum < 100 ? 100 - sum + 1 : null;
}

// A change from a figure: "…, a decrease from the previous year's 207,492", "an increase from 2006".
const FELL_WORDS = 'decrease|drop|fall|decline|down';
const CHANGE_WORDS = `${FELL_WORDS}|increase|rise|jump|growth|up`;
const PREVIOUS = String.raw`(?:(?:the\s+)?(?:previous|last|prior)\s+year['’]s\s+|(?:the\s+)?(?:previous|prior)\s+)?`;
const FIGURE = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const FELL = new RegExp(`^(?:${FELL_WORDS})$`, 'i');
const CHANGE_FROM = new RegExp(String.raw`^[^.;]*?\b(${CHANGE_WORDS})\s+(?:from|on|over)\s+${PREVIOUS}${FIGURE}`, 'i');
const CHANGE_TO = new RegExp(String.raw`${FIGURE}\b[^.;]*?\b(${CHANGE_WORDS})\s+(?:from|on|over)\s+${PREVIOUS}$`, 'i');
/** The year a change is counted from ("an increase from 2006", "down since 2001"). */
const CHANGE_FROM_YEAR = new RegExp(String.raw`\b(?:${CHANGE_WORDS})\s+(?:from|on|over|since)\s+((?:19|20)\d{2})\b`, 'i');

const NUM = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const WHOLE_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?of\s+(?:the\s+|its\s+|their\s+|all\s+)?${NUM}\b`, 'u');
const PART_BEFORE = new RegExp(String.raw`${NUM}\s+(?:[\p{L}-]+\s+){0,2}?of\s+(?:the\s+|its\s+|their\s+|all\s+)?$`, 'u');
const LOWER_TO = String.raw`(?:reduced|cut|lowered|dropped|fallen|fell|decreased|declined|down)\s+to`;
const RAISED_TO = String.raw`(?:increased|raised|risen|rose|grown|grew|up)\s+to`;
const ABOUT = String.raw`(?:(?:around|about|roughly|some|nearly|almost|approximately)\s+)?`;
const LOWER_AFTER = new RegExp(String.raw`\b${LOWER_TO}\s+${ABOUT}${NUM}`, 'i');
const RAISED_AFTER = new RegExp(String.raw`\b${RAISED_TO}\s+${ABOUT}${NUM}`, 'i');
const LOWER_BEFORE = new RegExp(String.raw`\b${LOWER_TO}\s+${ABOUT}$`, 'i');
const RAISED_BEFORE = new RegExp(String.raw`\b${RAISED_TO}\s+${ABOUT}$`, 'i');
const LEAD_BY = /\b(?:lead|leads|led|leading|beat|beats|defeated|won|wins|ahead)\b[^.;]*\bby\s+$/;

/**
 * Bounds the sentence itself puts on a figure, beyond a change "from" one: a part is at most its
 * whole ("_____ of the 166 onboard", "146 of the _____ bodies"), a figure later "reduced to around
 * 1,350" was above it (and the one reduced to is below the first), and a lead "by _____ wins to 73"
 * is more than 73 (round 101: options the stem ruled out, "240 of the 166", "reduced to 2,700").
 */
export function statedBounds(before: string, after: string): { below: number | null; above: number | null } {
  const num = (x: string) => Number(x.replace(/,/g, ''));
  const whole = WHOLE_AFTER.exec(after);
  if (whole) return { below: num(whole[1]!) + 1, above: null };
  const part = PART_BEFORE.exec(before);
  if (part) return { below: null, above: num(part[1]!) - 1 };
  const laterLower = LOWER_AFTER.exec(after);
  if (laterLower) return { below: null, above: num(laterLower[1]!) };
  const laterHigher = RAISED_AFTER.exec(after);
  if (laterHigher) return { below: num(laterHigher[1]!), above: null };
  // The figure before the blank, not a year ("At the height of the fire, 1,700 firefighters …
  // reduced to around _____").
  const earlier = /(\d[\d,]*(?:\.\d+)?)(?!.*\d)/.exec(before.replace(/\b(?:19|20)\d{2}\b/g, ''))?.[1];
  if (earlier && LOWER_BEFORE.test(before)) return { below: num(earlier), above: null };
  if (earlier && RAISED_BEFORE.test(before)) return { below: null, above: num(earlier) };
  const to = /^\s*(?:[\p{L}-]+\s+)?to\s+(\d[\d,]*)\b/u.exec(after);
  if (to && LEAD_BY.test(before)) return { below: null, above: num(to[1]!) };
  const by = /\bby\s+(\d[\d,]*)\s+(?:[\p{L}-]+\s+)?to\s+$/u.exec(before);
  if (by && LEAD_BY.test(`${before.slice(0, by.index)}by `)) return { below: num(by[1]!), above: null };
  return { below: null, above: null };
}

/**
 * The bounds a change after the blank puts on it: below the figure it fell from, above the one it
 * rose from ("received _____ complaints, a decrease from the previous year's 207,492", round 62).
 */
export function changeBounds(after: string, before = ''): { below: number | null; above: number | null } {
  const m = CHANGE_FROM.exec(after);
  if (m) {
    const figure = Number(m[2]!.replace(/,/g, ''));
    return FELL.test(m[1]!) ? { below: figure, above: null } : { below: null, above: figure };
  }
  // The figure a change is from, asked ("received 206,884 …, a decrease from the previous year's _____"):
  // above the figure it fell to, below the one it rose to.
  const to = CHANGE_TO.exec(before);
  if (!to) return { below: null, above: null };
  const figure = Number(to[1]!.replace(/,/g, ''));
  return FELL.test(to[2]!) ? { below: null, above: figure } : { below: figure, above: null };
}


export function numberCap(before: string, after: string): number | null {
  const outOf = /^\s*(?:[\p{L}-]+\s+){0,3}out\s+of\s+(\d[\d,]*)/u.exec(after);
  if (outOf) return Number(outOf[1]!.replace(/,/g, '')) + 1;
  const fell = changeBounds(after, before).below;
  if (fell !== null) return fell;
  const unit = /^\s+(months?|weeks?|days?|hours?|minutes?|seconds?)\b/.exec(after);
  if (unit && /\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+and\s+$/.test(before)) return UNIT_CAP[unit[1]!]!;
  return null;
}

/**
 * Same-scale wrong numbers, none of which the article gives for the same thing; shares stay within
 * 100 %. A figure given as a bound gets none: "more than 2.1 million voted" is also true of 1
 * million, and options only above it would give it away as the smallest. A figure with decimals
 * gets options with as many ("2.1" → "3.2", not "3").
 */
export function numberDistractors(value: number, taken: number[], key: string, percent = false, bound: 'lower' | 'upper' | null = null, age = false, fits: (v: number) => boolean = () => true): number[] {
  // All options on one side would make the answer simply the smallest or the largest, so a bound
  // gets none: its figure is asked typed, or as a true-or-false statement.
  if (bound) return [];
  const decimals = Number.isInteger(value) ? 0 : Math.min(2, (String(value).split('.')[1] ?? '').length);
  // An exact figure among round ones gives itself away ("13,980 acres" beside 7,000, 10,000 and
  // 21,000; "$722,382" beside round sums, rounds 100 and 102): wrong figures keep its precision.
  // ("563 people" too, beside 280, 840 and 1,100, round 109.)
  const significant = Number.isInteger(value) ? String(value).replace(/0+$/, '').length : 0;
  const exact = value >= 100 && (significant >= 4 || (significant === 3 && value < 1000));
  const round = (x: number) => (decimals ? Math.round(x * 10 ** decimals) / 10 ** decimals : exact ? Math.round(Number(x.toPrecision(significant))) : niceRound(x));
  // A small decimal (a magnitude of 8.6, a rate of 2.5) moves by steps, not by multiples: 25.8 is
  // no earthquake.
  const smallDecimal = decimals > 0 && value < 20;
  // An age moves by years within a lifetime: 73 → 61, 66, 78, 82, never 110 or 219.
  let candidates = age
    ? [-12, -7, -4, 5, 9, 14].map((d) => value + d).filter((v) => v >= 1 && v <= 105)
    : value <= 12 && Number.isInteger(value)
      ? [value - 2, value - 1, value + 1, value + 2, value + 3].filter((v) => v > 0)
      : smallDecimal
        ? [-1.5, -0.8, -0.4, 0.3, 0.7, 1.2].map((d) => round(value + d)).filter((v) => v > 0)
        : // Within a factor of two either way: "133.5 million voters" beside 44.5 is absurd (round 98).
          // (An exact figure's options are no plain halves and doubles of it, which would show it
          // as the one the others are made from.)
          (exact ? [0.55, 0.7, 1.3, 1.45, 1.8] : [0.5, 0.75, 1.25, 1.5, 2]).map((f) => round(value * f));
  if (percent) {
    // "100 % of voters" or "0 %" reads as a trick, not a figure someone could misremember.
    const plausible = (v: number) => v >= 1 && v <= 97;
    candidates = candidates.filter(plausible);
    if (value > 12) candidates.push(...[value - 20, value - 10, value + 10, value + 20].map((v) => Math.round(v * 10) / 10).filter((v) => plausible(v) && v >= value / 2 && v <= value * 2));
  }
  // (Options the sentence rules out are dropped before three are picked, so that three remain.)
  const unbounded = [...new Set(candidates)].filter((v) => v !== value && !taken.includes(v));
  const pool = shuffleBy(unbounded.filter(fits), key);
  // At least one option above and one below the answer, so that it is never simply the largest or smallest.
  const above = pool.find((v) => v > value);
  const below = pool.find((v) => v < value);
  // Where the sentence leaves room on one side only ("146 of the _____ bodies"), the answer would be
  // the smallest option: the figure is asked typed instead.
  const sides = (vs: number[]) => Number(vs.some((v) => v > value)) + Number(vs.some((v) => v < value));
  if (sides(pool) < sides(unbounded)) return [];
  const picked = [...new Set([above, below].filter((v): v is number => v !== undefined))];
  return [...picked, ...pool.filter((v) => !picked.includes(v))].slice(0, 3);
}

/** Whether a figure is someone's age: "73 years old", "aged 73", "at the age of 73", "a 73-year-old". */
export function isAge(ctx: DraftContext, n: NumberFact): boolean {
  const before = ctx.text.slice(Math.max(0, n.evidence.start - 14), n.evidence.start);
  return /^years?\s+old\b/.test(n.counted) || /\b(?:aged?|ages? of)\s*$/.test(before) || /^-year-old\b/.test(ctx.text.slice(n.evidence.end, n.evidence.end + 10));
}

export function formatNumber(n: number): string {
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}

/** A sum of money in the article's style ("$2.4 billion", "$966 million", "$46,000"). */
export function formatAmount(value: number, like: string): string {
  const worded = /\b(?:thousand|million|billion|trillion)\b/i.test(like);
  const scales: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  const scale = worded ? scales.find(([u]) => value >= u) : undefined;
  const symbol = /[£€]/.exec(like)?.[0] ?? '$';
  if (!scale) return `${symbol}${formatNumber(Math.round(value))}`;
  const x = Math.round((value / scale[0]) * 10) / 10;
  return `${symbol}${Number.isInteger(x) ? String(x) : x.toFixed(1)} ${scale[1]}`;
}

/** A figure written out ("(five miles)"): a conversion gives the blank away as well as one in digits (round 88). */
const SPELLED_NUMBER = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million))*\b/gi;

const RANGE_END_AFTER = /^\s*(?:to|–)\s*(?:[A-Z]{0,3}[$£€¥]\s*)?\d/;
const RANGE_END_BEFORE = /\d[\d,.]*(?:\s*(?:million|billion|trillion|percent|%))?\s*(?:to|–)\s*(?:[A-Z]{0,3}[$£€¥]\s*)?$/;
const FROM_BEFORE = /\bfrom\s+(?:[A-Z]{0,3}[$£€¥]\s*)?$/;
const RANGE_FROM_BEFORE = /\bfrom\s+(?:[A-Z]{0,3}[$£€¥]\s*)?\d[\d,.]*(?:\s*(?:million|billion|trillion|percent|%))?\s*(?:to|–)\s*(?:[A-Z]{0,3}[$£€¥]\s*)?$/;

/**
 * Whether a number is a story fact worth a question: not an age in passing, not one half of a unit
 * conversion ("105 miles (169 kilometers)" gives itself away), not a figure inside a quotation, and
 * not a count the article already gave (the first statement of a figure is asked, not its repeat).
 */
export function numberWorthAsking(ctx: DraftContext, n: NumberFact): boolean {
  const s = ctx.sentences[n.evidence.sentenceIndex]!;
  const before = ctx.text.slice(s.start, n.evidence.start);
  const after = ctx.text.slice(n.evidence.end, s.end);
  const age = /^years?\s+old\b/.test(n.counted) || /^\s*-?\s*years?\s+old\b/.test(after) || /^-year-old/.test(after) || (/^years?$/.test(n.counted) && /^\s*old\b/.test(after));
  if (age) return s.index < 3;
  // "up to 14 o'clock in the afternoon": an hour of the day, which "2" names as well (round 151's wrong key).
  if (/^o['’]clock$/.test(n.counted) || /^\s*o['’]clock\b/.test(after)) return false;
  // "the two countries", "the two sides": a definite "the two" points back to a pair the story
  // named, a pronoun more than a count (round 120).
  if (n.value <= 3 && /\bthe\s+$/i.test(before) && /^(?:two|three|2|3)\b/i.test(n.text.trim())) return false;
  // "240 kilometers an hour (149 miles per hour)": the unit may stand between the figure and its conversion (round 70).
  // So is money in other currencies: "€149m (US$192m, £127m)" (round 73).
  // ("(minus 13 degrees Celsius)" too, round 118.)
  if (/\(\s*(?:about|roughly|some|nearly|minus|approximately|around)?\s*(?:[A-Z]{0,3}[$£€¥]\s*)?$/.test(before) || /^\s*(?:[\p{L}/%.-]+\s+){0,3}\(\s*(?:about|roughly|some|nearly)?\s*(?:[A-Z]{0,3}[$£€¥]\s*)?(?:\d|SPELLED\s+\p{L})/u.test(after.replace(SPELLED_NUMBER, 'SPELLED'))) return false;
  // "a bulk density of 1.7±0.7 g/cm³": a measurement with its error margin is a finding's input,
  // and a blank on either half leaves the other standing (round 57).
  if (/(?:±|\+\/-|plus or minus)\s*$/.test(before) || /^\s*(?:±|\+\/-|plus or minus)/.test(after)) return false;
  // One end of a range ("US$300 to 350 million", "15 to 20 feet"): a blank on the low end reads
  // as three hundred dollars, the other end rules options out, and a swap can cross it ("US$380 to
  // 350 million", round 111). A change "from 5 to 7" is no range.
  if (RANGE_END_AFTER.test(after) && !FROM_BEFORE.test(before)) return false;
  // "their new 787 Dreamliner": a figure before a capitalised singular name is a model's
  // designation, not a count (round 115). (A whole counted word only, and no people or place:
  // "44 Russian diplomats", "a $1.5 million Toronto home" are counts.)
  if (n.value >= 10 && /^\p{Lu}\p{Ll}+(?<!s)$/u.test(n.counted) && !DEMONYM_SET.has(n.counted.toLowerCase()) && placeType(n.counted) === null) return false;
  // "six hours, 42 minutes": the minutes of a duration are no figure of their own, and a swap past
  // 59 gives itself away; nor "365 days a year", "24 hours a day", which the calendar fills (round 114).
  const unitAndRest = `${n.counted} ${after}`;
  if (/\bhours?,?\s+(?:and\s+)?$/i.test(before) && /^\s*minutes?\b/i.test(unitAndRest)) return false;
  if (/^\s*(?:days?\s+a\s+year|hours?\s+a\s+day|days?\s+a\s+week|months?\s+a\s+year)\b/i.test(unitAndRest) && [365, 366, 24, 7, 12].includes(n.value)) return false;
  if (RANGE_END_BEFORE.test(before) && !RANGE_FROM_BEFORE.test(before)) return false;
  // "3,900 metres (2,100 fathoms; 12,800 ft)": the later figures of a conversion too (round 53).
  const open = before.lastIndexOf('(');
  if (open > before.lastIndexOf(')') && /^\(\s*(?:about|roughly|some|nearly)?\s*(?:[A-Z]{0,3}[$£€¥])?\d/.test(before.slice(open))) return false;
  const opens = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length + ((before.match(/"/g) ?? []).length % 2);
  if (opens > 0) return false;
  if (partOfSum(ctx, n)) return false;
  // "So far three countries, Sierra Leone, Liberia, and Nigeria, have …": the stem counts them out (round 68).
  const list = /^(?:\s+\p{Ll}+(?:\s+\p{Ll}+)?)?,?\s+((?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,?\s+)+(?:and\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(after);
  if (list && list[1]!.split(/,\s+(?:and\s+)?|\s+and\s+/).filter(Boolean).length === n.value) return false;
  return !ctx.numbers.some((o) => o.evidence.start < n.evidence.start && o.value === n.value && o.counted === n.counted && o.currency === n.currency);
}

/**
 * "270 people died, 259 on the plane and 11 on the ground": with one of three figures blanked, the
 * other two give it away by a sum, so no figure of such a sentence is asked.
 */
export function partOfSum(ctx: DraftContext, n: NumberFact): boolean {
  return sumInSentence(ctx.sentences[n.evidence.sentenceIndex]!.text);
}

const WORD_NUMBERS: Record<string, number> = Object.fromEntries(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, i) => [w, i + 1]),
);

/** Whether a sentence states a total and its parts (a + b = c, or a + b + c = d, among its numerals), or a share with both. */
export function sumInSentence(sentence: string): boolean {
  // Numerals only, not years (a year plus a count is no sum a reader would see), nor a model's
  // number ("An-26"); a numeral before a comma is one all the same ("38,707, 52.67% of …").
  const numerals = [...sentence.matchAll(/(?<![\d.,]|[A-Za-z]-)\d{1,3}(?:,\d{3})+(?!\d|,\d)|(?<![\d.,]|[A-Za-z]-)\d+(?:\.\d+)?(?!\d|,\d)/g)].map((m) => Number(m[0].replace(/,/g, '')));
  const words = [...sentence.toLowerCase().matchAll(/\b[a-z]+\b/g)].map((m) => WORD_NUMBERS[m[0]]).filter((v): v is number => v !== undefined);
  const values = [...numerals, ...words].filter((v) => v > 0 && !(v >= 1900 && v <= 2100));
  // "52 % … and 48 % …": two shares of one whole, each given away by the other.
  const shares = [...sentence.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)/g)].map((m) => Number(m[1]));
  if (shares.some((a, i) => shares.some((b, j) => i !== j && Math.abs(a + b - 100) < 0.01))) return true;
  // "The turnout was 38,707, 52.67% of the electorate of 73,486": a share with its part and whole (round 79).
  const counts = values.filter((v) => !shares.some((p) => Math.trunc(p) === v));
  if (shares.some((p) => counts.some((a) => counts.some((b) => a < b && Math.abs((a / b) * 100 - p) <= 0.5)))) return true;
  // "fallen to 2.5 million viewers, over 60% from 1993, when … 6.5 million": a change with both ends (round 96).
  const change = /\b(?:fall(?:en|s)?|fell|drop(?:ped|s)?|declin(?:ed|e|es)|decreas(?:ed|e|es)|r[io]se(?:n|s)?|increas(?:ed|e|es)|gr[eo]w(?:n|s)?|cut)\b/i.test(sentence);
  if (change && shares.some((p) => counts.some((a) => counts.some((b) => a < b && Math.abs(((b - a) / b) * 100 - p) <= 2.5)))) return true;
  // "just under half, a total of 10" of 22 phones: a fraction in words with its part and whole (round 96).
  // (A counted fraction only: "a third", "two thirds", not "the third quarter".)
  const fractions = [...sentence.toLowerCase().matchAll(/\bhalf\b|\b(a|one|two|three)\s+(thirds?|quarters?)\b/g)].map((m) => (m[0] === 'half' ? 0.5 : (m[1] === 'two' ? 2 : m[1] === 'three' ? 3 : 1) / (m[2]!.startsWith('third') ? 3 : 4)));
  if (fractions.some((f) => counts.some((a) => counts.some((b) => a < b && Math.abs(a / b - f) <= 0.08)))) return true;
  if (values.length < 3) return false;
  // Two parts or three ("21 new seats — sixteen general ones, four for women and one for …"). Among
  // five figures or more, small ones add up by chance ("up to five test flights …, almost three
  // years …, more than two hours" is no 3 + 2 = 5, round 112): a total of ten or less is no sum there.
  const least = values.length >= 5 ? 11 : 0;
  return values.some((total, t) =>
    total >= least &&
    values.some((a, i) => i !== t && values.some((b, j) => j !== t && j !== i && (a + b === total || values.some((c, k) => k !== t && k !== i && k !== j && a + b + c === total)))),
  );
}

/**
 * A small count away from the lead ("eight siblings", "two university degrees") or the time left in
 * a game ("around 2 minutes left") is a detail, not a story fact.
 */
export function incidentalCount(ctx: DraftContext, n: NumberFact): boolean {
  const after = ctx.text.slice(n.evidence.end, ctx.sentences[n.evidence.sentenceIndex]!.end);
  if (/^\s*(?:\w+\s+)?(?:seconds?|minutes?)\s+(?:left|remaining|to\s+go)\b/i.test(after) || /^(?:seconds?|minutes?)\s+(?:left|remaining)/.test(n.counted)) return true;
  // The smaller unit of a time ("17 minutes and _____ seconds"): the minutes are the fact (round 101).
  const before = ctx.text.slice(ctx.sentences[n.evidence.sentenceIndex]!.start, n.evidence.start);
  const unit = `${n.counted} ${after}`.trim();
  if ((/^seconds?\b/.test(unit) && /\b(?:minutes?|mins?)\s+(?:and\s+)?$/.test(before)) || (/^minutes?\b/.test(unit) && /\bhours?\s+(?:and\s+)?$/.test(before))) return true;
  return n.value < 13 && Number.isInteger(n.value) && !n.currency && n.counted !== 'percent' && n.evidence.sentenceIndex >= leadSentences(ctx);
}

/** Which side a qualifier bounds a figure from: "more than 50" (lower), "up to 50" (upper). */
export function numberBound(qualifier: string | null | undefined): 'lower' | 'upper' | null {
  if (!qualifier) return null;
  if (/^(?:more than|over|at least|upwards of|in excess of|above|no fewer than|no less than)$/i.test(qualifier)) return 'lower';
  if (/^(?:less than|fewer than|under|up to|at most|below|no more than|not more than)$/i.test(qualifier)) return 'upper';
  return null;
}

const RANGE_BEFORE = /\b(?:from|between|of)\s+(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred)\s*(?:to|and|-|–)\s*$/i;

function numberDrafts(ctx: DraftContext, n: NumberFact): Draft[] {
  const i = n.evidence.sentenceIndex;
  // A count of one is given away by the singular noun after it.
  if (!standaloneSentence(ctx, i) || n.value === 1 || !numberWorthAsking(ctx, n) || incidentalCount(ctx, n)) return [];
  // "in the range of five to _____ US dollars" (six million): the far end of a range, read beside its
  // near end, asks for the near end's digit, not the figure keyed (round 93).
  if (RANGE_BEFORE.test(ctx.text.slice(ctx.sentences[i]!.start, n.evidence.start))) return [];
  if (n.currency) return amountDrafts(ctx, n);
  const sentence = ctx.sentences[i]!.text;
  // A figure in words is blanked whole ("_____ people" for "ten thousand people", keyed 10,000); one
  // in digits keeps its scale word in the stem ("nearly _____ million jobs", keyed 15).
  // (A hyphenated figure whole: "thirty-five million", never "_____-five million", rounds 106 and 107.)
  const numberText = /\d[\d,.]*|[a-z]+(?:-[a-z]+)?(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?/i.exec(n.text.replace(new RegExp(`^${n.qualifier ?? '\\b'}\\s*`, 'i'), ''))?.[0];
  if (!numberText || occurrences(sentence, numberText) !== 1) return [];
  const start = ctx.text.indexOf(numberText, n.evidence.start);
  const prompt = blanked(ctx, i, start, start + numberText.length);
  if (!prompt) return [];
  const ev = [evidenceSpan(ctx, i)];
  // What the student writes in the blank: "15" in "nearly _____ million jobs", not 15,000,000.
  const written = Number(numberText.replace(/,/g, ''));
  const value = /^\d/.test(numberText) && Number.isFinite(written) ? written : n.value;
  const drafts: Draft[] = [
    {
      id: `numeric:${n.id}`,
      type: 'numeric',
      prompt: `What number goes in the blank? ${prompt}`,
      answer: { value, tolerance: 0, unit: n.counted },
      explanation: `The article gives the figure as ${n.text}.`,
      evidence: [sentence],
      meta: { angle: 'number-typed', factIds: [n.id], evidenceSpans: ev, difficulty: 0.65, quality: 0, answerText: numberText },
    },
  ];
  const taken = ctx.numbers.map((x) => x.value);
  // An age is never offered beyond a human lifetime ("170 years old").
  const age = isAge(ctx, n);
  // What the sentence itself caps: "276 passes out of 380" (no option above 380), "17 years and 285
  // days" (fewer than 365 days).
  const cap = numberCap(ctx.text.slice(ctx.sentences[i]!.start, start), ctx.text.slice(start + numberText.length, ctx.sentences[i]!.end));
  const shares = n.counted === 'percent' ? shareCap(ctx.text.slice(ctx.sentences[i]!.start, start), ctx.text.slice(start + numberText.length, ctx.sentences[i]!.end)) : null;
  const floor = changeBounds(ctx.text.slice(start + numberText.length, ctx.sentences[i]!.end), ctx.text.slice(ctx.sentences[i]!.start, start)).above;
  const stated = statedBounds(ctx.text.slice(ctx.sentences[i]!.start, start), ctx.text.slice(start + numberText.length, ctx.sentences[i]!.end));
  const fits = (v: number) => (cap === null || v < cap) && (shares === null || v < shares) && (floor === null || v > floor) && (stated.below === null || v < stated.below) && (stated.above === null || v > stated.above);
  const wrong = numberDistractors(value, taken, n.id, n.counted === 'percent', numberBound(n.qualifier), age, fits);
  if (wrong.length === 3 && /^\d/.test(numberText)) {
    const { options, correct } = letteredOptions(formatNumber(value), wrong.map(formatNumber), `how-many:${n.id}`);
    options.sort((a, b) => Number(a.text.replace(/,/g, '')) - Number(b.text.replace(/,/g, '')));
    drafts.push({
      id: `how-many:${n.id}`,
      type: 'multiple_choice',
      prompt: `How many? Choose the number that completes the sentence: ${prompt}`,
      options: options.map((o, k) => ({ ...o, id: ['a', 'b', 'c', 'd'][k]! })),
      answer: { correct: ['a', 'b', 'c', 'd'][options.findIndex((o) => o.id === correct)]! },
      explanation: `The article gives the figure as ${n.text}.`,
      evidence: [sentence],
      meta: { angle: 'number-choice', factIds: [n.id], evidenceSpans: ev, difficulty: 0.4, quality: 0, optionKinds: ['number', 'number', 'number', 'number'], answerText: numberText },
    });
  }
  return drafts;
}


/** "How much?": a sum of money blanked whole, with wrong sums of the same scale and form. */
function amountDrafts(ctx: DraftContext, n: NumberFact): Draft[] {
  const i = n.evidence.sentenceIndex;
  const sentence = ctx.sentences[i]!.text;
  const stated = /[$£€]\s?[\d,.]+(?:\s*(?:thousand|million|billion|trillion))?/i.exec(n.text)?.[0];
  if (!stated || occurrences(sentence, stated) !== 1) return [];
  const at = ctx.text.indexOf(stated, n.evidence.start);
  // "US$1.1 billion": the blank takes the country prefix too, so the stem does not read "US_____".
  const prefix = /(?:US|U\.S\.|A|C|NZ|HK)$/.exec(ctx.text.slice(Math.max(0, at - 4), at))?.[0] ?? '';
  const start = at - prefix.length;
  const prompt = blanked(ctx, i, start, at + stated.length);
  if (!prompt) return [];
  const taken = ctx.numbers.filter((x) => x.currency === n.currency).map((x) => x.value);
  const answer = formatAmount(n.value, stated);
  if (answer !== stated.replace(/\s+/g, ' ')) return [];
  const wrong = numberDistractors(n.value, taken, n.id, false, numberBound(n.qualifier)).map((v) => formatAmount(v, stated)).filter((w) => w !== answer);
  if (new Set(wrong).size < 3) return [];
  const { options, correct } = letteredOptions(answer, [...new Set(wrong)].slice(0, 3), `how-much:${n.id}`);
  const order = [...options].sort((a, b) => Number(a.text.replace(/[^\d.]/g, '')) * (/(billion)/.test(a.text) ? 1e3 : 1) - Number(b.text.replace(/[^\d.]/g, '')) * (/(billion)/.test(b.text) ? 1e3 : 1));
  const ids = ['a', 'b', 'c', 'd'];
  return [
    {
      id: `how-much:${n.id}`,
      type: 'multiple_choice',
      prompt: `How much? Choose the amount that completes the sentence: ${prompt}`,
      options: order.map((o, k) => ({ id: ids[k]!, text: o.text })),
      answer: { correct: ids[order.findIndex((o) => o.id === correct)]! },
      explanation: `The article gives the amount as ${stated}.`,
      evidence: [sentence],
      meta: { angle: 'number-choice', factIds: [n.id], evidenceSpans: [evidenceSpan(ctx, i)], difficulty: 0.4, quality: 0, optionKinds: ['number', 'number', 'number', 'number'], answerText: stated },
    },
  ];
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Wrong dates of the same granularity and form as the stated one. With the publication date known,
 * a past date gets no wrong option after it (joining a team in 2017, in a story from 2015).
 */
export function dateDistractors(stated: string, allStated: string[], key: string, publishedOn: string | null = null, fits: (date: string) => boolean = () => true): string[] {
  const latest = publishedOn ? Number(publishedOn.slice(0, 4)) : null;
  const statedYear = Number(/\b(?:19|20)\d{2}\b/.exec(stated)?.[0] ?? NaN);
  // "claimed in _____" (June 2003), in a story of April 2006: no "June 2006", a month still to come.
  // (A day of the month is kept to the date line's side by `sameSideOfDateLine`.)
  const byMonth = /^\p{L}+ (?:19|20)\d{2}$/u.test(stated);
  const monthOf = (c: string) => MONTH_NAMES.findIndex((m) => c.includes(m));
  const lineMonth = publishedOn ? Number(publishedOn.slice(5, 7)) - 1 : 11;
  const upToDateLine = (c: string) => !byMonth || monthOf(c) <= lineMonth;
  // (The date line's own month may still be to come.)
  const past = latest !== null && (statedYear < latest || (statedYear === latest && (!byMonth || monthOf(stated) < lineMonth)));
  const notAfter = (c: string) => {
    const year = Number(/\b(?:19|20)\d{2}\b/.exec(c)?.[0] ?? 0);
    return !past || year < latest! || (year === latest && upToDateLine(c));
  };
  // "made in June", in a story of July: no month after the story's own for what has happened.
  if (publishedOn && MONTH_NAMES.includes(stated)) {
    const now = Number(publishedOn.slice(5, 7)) - 1;
    const before = MONTH_NAMES.indexOf(stated) <= now;
    return sameFormDates(stated, allStated, key).filter((c) => !before || MONTH_NAMES.indexOf(c) <= now).filter(fits).slice(0, 3);
  }
  return sameFormDates(stated, allStated, key).filter((c) => notAfter(c) && fits(c)).slice(0, 3);
}

/** The most days each month has (February in a leap year). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function sameFormDates(stated: string, allStated: string[], key: string): string[] {
  const unstated = (c: string) => !allStated.some((s) => s.includes(c));
  const day = /^(\p{L}+) (\d{1,2})(, (?:19|20)\d{2})?$/u.exec(stated);
  if (day && MONTH_NAMES.includes(day[1]!)) {
    // "March 12" → other days of the month and the same day of a neighbouring month.
    const [, m, d, y = ''] = day;
    const n = Number(d);
    const k = MONTH_NAMES.indexOf(m!);
    // Up to the 28th, as before; for a day after it, up to the month's own end.
    const last = n > 28 ? DAYS_IN_MONTH[k]! : 28;
    const fitting = [n - 5, n - 2, n + 3, n + 7].filter((x) => x >= 1 && x <= last);
    // A day late in the month has few neighbours inside it: an earlier one too ("October 31": 26, 29, 22).
    const days = [...fitting, ...(fitting.length < 3 ? [n - 9] : [])].filter((x) => x >= 1).map((x) => `${m} ${x}${y}`);
    // The same day of a neighbouring month only where it exists: no "September 31".
    const months = [MONTH_NAMES[(k + 11) % 12]!, MONTH_NAMES[(k + 1) % 12]!].filter((o) => n <= DAYS_IN_MONTH[MONTH_NAMES.indexOf(o)]!).map((o) => `${o} ${n}${y}`);
    return shuffleBy([...days, ...months].filter((c) => unstated(c.replace(/, \d{4}$/, ''))), key);
  }
  const year = /\b(19|20)\d{2}\b/.exec(stated)?.[0];
  const month = MONTH_NAMES.find((m) => stated.includes(m));
  const weekday = WEEKDAY_NAMES.find((d) => stated === d);
  // Spares (earlier dates) follow the usual options, for a date too recent to have later wrong ones.
  let candidates: string[] = [];
  let spares: string[] = [];
  if (weekday) candidates = WEEKDAY_NAMES.filter((d) => d !== weekday);
  else if (month && stated === month) {
    // A month alone: its neighbours, earlier ones first kept as spares.
    const k = MONTH_NAMES.indexOf(month);
    candidates = [k - 2, k - 1, k + 1, k + 2].map((x) => MONTH_NAMES[(x + 12) % 12]!);
    spares = [k - 3, k - 4, k - 5].map((x) => MONTH_NAMES[(x + 12) % 12]!);
  }
  else if (month && year && /^\p{L}+ \d{4}$/u.test(stated)) {
    const y = Number(year);
    const k = MONTH_NAMES.indexOf(month);
    candidates = [`${month} ${y - 2}`, `${month} ${y + 3}`, `${MONTH_NAMES[(k + 4) % 12]} ${y}`, `${MONTH_NAMES[(k + 8) % 12]} ${y - 1}`];
    spares = [`${month} ${y - 1}`, `${MONTH_NAMES[(k + 6) % 12]} ${y - 3}`];
  } else if (year && stated === year) {
    const y = Number(year);
    candidates = [y - 4, y - 2, y + 2, y + 5].map(String);
    // Later spares last: for what "will" happen, earlier years may not fit (see `yearFits`).
    spares = [y - 1, y - 3, y - 6, y + 1, y + 3, y - 8, y + 4, y + 8].map(String);
  }
  return [...shuffleBy(candidates.filter(unstated), key), ...spares.filter(unstated)];
}

const RELATIVE_YEAR = /\b(?:the\s+(?:following|next|previous|preceding)\s+year|a\s+year\s+(?:later|earlier|before|after)|the\s+year\s+(?:before|after))\b/i;

/**
 * Whether the rest of the sentence gives a year away: "In 2013, he joined …; the following year,
 * at the 2014 Grand Prix …" leaves 2013 to arithmetic.
 */
export function yearFromRest(sentence: string, stated: string): boolean {
  const year = /\b(?:19|20)\d{2}\b/.exec(stated)?.[0];
  if (!year) return false;
  // "… the World Cup 28 years ago in _____": counted back from the story's own year (round 125).
  if (new RegExp(String.raw`\byears?\s+ago,?\s+(?:in\s+)?${year}\b|\b${year},?\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?[\p{L}\d-]+\s+years?\s+ago\b`, 'u').test(sentence)) return true;
  if (!RELATIVE_YEAR.test(sentence)) return false;
  return [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => m[0] !== year);
}

/** Events held every four years. */
const QUADRENNIAL = /\b(?:World\s+Cup|Olympics?|Olympic\s+Games|Paralympics?|Paralympic\s+Games|Euro\s+(?:19|20)\d{2}|European\s+Championships?|Commonwealth\s+Games|Asian\s+Games)\b/;

/** Event words a year can name ("the Iranian Revolution of 1979", "the 2014 Japanese Grand Prix"). */
const EVENT_OF_YEAR = /\b\p{Lu}[\p{L}-]*\s+(?:Revolution|War|Games|Olympics|Cup|Crisis|Uprising|Massacre|Treaty|Accords?|Act|Ordinance|Law|Decree|Statute|Convention|Revolt|Rebellion|Election|Referendum|Summit|Agreement|Constitution|Earthquake|Tsunami|Riots?|Championships?|Prix)\s+of\s+$/u;

/**
 * Whether a year is part of the name of an event the reader knows from elsewhere, not a date of
 * the story: asking it asks general knowledge ("since the Iranian Revolution of _____").
 */
export function labelsAnEvent(ctx: DraftContext, d: DateFact): boolean {
  // "November 11 is the anniversary of the end of World War I, after which Poland regained its
  // status … in 1918": the dates of a world war's start or end are history lessons, not the story.
  const sentence = ctx.sentences[d.evidence.sentenceIndex]?.text ?? '';
  if (WAR_MILESTONE.test(sentence)) return true;
  if (!/^(?:19|20|1[5-8])\d{2}$/.test(d.text)) return false;
  const before = ctx.text.slice(Math.max(0, d.evidence.start - 60), d.evidence.start);
  const after = ctx.text.slice(d.evidence.end, d.evidence.end + 40);
  // "since their independence in 1947": the year of a country's birth is general knowledge.
  const nationhood = /\b(?:independence|partition|unification|reunification|liberation)\b(?:\s+(?:from|of)\s+[^.,;]{1,30}?)?\s+(?:in|of)\s+$/i.test(before);
  // "the 2012 report", "the 2012 impact and likelihood charts": a year that only labels which one is
  // meant, not when something happened (round 96).
  const labelled = /^\s+(?:\p{Lu}|(?:\p{Ll}+\s+(?:and\s+\p{Ll}+\s+)?)?(?:report|survey|study|index|list|ranking|charts?|edition|census|review|assessment|figures|data)\b)/u.test(after);
  // "2008's Operation Centurion": the year names which operation, asked as a date it tests nothing (round 121).
  const possessed = /^[’']s\s+\p{Lu}/u.test(after);
  return nationhood || possessed || EVENT_OF_YEAR.test(before) || (/\bthe\s+$/i.test(before) && labelled);
}

const WAR_MILESTONE = /\b(?:end|start|beginning|outbreak|close)\s+of\s+(?:the\s+)?(?:World\s+War\s+(?:I|II|One|Two|1|2)|(?:First|Second)\s+World\s+War|Great\s+War)\b|\bArmistice\b/;

/** Whether a year fits the war a sentence names ("during World War II": 1939–1945); true when it names none. */
export function withinNamedEra(sentence: string, year: string): boolean {
  const era = /\b(?:World War II|Second World War)\b/.test(sentence) ? [1939, 1945] : /\b(?:World War I|First World War)\b/.test(sentence) ? [1914, 1918] : null;
  return !era || !/^\d{4}$/.test(year) || (Number(year) >= era[0]! && Number(year) <= era[1]!);
}

/**
 * Whether a year is a fair option in a sentence: inside the war it names, and for what "will" happen
 * not before the story's own year ("NASA will be retiring its Shuttles in 2006", in a 2008 story).
 */
export function yearFits(sentence: string, date: string, publishedOn: string | null, asked: string = date): boolean {
  if (!withinNamedEra(sentence, date)) return false;
  // "made in June, following a statement in May": beside another month, a month alone is ordered
  // by the sentence itself, so no other month is a fair option.
  if (MONTH_NAMES.includes(date) && MONTH_NAMES.filter((m) => new RegExp(`\\b${m}\\b`).test(sentence)).length > 1) return false;
  const year = /\b(?:19|20)\d{2}\b/.exec(date)?.[0];
  // "in _____, a $40 million increase from 2006": the year of a change comes after the one it is from.
  const from = CHANGE_FROM_YEAR.exec(sentence)?.[1];
  // (Unless the year asked is the one it is from: "an increase from _____".)
  if (year && from && !asked.includes(from) && Number(year) <= Number(from)) return false;
  // "Voters would then choose … early in _____" (2016, in a 2015 article): the event lies after the
  // date line, so no option before the date line's year (round 81).
  const askedYear = /\b(?:19|20)\d{2}\b/.exec(asked)?.[0];
  // "became Speaker in _____ and held the post until 2011": an option on the other side of another
  // year of the sentence than the year asked is ruled out by the sentence itself (round 89).
  if (year && askedYear) {
    const others = (sentence.match(/\b(?:19|20)\d{2}\b/g) ?? []).filter((y) => y !== askedYear);
    if (others.some((y) => Math.sign(Number(askedYear) - Number(y)) !== Math.sign(Number(year) - Number(y)))) return false;
  }
  if (year && askedYear && publishedOn && Number(askedYear) > Number(publishedOn.slice(0, 4)) && Number(year) < Number(publishedOn.slice(0, 4))) return false;
  // "the World Cup tournaments of _____, 2010 and 2014": a World Cup, Olympics or European
  // championship comes every four years, and an option off the cycle is ruled out (round 125).
  if (year && askedYear && QUADRENNIAL.test(sentence) && (Number(year) - Number(askedYear)) % 4 !== 0) return false;
  return !year || !publishedOn || !FUTURE.test(sentence) || Number(year) >= Number(publishedOn.slice(0, 4));
}

/**
 * A day of the month offered for one that has passed lies on or before the date line too ("the
 * court ruled on _____", dated August 2: no August 8, round 87); one for a day to come, after it.
 */
export function sameSideOfDateLine(ctx: DraftContext, d: DateFact, sentence: string, option: string): boolean {
  const day = /^(\p{L}+) (\d{1,2})$/u.exec(option);
  if (!day || !ctx.publishedOn || !d.resolved || d.resolved.length !== 10 || !MONTH_NAMES.includes(day[1]!)) return true;
  // The option's year is the one that puts it nearest the date asked: "January 27" beside
  // "December 28, 2018" is January 2019 (round 90).
  const year = Number(d.resolved.slice(0, 4));
  const monthDay = `${String(MONTH_NAMES.indexOf(day[1]!) + 1).padStart(2, '0')}-${day[2]!.padStart(2, '0')}`;
  const gap = (y: number) => Math.abs(Date.parse(`${y}-${monthDay}`) - Date.parse(d.resolved!));
  const iso = `${[year - 1, year, year + 1].reduce((best, y) => (gap(y) < gap(best) ? y : best), year)}-${monthDay}`;
  const past = d.resolved <= ctx.publishedOn && !FUTURE.test(sentence);
  return past ? iso <= ctx.publishedOn : d.resolved <= ctx.publishedOn || iso > ctx.publishedOn;
}

const ELECTION_AFTER = /^\s+(?:U\.?S\.?\s+)?presidential\s+(?:election|race|campaign|primar)/i;
const ELECTION_BEFORE = /\b(?:ran|run|running|runs|bid|campaign(?:ed)?)\s+for\s+(?:the\s+)?(?:president|presidency|White House)\b[^.;]{0,30}\bin\s+$|\bpresidential\s+(?:nomination|election|bid|race|campaign|primary)\s+in\s+$/i;

function dateDrafts(ctx: DraftContext, d: DateFact): Draft[] {
  const i = d.evidence.sentenceIndex;
  // A bare weekday is rarely worth asking about, and easily guessed beside another ("Tuesday and …").
  if (!standaloneSentence(ctx, i) || WEEKDAY_NAMES.includes(d.text)) return [];
  const sentence = ctx.sentences[i]!.text;
  if (occurrences(sentence, d.text) !== 1 || yearFromRest(sentence, d.text) || labelsAnEvent(ctx, d)) return [];
  // "July 7, 2007 (or 07.07.07)": the bracket gives the date again in figures (round 75).
  if (/^\s*\((?:or\s+)?[\d./-]{4,}\)/.test(ctx.text.slice(d.evidence.end, d.evidence.end + 20))) return [];
  // "prior to _____", "since _____": a later (or earlier) wrong date would make the sentence true too.
  if (/\b(?:prior to|before|after|since|until|till|by|no later than|as early as|as late as)\s+$/i.test(ctx.text.slice(ctx.sentences[i]!.start, d.evidence.start))) return [];
  // "in _____ and 2016": a date the sentence itself names beside the blank is no wrong option (round 70).
  const named = (w: string) => w !== d.text && new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(w)}(?![\\p{L}\\d])`, 'u').test(sentence);
  // "the 2016 presidential election", "ran for president in _____": another year is one four apart
  // (2017 is no election year, round 106).
  const election = /^\d{4}$/.test(d.text) && (ELECTION_AFTER.test(ctx.text.slice(d.evidence.end, d.evidence.end + 40)) || ELECTION_BEFORE.test(ctx.text.slice(ctx.sentences[i]!.start, d.evidence.start)));
  const fits = (w: string) => yearFits(sentence, w, ctx.publishedOn, d.text) && !named(w) && sameSideOfDateLine(ctx, d, sentence, w) && (!election || (Number(w) - Number(d.text)) % 4 === 0);
  const wrong = dateDistractors(d.text, ctx.dates.map((x) => x.text), d.id, ctx.publishedOn, fits);
  if (wrong.length < 3 || !fits(d.text)) return [];
  const prompt = blanked(ctx, i, d.evidence.start, d.evidence.end);
  if (!prompt) return [];
  const { options, correct } = letteredOptions(d.text, wrong, `when:${d.id}`);
  return [
    {
      id: `when:${d.id}`,
      type: 'multiple_choice',
      prompt: `When? Choose the date that completes the sentence: ${prompt}`,
      options,
      answer: { correct },
      explanation: `The article says: “${sentence}”`,
      evidence: [sentence],
      meta: { angle: 'date-choice', factIds: [d.id], evidenceSpans: [evidenceSpan(ctx, i)], difficulty: 0.45, quality: 0, optionKinds: ['date', 'date', 'date', 'date'], answerText: d.text },
    },
  ];
}

