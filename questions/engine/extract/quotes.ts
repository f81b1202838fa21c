// Quotations and who said them. A quotation may run over several sentences and, by the newspaper
// convention, over paragraphs (a paragraph that ends inside a quote and a next one that opens
// again). The speaker comes from the attribution around it ("…,” said NASA Administrator Bill
// Nelson", "Campbell said", "Easley … stating, “…”"), from a pronoun resolved to the last person
// named as a subject whom it fits (else the previous quotation's speaker), or, for an unattributed
// quote that continues the previous one, from that quote.
import { MONTHS, WEEKDAYS } from '../lexicon/gazetteer';
import type { Gender } from '../lexicon/gender';
import { ROLE_HEAD_WORDS, TITLE_WORDS } from '../lexicon/titles';
import { SPEECH_PATTERN } from '../lexicon/verbs';
import { genderInArticle, namedAsObject } from './gender';
import type { Evidence, PersonFact, QuoteFact } from '../types';
import type { Sentence } from '../../sentences';

type Span = { open: number; close: number; start: number; end: number };

/** A day, a month or a season, which no speaking body is named by. */
const TIME_NAME = new RegExp(String.raw`\b(?:${[...WEEKDAYS, ...MONTHS].join('|')}|spring|summer|autumn|winter)\b`, 'i');

/** Quote spans: [open mark, close mark] and the quoted text's [start, end). */
function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let straight = false;
  // "“Government is not run … in a formal manner," Charamba said.": a curly quotation the article
  // closes with a straight mark, when no curly one closes it in the paragraph (round 129's wrong key).
  let straightClose = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' && open < 0) {
      open = i;
      straight = false;
      straightClose = -1;
    } else if (c === '"' && open < 0) {
      open = i;
      straight = true;
    } else if (open >= 0 && ((c === '”' && !straight) || (c === '"' && straight))) {
      spans.push({ open, close: i, start: open + 1, end: i });
      open = -1;
    } else if (open >= 0 && !straight && c === '"' && straightClose < 0) {
      straightClose = i;
    } else if (c === '\n' && open >= 0 && straightClose >= 0) {
      spans.push({ open, close: straightClose, start: open + 1, end: straightClose });
      open = -1;
    } else if (c === '\n' && open >= 0) {
      // Unclosed at the end of a paragraph: by the newspaper convention the quote continues when the
      // next paragraph opens with a quote mark. Otherwise the mark was never closed (an ad's title
      // "Juan Valdez drinks … running into the narrative), and where the quote ends is unknown.
      if (/^\s*[“"]/.test(text.slice(i))) spans.push({ open, close: i, start: open + 1, end: i });
      open = -1;
    }
  }
  if (open >= 0) {
    const close = !straight && straightClose >= 0 ? straightClose : text.length;
    spans.push({ open, close, start: open + 1, end: close });
  }
  return spans;
}

type PersonMention = { start: number; end: number; person: PersonFact };

const PRONOUNS = /^(?:he|she|they)$/i;
/** "the president said": a speaker named by a role (see `byRole`). */
const ROLE_SAID = new RegExp(`\\b(the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?\\p{Ll}[\\p{L}-]*)\\s+(?:${SPEECH_PATTERN})\\b`, 'u');
// Words attributed to their source ("…,” Hawaiian media Aloha Update reported") are not carried
// on to the speaker before (round 59); "reported" names no person in people extraction, though.
const SPEECH = `${SPEECH_PATTERN}|reported`;
/** "they claim …", "they said …": a plural pronoun speaking (its present "claim" and "report" too). */
const THEY_SPEAK = new RegExp(`\\b(they)\\s+(?:${SPEECH}|claim|report)\\b`, 'i');
/** "he said …", "she told …" anywhere before the words: a pronoun speaking. */
const PRONOUN_SPEAKS = new RegExp(`\\b(?:he|she|they)\\s+(?:${SPEECH})\\b`, 'i');
/** After a name: its appositive, then a speech verb, in words of the article's own (no quotation follows). */
const REPORTS_SPEECH = new RegExp(`^(?:,\\s+[^,“”"]{2,100}){0,2},?\\s+(?:(?:had|has|have|later|also)\\s+)?(?:${SPEECH})\\b(?![^“”"]*[“"])`, 'iu');

/**
 * Words on a sign, or examples given "as in" / "such as", are nobody's speech ("signs … referenced
 * things that Trump had said, as in “Hands too small can't build a wall”").
 */
// A title in quotation marks is nobody's words: "his event, “Storm Area 51, They Can't Stop All of
// Us”" (round 93), "a book entitled “…”", "the opening debate, “Is 20th-century capitalism failing …?”" (round 96).
// "Black says of “those hurtful comments”, the worst was “I hope you …”": words someone quotes
// from an unnamed other, a comment or a message (round 107's two wrong keys gave them to her).
const QUOTED_FROM_OTHERS = /\b(?:worst|best|first|last|latest|cruellest|cruelest|nastiest)\s+(?:one\s+)?(?:was|were)\s*[:,]?\s*$|\b(?:comments?|messages?|posts?|tweets?|repl(?:y|ies)|notes?|e-?mails?|letters?|texts?)\s+(?:was|were|read|reads|said)\s*[:,]?\s*$/i;
const NOBODYS_WORDS = /\b(?:signs?|banners?|placards?|posters?|t-shirts?|slogans?|chants?|hashtags?|headlines?)\b[^.“”"]*$|\b(?:as in|such as|like)\s*[“"]?$|\bas in\b[^.]*$|\b(?:titled|entitled|dubbed)\s*$|\b(?:event|book|film|movie|song|album|campaign|petition|exhibition|motto|poem|play|episode|debate|session|panel|lecture|seminar|documentary|series|show|theme)\s*[,:]?\s*$/i;

/**
 * Speakers the story leaves unnamed, after a quotation: a body's voice ("said the prime minister's
 * office", "a relative said") or a group ("city hall representatives said", "local officials").
 */
const UNNAMED_WORDS = String.raw`office|ministry|department|spokes\w+|officials?|relatives?|sources?|statement|police|government|agency|committee|council|company|family|friends?|neighbou?rs?|witness(?:es)?|residents?|lawyers?|aides?|staff|media|press|\p{Ll}[\p{L}-]*(?:ers|ives|ials|ists|ants|ents|ors|ies|ees|ians)`;
const UNNAMED_SPEAKER = String.raw`(?:${UNNAMED_WORDS})\b`;
/**
 * Someone unnamed as the subject before the words, ahead of anyone named ("a staff member at the
 * resort, who witnessed Chan being taken away, stated, “…”"): the words are theirs, not the named
 * person's (round 67's wrong key).
 */
const UNNAMED_SUBJECT = new RegExp(String.raw`(?:^|[,;]\s+|\bwhile\s+|\bwhen\s+)(?:a|an|one|another)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:staff\s+member|member|worker|employee|${UNNAMED_WORDS}|witness|resident|man|woman|person)\b`, 'iu');
/**
 * "… quoting them as saying “…”", "… confirmed that he died, with a spokesperson for them saying:
 * “…”": after the person named, the words are given to someone else (round 133's wrong keys).
 */
const OTHERS_SPEAK = new RegExp(String.raw`\bquoting\s+[^“”"]{0,30}?\bas\s+saying\b|(?:\b(?:with|by|from)\s+|^\s*|[.;]\s+)(?:a|an)\s+(?:\p{Ll}[\p{L}-]*\s+)?(?:spokes(?:person|man|woman)|official|source|representative|aide)\b[^“”"]{0,40}?\b(?:said|saying|says|stated|stating|told)\b[^“”"]*$`, 'u');
/** "I said, “…”", "I said to Bob Yang one day, “…”": the article's narrator speaks. */
const FIRST_PERSON_SAID = /(?:^|[\s,;.!?])(?:I|we|We)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:said|say|says|asked|ask|told|tell|replied|responded|added|thought|wrote|shouted|yelled)\b[^“”"]*$/u;
/**
 * "…,” city hall representatives said", "…,” a spokesperson for the New York Police Department said":
 * the words before the speech verb name no one (round 148's wrong key gave the police's words to the
 * man they arrested).
 */
const UNNAMED_SOURCES = new RegExp(String.raw`^\s*,?\s*(?!(?:and|but|then|also|which|who|while|as|he|she|they|it|later|again)\b)(?:(?:the|some|several|many|local|a|an)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}${UNNAMED_SPEAKER}(?:\s+(?:for|of|from|at|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s*)+)?$`, 'u');

/** Words a full stop ends without ending the sentence: titles and initials. */
// ("U.N. Secretary-General Kofi Annan said": a dotted initialism too, round 151's wrong key.)
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|Rev|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Jr|Sr|Mt|(?:[A-Z]\.)*[A-Z])$/;

/** A speaker's label before their words: a full name, a three-letter team code and a role ("Heiko Herrlich (GER), Germany coach"). */
export const SPEAKER_LABEL = /^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})\s+\([A-Z]{3}\),\s+[^.“”"]{2,60}?\s*$/u;

export function extractQuotes(text: string, sentences: Sentence[], people: PersonFact[]): QuoteFact[] {
  const spans = findQuoteSpans(text);
  const inQuote = (pos: number) => spans.some((s) => pos > s.open && pos < s.close);
  const mentions: PersonMention[] = people
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .sort((a, b) => a.start - b.start);
  // "Bianchi's father, Philippe, described …", "and said al-Megrahi's “…”": a possessive names whose
  // father or words they are, never the speaker.
  const possessive = (m: PersonMention) => /^['’]s\b/.test(text.slice(m.end, m.end + 3));
  // Named just before the words yet not their speaker: whom they were told ("She told a biographer,
  // Murat Bardakçı, “…”"), or whose friend or lawyer speaks ("A friend of Diveroli said to WFOR,
  // “…”", round 56's wrong key).
  const NOT_THE_SPEAKER = /\b(?:to|at|against|with|for)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$|\b(?:friend|relative|colleague|neighbou?r|cousin|associate|classmate|lawyer|attorney|aide)s?\s+of\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$|\btold\s+(?:(?:a|an|the|his|her|their)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:\p{Ll}[\p{L}-]*,\s+)?$/u;
  const mentionIn = (from: number, to: number) => mentions.filter((m) => m.start >= from && m.end <= to && !inQuote(m.start) && !possessive(m));
  const sentenceAt = (pos: number) => sentences.find((s) => s.start <= pos && pos < s.end) ?? sentences.find((s) => s.start >= pos) ?? null;
  // A sentence opening with "He"/"She" continues the one before: its first person named is, by
  // the usual order of English sentences, its subject ("Jim Swire … believes al-Megrahi …. He …").
  // A sentence before that opens with "He"/"She" itself has the pronoun for its subject, so the
  // chain goes back to the sentence that names them ("Judge Darroch told Marsh …. He sentenced
  // Marsh …. He was more critical of Hood: “…”" is the judge's). Nobody the pronoun's own sentence
  // names is its antecedent: "He was more critical of Hood" is not Hood (round 120's wrong key).
  const subjectOfSentenceBefore = (pos: number): PersonFact | null => {
    let here = sentenceAt(pos);
    const own = here ? new Set(mentionIn(here.start, here.end).map((m) => m.person)) : new Set<PersonFact>();
    for (let k = 0; here && k < 3; k++) {
      const prev = sentences[here.index - 1];
      if (!prev || text.slice(prev.end, here.start).includes('\n\n')) return null;
      if (/^(?:He|She)\s/.test(prev.text)) {
        here = prev;
        continue;
      }
      const named = mentionIn(prev.start, prev.end);
      const first = named[0]?.person ?? null;
      // "Republican Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe … each
      // asked Brown to run": a list of people carries no one subject on (round 133's wrong key).
      // (Three or more: "Miller and Smith both acknowledged …, with Miller describing …" goes on with Miller.)
      const listed = [...new Set(named.map((m) => m.person))];
      const joined = (a: PersonMention, b: PersonMention) => /^(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u.test(text.slice(a.end, b.start));
      const firstOf = listed.map((p) => named.find((m) => m.person === p)!);
      const third = (m: PersonMention) => /^(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?\s*,?\s+and\s+\p{Lu}/u.test(text.slice(m.end, prev.end));
      if (listed.length >= 2 && joined(firstOf[0]!, firstOf[1]!) && (third(firstOf[1]!) || (firstOf[2] !== undefined && joined(firstOf[1]!, firstOf[2])))) return null;
      return first && !own.has(first) ? first : null;
    }
    return null;
  };

  // "the president said": the one person whose role has that head word.
  const byRole = (phrase: string): PersonFact | null => {
    const noun = /^the\s+((?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*)$/u.exec(phrase.trim())?.[1]?.toLowerCase();
    if (!noun) return null;
    const head = noun.split(/\s+/).at(-1)!;
    const holders = people.filter((p) => p.roles.some((r) => r.toLowerCase().split(/[\s;,]+/).at(-1) === head && (noun === head || r.toLowerCase().includes(noun))));
    if (holders.length === 1) return holders[0]!;
    // The office itself before one under it: "the Governor" is not the lieutenant governor (round 127).
    const exact = holders.filter((p) => p.roles.some((r) => r.toLowerCase() === noun));
    return exact.length === 1 ? exact[0]! : null;
  };

  const roleSpeaker = (before: string) => byRole(ROLE_SAID.exec(before)?.[1] ?? '');

  const quotes: QuoteFact[] = [];
  // Whether the speaker of the quotation being read was only guessed (see `QuoteFact.guessed`).
  let guessed = false;
  let previous: { speaker: PersonFact | null; name: string | null; close: number; guessed: boolean } | null = null;

  const genders = new Map<PersonFact, Gender | null>();
  const fits = (p: PersonFact, pronoun: string) => {
    if (!genders.has(p)) genders.set(p, genderInArticle({ text, sentences, people }, p));
    const want = /^she$/i.test(pronoun) ? 'female' : /^he$/i.test(pronoun) ? 'male' : null;
    const g = genders.get(p)!;
    return !want || !g || g === want;
  };
  const asSubject = (m: PersonMention) => {
    const s = sentenceAt(m.start);
    return !s || !namedAsObject(text.slice(s.start, m.start));
  };
  /**
   * Whether a pronoun's person is surely its antecedent: named earlier in its own sentence, or the
   * first named, as subject, of one of the sentences just before (a chain of "He …" sentences
   * leads back to them).
   * Otherwise the pronoun's speaker is a guess: on the fixture articles' gold files about a third
   * of such guesses were wrong, against one in sixteen of the other speakers.
   */
  const namedJustBefore = (p: PersonFact, pos: number): boolean => {
    const here = sentenceAt(pos);
    if (!here) return false;
    if (mentions.some((m) => m.person === p && m.start >= here.start && m.end <= pos && !inQuote(m.start) && !possessive(m))) return true;
    let looked = 0;
    for (let k = here.index - 1; k >= 0 && looked < 3; k--) {
      const s = sentences[k]!;
      // A sentence inside a quotation is the speaker's, not the story's: look past it.
      const lead = s.text.search(/\S/);
      if (inQuote(s.start + Math.max(0, lead))) continue;
      looked++;
      const first = mentionIn(s.start, s.end)[0];
      // The first person it names, as its subject ("Meanwhile, South African president Thabo Mbeki denounced …").
      if (first?.person === p && !namedAsObject(text.slice(s.start, first.start))) return true;
      // "In remarks to The Sun, he compared …": a sentence naming no one whose subject is the pronoun goes on too (round 79).
      if (!/^[“"]?(?:He|She|They)\b/.test(s.text) && !(first === undefined && /^[^“”"]{0,60},\s+(?:he|she|they)\s+\p{Ll}+(?:ed|s)\b/u.test(s.text))) return false;
    }
    return false;
  };
  const pronounSpeaker = (pronoun: string, pos: number): PersonFact | null => {
    const p = pronounPerson(pronoun, pos);
    if (p && !namedJustBefore(p, pos)) guessed = true;
    return p;
  };
  /** Where the paragraph `back` paragraphs before the one holding `pos` starts (0: its own). */
  const paragraphStartBefore = (pos: number, back: number): number => {
    let from = text.lastIndexOf('\n', pos - 1) + 1;
    for (let k = 0; k < back && from > 0; k++) from = text.lastIndexOf('\n', Math.max(0, text.slice(0, from).trimEnd().length - 1)) + 1;
    return from;
  };
  /**
   * "… echoing the Governor's own words in 2011, in which he told visitors “…”": an office named
   * earlier in the pronoun's own sentence and held by one person is whom it stands for (round 127's
   * wrong key gave the words to the man quoted before).
   */
  const officeBefore = (pronoun: string, pos: number): PersonFact | null => {
    const here = sentenceAt(pos);
    if (!here) return null;
    for (const m of text.slice(here.start, pos).matchAll(/\bthe\s+(\p{L}+)(?=[’']s\b|\s)/gu)) {
      const holder = byRole(`the ${m[1]!.toLowerCase()}`);
      if (holder && fits(holder, pronoun) && !inQuote(here.start + m.index)) return holder;
    }
    return null;
  };
  /**
   * "“Captain Smith,” Kennedy said. “… to whom?” she asked": of the people named in the last few
   * paragraphs, the one the article shows to be a woman is whom "she" stands for, when everyone
   * named after her is of unknown gender (round 133's wrong keys gave it to Kennedy).
   */
  const knownGender = (pronoun: string, pos: number): PersonFact | null => {
    // (Only for "she": most people of unknown gender in news copy are men, so a "he" may be any of them.)
    const want = /^she$/i.test(pronoun) ? 'female' : null;
    if (!want) return null;
    // (A dialogue runs over short paragraphs: the three before this one.)
    const from = paragraphStartBefore(pos, 3);
    const seen = [...new Set(mentions.filter((m) => m.end <= pos && m.start >= from).map((m) => m.person))];
    seen.forEach((p) => fits(p, pronoun));
    const sure = seen.filter((p) => genders.get(p) === want);
    const lastSure = mentions.filter((m) => m.end <= pos && sure.includes(m.person)).at(-1);
    if (sure.length !== 1 || !lastSure) return null;
    // (Only past people of unknown gender, never past one of the same gender.)
    const after = mentions.filter((m) => m.start > lastSure.end && m.end <= pos && m.person !== sure[0]);
    return after.length > 0 && after.every((m) => !genders.get(m.person)) ? sure[0]! : null;
  };
  /**
   * Who a speaking "she"/"he" is: the last person named as a subject whom the pronoun fits; when
   * the last one named is an object ("She called on Sarkozy … ‘…,’ she stated", "greeted by … the
   * First Lady, Carla Bruni-Sarkozy. ‘…,’ she said"), the speaker of the quotation just before,
   * if the pronoun fits them.
   */
  const pronounPerson = (pronoun: string, pos: number): PersonFact | null => {
    const office = officeBefore(pronoun, pos);
    if (office) return office;
    const known = knownGender(pronoun, pos);
    if (known) return known;
    const paragraphStart = paragraphStartBefore(pos, 0);
    const previousParagraph = paragraphStartBefore(pos, 1);
    // Never whom the words were told ("She told a biographer, Murat Bardakçı, “…”").
    const recent = [...mentions].reverse().filter((m) => m.end <= pos && m.start >= previousParagraph && !inQuote(m.start) && !possessive(m) && fits(m.person, pronoun) && !NOT_THE_SPEAKER.test(text.slice(Math.max(0, m.start - 60), m.start)));
    const last = recent[0];
    // "the president said …“…”. He added, “…”": the speaker of this paragraph's quotation before
    // goes on, rather than someone of the paragraph before.
    if (last && last.start < paragraphStart && previous?.speaker && previous.close >= paragraphStart && fits(previous.speaker, pronoun)) return previous.speaker;
    if (last && asSubject(last)) {
      // A person of the paragraph before, when this one has a speaker named by a role that no one
      // holds alone ("After approving the bill, the president said …. He added, “…”"), is a guess.
      const roleSaid = ROLE_SAID.exec(text.slice(paragraphStart, pos))?.[1];
      guessed = last.start < paragraphStart && roleSaid !== undefined && ROLE_HEAD_WORDS.has(roleSaid.split(/\s+/).at(-1)!);
      return last.person;
    }
    // "According to … analyst Hazem al-Nuaeimi, Sadr is a thorn … that support Maliki. “…,” he
    // said": the paragraph's source speaks, not whom his sentence names after him.
    const source = recent.find((m) => m.start >= paragraphStart && /\baccording to\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(text.slice(Math.max(0, m.start - 60), m.start)));
    if (source) return source.person;
    if (previous?.speaker && previous.close >= previousParagraph && fits(previous.speaker, pronoun)) return previous.speaker;
    // Someone named as a subject a little earlier, rather than the object named last (a guess all the same).
    const subject = recent.find(asSubject);
    if (subject) {
      guessed = true;
      return subject.person;
    }
    // The last person named, though not as a subject, is a guess unless the article shows the
    // pronoun is theirs ("Condoleezza Rice … she"); anyone further back always is.
    const want = /^she$/i.test(pronoun) ? 'female' : /^he$/i.test(pronoun) ? 'male' : null;
    guessed = !last || !want || genders.get(last.person) !== want;
    return last?.person ?? [...mentions].reverse().find((m) => m.end <= pos && !inQuote(m.start) && fits(m.person, pronoun) && !NOT_THE_SPEAKER.test(text.slice(Math.max(0, m.start - 60), m.start)))?.person ?? null;
  };

  /**
   * The person a stretch of text reports as speaking, in words of its own and not a quotation: the
   * last one named as the subject of a speech verb ("Robert Shaye, co-chairman of New Line, said that …").
   */
  const reportedSpeaker = (from: number, to: number): PersonFact | null => {
    const named = mentionIn(from, to).filter((m) => REPORTS_SPEECH.test(text.slice(m.end, to)) && !NOT_THE_SPEAKER.test(text.slice(Math.max(from, m.start - 60), m.start)));
    return named.at(-1)?.person ?? null;
  };

  /** Records a quotation; returns what the next one may continue. */
  const record = (span: Span, raw: string, quoteText: string, speaker: PersonFact | null, speakerName: string | null): typeof previous => {
    // "Mayor Ford … said": a title and a surname are the one person of that surname.
    const words = speakerName?.split(/\s+/) ?? [];
    if (!speaker && words.length === 2 && TITLE_WORDS.has(words[0]!.toLowerCase())) {
      const holders = people.filter((p) => p.name.split(/\s+/).at(-1) === words[1]);
      if (holders.length === 1) speaker = holders[0]!;
    }
    // Whoever was found, the words are someone else's when the clause right before them gives them
    // to an unnamed spokesperson or to people quoted at second hand.
    const clause = text.slice(sentenceAt(span.open)?.start ?? Math.max(0, span.open - 200), span.open);
    const handedOn = OTHERS_SPEAK.exec(clause);
    if (handedOn && speaker && !mentions.some((m) => m.person === speaker && m.start >= span.open - clause.length + handedOn.index && m.start < span.open)) speaker = null;
    // "I said to Bob Yang one day, “…”": the narrator speaks, whom the article never names as "I"
    // (round 134's five wrong keys, a profile told in the first person).
    if (FIRST_PERSON_SAID.test(text.slice(Math.max(0, span.open - 80), span.open).split(/[”"]/).at(-1)!)) {
      speaker = null;
      speakerName = null;
    }
    const name: string | null = speaker?.name ?? speakerName;
    const evidence: Evidence = { sentenceIndex: sentenceAt(span.start)?.index ?? 0, start: span.start, end: span.start + raw.replace(/[\s,]+$/, '').length };
    quotes.push({ kind: 'quote', id: `quote-${quotes.length + 1}`, text: quoteText, speakerId: speaker?.id ?? null, speaker: name, evidence, ...(guessed && name ? { guessed: true } : {}) });
    return name ? { speaker, name, close: span.close, guessed } : null;
  };

  for (const span of spans) {
    guessed = false;
    const raw = text.slice(span.start, span.end);
    const quoteText = raw.replace(/[\s,]+$/, '').trim();
    if (quoteText.split(/\s+/).length < 2) continue;

    const paragraphEnd = text.indexOf('\n', span.close) < 0 ? text.length : text.indexOf('\n', span.close);
    const paragraphStart = text.lastIndexOf('\n', span.open) + 1;
    // Attribution after the quote: up to the end of its clause.
    const afterEnd = (() => {
      const rest = text.slice(span.close + 1, paragraphEnd);
      // Not the full stop of a title or an initial ("said WHO Director-General Dr. Margaret Chan").
      const stop = [...rest.matchAll(/[.!?;](?:\s|$)|[“"]/g)].find((m) => !(m[0].startsWith('.') && ABBREVIATION_BEFORE.test(rest.slice(0, m.index))))?.index ?? -1;
      return span.close + 1 + (stop < 0 ? rest.length : stop + 1);
    })();
    const after = text.slice(span.close + 1, afterEnd);
    // Attribution before the quote: from its sentence's start (or the paragraph's) to the mark.
    const sentence = sentenceAt(span.open);
    const sentenceStart = Math.max(paragraphStart, sentence && sentence.start <= span.open ? sentence.start : paragraphStart);
    // Only the quote's own clause when it names someone: "Cahill … gave a count of 116; according to
    // Becker, injuries ranged “…”" is Becker's, but "Miliband denied …; arguing publication would,
    // “…”" is Miliband's.
    const clauseBreak = text.slice(sentenceStart, span.open).lastIndexOf(';');
    // "…, she said; she challenged his version of events: “…”": a clause of its own whose subject is
    // a pronoun speaks too, not the person the clause before names (round 120's wrong key).
    const pronounClause = clauseBreak >= 0 && /^\s*(?:he|she|they)\s/i.test(text.slice(sentenceStart + clauseBreak + 1, span.open));
    const ownClause = clauseBreak >= 0 && !inQuote(sentenceStart + clauseBreak) && (pronounClause || mentionIn(sentenceStart + clauseBreak + 1, span.open).length > 0);
    // A quotation that fills its paragraph after one that ends with a colon ("He was more critical
    // of Hood:") is introduced by that sentence.
    const colonBefore = text.slice(paragraphStart, span.open).trim() === '' && /:\s*$/.test(text.slice(0, paragraphStart)) ? sentenceAt(text.slice(0, paragraphStart).trimEnd().length - 1) : null;
    const beforeStart = colonBefore ? colonBefore.start : ownClause ? sentenceStart + clauseBreak + 1 : sentenceStart;
    const before = text.slice(beforeStart, span.open);

    let speaker: PersonFact | null = null;
    let speakerName: string | null = null;
    // Attributed after the words to someone who is no person of the story ("…,” city hall
    // representatives said"): not carried on to an earlier speaker (round 59's wrong key).
    let saidByOthers = false;
    if (NOBODYS_WORDS.test(before) || QUOTED_FROM_OTHERS.test(before)) {
      previous = record(span, raw, quoteText, null, null);
      continue;
    }

    // A quote that ends its sentence ("… with my family.” His brother … claimed") has no attribution
    // after it: the next sentence is about someone else.
    const nextSentence = sentenceAt(afterEnd - 1);
    const endsSentence = /[.!?]$/.test(quoteText) && nextSentence !== null && nextSentence.index !== sentenceAt(span.open)?.index && /^\s*\p{Lu}/u.test(after) && !/^\s*(?:He|She|They)\b/.test(after);
    const afterVerbFirst = !endsSentence && new RegExp(`^[\\s,.!?—–-]*(?:${SPEECH})\\b`, 'i').test(after);
    // "…,” Harith al-Ithari, head of al-Sadr's Basra office, told Reuters": a role may stand between,
    // in two parts too ("Robert Soulas, vice president of …, a support group for …, said").
    // Not the next clause's speaker ("… was now “going backwards”, while Nigel Farage said …", round 79).
    // (Not after a speech verb that comes first: "…,” said the office of the Maldives President in a
    // statement reported by …" names its speaker after "said", round 123's wrong key.)
    const afterNameFirst = endsSentence || afterVerbFirst ? null : new RegExp(`^[\\s,.!?—–-]*(?![\\s,]*(?:while|whereas|but|although|though|and)\\s)([\\p{L}’'.\\- ]{2,80}?)(?:(?:,\\s+[^,“”"]{2,100}){1,2},)?\\s+(?:(?:had|has|have|later)\\s+)?(?:${SPEECH})\\b`, 'iu').exec(after);
    // "…,” the president said": a speaker named by a role only one person holds.
    const roleNamed = afterNameFirst ? byRole(afterNameFirst[1]!) : null;
    if (afterVerbFirst || afterNameFirst) {
      // "…,” officials told Xinhua": whoever comes after "told" is the listener, not the speaker.
      const toldAt = /\btold\b/.exec(after);
      // (Never a name inside the next quotation: "… to whom?” she asked. “Captain Kennedy,” the soldier replied", round 133.)
      const found = mentionIn(span.close + 1, afterEnd).find((m) => (!toldAt || m.start < span.close + 1 + toldAt.index) && !inQuote(m.start));
      if (found) speaker = found.person;
      else if (afterNameFirst && PRONOUNS.test(afterNameFirst[1]!.trim())) speaker = pronounSpeaker(afterNameFirst[1]!.trim(), span.open);
      else if (afterNameFirst && roleNamed) speaker = roleNamed;
      else if (afterNameFirst && /^\p{Lu}/u.test(afterNameFirst[1]!.trim())) speakerName = afterNameFirst[1]!.trim();
      else if (afterNameFirst && !toldAt) saidByOthers = UNNAMED_SOURCES.test(afterNameFirst[1]!);
      else if (afterVerbFirst) {
        // "…,” said Team Big Bang from Falcon Cove Middle School": a speaker that is not a person.
        const named = new RegExp(`^[\\s,.!?—–-]*(?:${SPEECH})\\s+((?:the\\s+)?(?:[\\p{Lu}][\\p{L}.’'\\-]*\\s*){1,5})`, 'u').exec(after);
        if (named) speakerName = named[1]!.trim();
        // "…,” said the prime minister's office": someone the story does not name, unless one
        // person alone holds that role ("said the president").
        const described = named ? null : new RegExp(`^[\\s,.!?—–-]*(?:said|says|added|stated|told|wrote|reported)\\s+((?:the|a|an)\\s+(?:[^,.;“”"]*?\\s)?${UNNAMED_SPEAKER})`, 'u').exec(after);
        if (described) {
          speaker = byRole(described[1]!.trim().split(/\s+/).slice(0, 3).join(' '));
          saidByOthers = speaker === null;
        }
      }
    }
    // "Heiko Herrlich (GER), Germany coach “…”": a paragraph that a speaker's label opens, as
    // sport reports list the coaches' and players' statements (round 65).
    const label = !speaker && !speakerName ? SPEAKER_LABEL.exec(text.slice(paragraphStart, span.open)) : null;
    if (label) speaker = mentionIn(paragraphStart, paragraphStart + label[1]!.length)[0]?.person ?? null;
    // "… and in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”" is his too (round 83).
    const according = !speaker && !speakerName ? /\b(?:according to|in the words of)\b/i.exec(before) : null;
    if (according) {
      // "according to Derrec Becker, public information officer …, injuries ranged “…”".
      speaker = mentionIn(beforeStart + according.index, span.open)[0]?.person ?? null;
      // "According to him, he had never “…”": the person the story is about.
      const him = /^\s*(him|her)\b/i.exec(before.slice(according.index + according[0].length));
      if (!speaker && him) speaker = pronounSpeaker(/^him$/i.test(him[1]!) ? 'he' : 'she', beforeStart + according.index);
    }
    // "She was told by a midwife that … a “Catholic country”": the words are the unnamed agent's.
    const toldByNobody = /\b(?:was|were|been|being)\s+(?:told|informed|warned|advised|assured)\s+by\s+(?:a|an|the|one|some|several)\s+\p{Ll}/u.test(before);
    if (!speaker && !speakerName && !toldByNobody && new RegExp(`\\b(?:${SPEECH})\\b|:\\s*$`, 'i').test(before)) {
      // "He described al-Megrahi's death as “…”": the pronoun is the speaker, not the name after it.
      // The name right before the speech verb ("Standing alongside President Sarkozy …, Betancourt said, “…”").
      // Not whom the words were sent to ("sent a letter to Home Secretary Jacqui Smith, appealing …").
      // ("she asked Obama, “Mr. President, …”": whom the words are asked of, right before them, round 135's wrong key.)
      const named = mentionIn(beforeStart, span.open).filter((m) => !NOT_THE_SPEAKER.test(text.slice(Math.max(beforeStart, m.start - 60), m.start)) && !(/\basked\s+$/.test(text.slice(Math.max(beforeStart, m.start - 8), m.start)) && /^\s*[,:]?\s*$/.test(text.slice(m.end, span.open))));
      // "… critics like Colin Yeo and Caitlin Boswell, with Boswell stating: “…”": the one named
      // right before a speaking participle after "with" speaks, whom "with" would otherwise rule out.
      const withSpeaking = mentionIn(beforeStart, span.open).find((m) => /\bwith\s+$/.test(text.slice(Math.max(beforeStart, m.start - 6), m.start)) && /^\s+(?:stating|saying|adding|noting|writing|arguing|insisting|warning|explaining)\b[^“”"]*$/.test(text.slice(m.end, span.open)));
      // (Not across another quotation: "Sandler stated “…,” and Stiller commented “…”" — round 104.)
      const direct = withSpeaking ?? named.find((m) => new RegExp(`^\\s*(?:${SPEECH})\\b[^“”"]*$`, 'i').test(text.slice(m.end, span.open)));
      let subject = direct ?? named[0];
      // "Hoehn would later tell police …, and she showed him the infant and told him, “…”": the
      // pronoun that speaks right before the words is their speaker, when the first person named
      // cannot be that pronoun (round 72's wrong key).
      const close = new RegExp(`\\b(he|she)\\s+(?:[\\p{L}’'-]+\\s+){0,6}?(?:${SPEECH})\\s+(?:him|her|them|me|us)?\\s*,?\\s*$`, 'iu').exec(before);
      if (close && subject && !direct && !fits(subject.person, close[1]!)) subject = [...named].reverse().find((m) => m.start < beforeStart + close.index && fits(m.person, close[1]!)) ?? subject;
      // "In his final interview, he insisted he was “…”": a pronoun speaking, no one named.
      // ("On Encyclopedia Dramatica, they claim … saying they managed to break into McKay and Brent
      // Hatch's email accounts, “…”": "they" speaks, and the people named after it are what they
      // speak of, round 140.)
      const theySpeak = direct ? null : THEY_SPEAK.exec(before);
      const pronoun = /^\s*(he|she|they)\b/i.exec(before) ?? (subject && !(theySpeak && subject.start > beforeStart + theySpeak.index) ? null : (theySpeak ?? PRONOUN_SPEAKS.exec(before)));
      // "After approving the bill, the president said this move would “…”".
      const roleBefore = pronoun || subject ? null : roleSpeaker(before);
      // "…”, stated Save the Children. They added, “…”": a plural pronoun after a body's words is that
      // body again, not a person named near it (round 140).
      const bodyAgain = pronoun && /^they$/i.test(pronoun[1]!) && previous && !previous.speaker && previous.name && !text.slice(previous.close, span.open).includes('\n') ? previous.name : null;
      if (bodyAgain) speakerName = bodyAgain;
      else if (pronoun) {
        const carried = subjectOfSentenceBefore(beforeStart);
        // Whom the pronoun stands for is named before it, not later in its own sentence ("He also
        // added that Zuma did not “…”" is the spokesman of the paragraph before, not Zuma).
        speaker = officeBefore(pronoun[1]!, beforeStart + pronoun.index) ?? (carried && fits(carried, pronoun[1]!) ? carried : pronounSpeaker(pronoun[1]!, beforeStart + pronoun.index));
        if (speaker === carried && carried && !namedJustBefore(carried, beforeStart + pronoun.index)) guessed = true;
      } else if (subject && !(subject !== direct && UNNAMED_SUBJECT.test(text.slice(beforeStart, subject.start)))) speaker = subject.person;
      else if (subject) saidByOthers = true;
      else if (roleBefore) speaker = roleBefore;
      else {
        // An organisation as the speaker ("The U.S. State Department indicated that it is “quite certain”").
        const org = /^(?:The\s+)?((?:[\p{Lu}][\p{L}.’']*\s+){0,5}[\p{Lu}][\p{L}.’']*)/u.exec(before.trim());
        // ("Last Thursday, he supported … by saying “…”": a time, not a body, round 131.)
        if (org && org[1]!.split(/\s+/).length >= 2 && !TIME_NAME.test(org[1]!)) speakerName = org[1]!.trim();
      }
    }
    const wholeParagraph = !colonBefore && text.slice(paragraphStart, span.open).trim() === '' && text.slice(span.close + 1, paragraphEnd).trim() === '';
    if (saidByOthers) {
      previous = record(span, raw, quoteText, null, null);
      continue;
    }
    if (!speaker && !speakerName && wholeParagraph) {
      // A paragraph that is only a quotation: the words of whom the paragraph before reports as
      // speaking ("Robert Shaye, co-chairman of New Line, said that New Line does not want … with Mr
      // Jackson." then "“I do not want to make a movie with somebody who is suing me.”", round 148's
      // wrong keys gave them to Jackson); else the person the story was just talking about,
      // preferring one who has spoken.
      const reporter = reportedSpeaker(paragraphStartBefore(span.open, 1), paragraphStart);
      const spoken = new Set(quotes.map((q) => q.speakerId));
      const recent = [...mentions].reverse().filter((m) => m.end <= span.open && !inQuote(m.start));
      const spokenBefore = recent.find((m) => spoken.has(m.person.id));
      speaker = reporter ?? (spokenBefore ?? recent[0])?.person ?? null;
      guessed = !reporter && !spokenBefore;
    }
    if (!speaker && !speakerName && previous) {
      // A quote that opens a sentence right after an attributed one continues it.
      const between = text.slice(previous.close + 1, span.open);
      const opensSentence = /^[^“"]*[.!?,]?\s*$/.test(between) && !/[\p{L}]{3,}/u.test(between.replace(/\b(?:said|says|added)\b.*$/s, ''));
      const attributionOnly = new RegExp(`^[\\s,]*(?:(?:${SPEECH})\\s+[^.“"]*|[^.“"]*\\s(?:${SPEECH}))?[^.“"]*[.!?]?\\s*$`, 'iu').test(between);
      // Not when someone else is named in between: the story has moved on to them.
      const someoneElse = mentionIn(previous.close + 1, span.open).some((m) => m.person !== previous!.speaker);
      // Nor when a new paragraph has begun with words of its own, unless the speaker is again its
      // subject ("As mayor-elect, Collins is excited …", not "… sent a letter to Jacqui Smith, appealing …").
      const paragraph = /\n[^\n]*\p{L}/u.exec(between);
      const firstNamed = paragraph ? mentionIn(previous.close + 1 + paragraph.index, span.open)[0] : undefined;
      const newSubject = paragraph !== null && (firstNamed?.person !== previous.speaker || NOT_THE_SPEAKER.test(text.slice(Math.max(0, firstNamed.start - 60), firstNamed.start)));
      if ((opensSentence || attributionOnly) && !someoneElse && !newSubject) {
        speaker = previous.speaker;
        speakerName = previous.name;
        guessed = previous.guessed;
      }
    }
    if (!speaker && !speakerName && text.slice(beforeStart, span.open).trim() === '') {
      // "Steve Ellis offered his explanation. “People who …”": a quote opening a sentence, in the
      // paragraph of a sentence about someone, is theirs.
      const prevSentence = sentence ? sentences[sentence.index - 1] : undefined;
      // "He was also interviewed by ninemsn, and said he does not regret discussing his experiences in
      // the Brethren … . “I'm an example …”": a sentence whose subject is "He" is about him, not about
      // the first name in it (round 102's wrong key).
      const opening = prevSentence ? /^(He|She)\s/.exec(prevSentence.text) : null;
      if (prevSentence && prevSentence.start >= paragraphStart) speaker = (opening ? pronounSpeaker(opening[1]!, prevSentence.start) : null) ?? mentionIn(prevSentence.start, prevSentence.end)[0]?.person ?? null;
    }

    previous = record(span, raw, quoteText, speaker, speakerName);
  }
  return quotes;
}
