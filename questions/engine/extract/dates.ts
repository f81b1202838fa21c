// Dates as the article states them, resolved against the publication date when it is known
// ("Tuesday", "last year", "June 19-20"); left unresolved (null) when it is not, so that no
// question depends on a date the article does not give.
import type { Sentence } from '../../sentences';
import type { DateFact, Evidence } from '../types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)`;
const WEEKDAY = `(?:${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})`;

const PATTERNS: { re: RegExp; kind: 'full' | 'monthDay' | 'monthYear' | 'month' | 'year' | 'weekday' | 'relative' }[] = [
  // "May 9th": the ordinal's ending is part of the date, or a blank would leave it behind ("its _____th report", round 66).
  { re: new RegExp(`(?:${WEEKDAY},\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?,\\s+(\\d{4})`, 'g'), kind: 'full' },
  { re: new RegExp(`(?:${WEEKDAY},\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?(?!\\d|\\p{L}|,\\s*\\d{4})`, 'gu'), kind: 'monthDay' },
  // "in January, 2005": the comma some writers put between month and year.
  { re: new RegExp(`\\b${MONTH}(?:\\s+of|,)?\\s+(\\d{4}|last year|this year|next year)`, 'g'), kind: 'monthYear' },
  // "made in June", "a statement in May": a month alone after a preposition.
  { re: new RegExp(`\\b(?:in|since|from|until|by|during|before|after|early|late|mid-?|last|next|this)\\s+(${MONTH})\\b(?!\\s*\\d)`, 'g'), kind: 'month' },
  // "until at least 2014", "by early 2010": a bound or a part of the year between the preposition and the year.
  { re: /\b(?:in|since|from|until|by|of|before|after|for)\s+(?:(?:at\s+least|as\s+late\s+as|as\s+early\s+as|early|mid-?|late)\s*)?((?:19|20)\d{2})\b(?![-–]?\d)/gi, kind: 'year' },
  // "the 2012 elections", "the 2008 violence": a year naming an event.
  { re: /\bthe\s+((?:19|20)\d{2})\s+(?=\p{Ll})/gu, kind: 'year' },
  // Not a day's name used as a kind ("its Sunday variants", "Sunday newspapers", "Friday prayers"),
  // nor in a paper's name ("the Sunday Telegraph"), nor after "its" or "a" ("its Sunday sister").
  { re: new RegExp(`(?<!\\b(?:its|their|his|her|a|an)\\s)\\b${WEEKDAY}\\b(?!\\s+(?:variants?|editions?|papers?|newspapers?|tabloids?|services?|prayers?|schools?|markets?|trading|roast|lunch|league|supplements?|magazines?)\\b|\\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Independent|Observer|Tribune|Sport|People|Star|World|Age|Business|Bloody)\\b)`, 'g'), kind: 'weekday' },
  // Not "The next year, Minneapolis defeated …": the year after one the article named, not after its date (round 51).
  { re: /(?<!\bthe\s)\b(?:last|next|this)\s+(?:year|month|week)\b|\b(?:yesterday|today|tomorrow)\b/gi, kind: 'relative' },
];

function iso(y: number, m: number, d?: number): string {
  return d === undefined ? `${y}-${String(m + 1).padStart(2, '0')}` : `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full : (MONTH_ABBR[w] ?? -1);
}

/** Future-tense cues in the sentence decide whether a bare weekday is the next one or the last. */
export const FUTURE = /\b(?:will|is set to|are set to|is scheduled|are scheduled|plans? to|is expected|are expected|is to|are to|upcoming)\b/i;

const PAST_TENSE = /\b(?:was|were|had|did|vanished|crashed|died|killed|happened|occurred|began|started|ended|took|came|went|said|announced|\p{Ll}{3,}ed)\b/u;

export function resolveDate(text: string, kind: (typeof PATTERNS)[number]['kind'], sentence: string, published: Date | null): { value: string | null; granularity: DateFact['granularity'] } {
  const words = text.split(/[\s,]+/);
  const monthWord = words.find((w) => monthIndex(w) >= 0);
  const m = monthWord ? monthIndex(monthWord) : -1;
  const year = /\b((?:19|20)\d{2})\b/.exec(text)?.[1];
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(text.replace(/\b(?:19|20)\d{2}\b/, ''))?.[1];
  const py = published?.getUTCFullYear();
  switch (kind) {
    case 'full':
      return { value: iso(Number(year), m, Number(day)), granularity: 'day' };
    case 'year':
      return { value: year!, granularity: 'year' };
    case 'monthYear': {
      if (year) return { value: iso(Number(year), m), granularity: 'month' };
      if (py === undefined) return { value: null, granularity: 'month' };
      const offset = /last year/i.test(text) ? -1 : /next year/i.test(text) ? 1 : 0;
      return { value: iso(py + offset, m), granularity: 'month' };
    }
    case 'month': {
      if (py === undefined || !published) return { value: null, granularity: 'month' };
      // A month after the publication month is of the year before, unless the sentence looks ahead.
      const later = m > published.getUTCMonth();
      return { value: iso(later && !FUTURE.test(sentence) ? py - 1 : py, m), granularity: 'month' };
    }
    case 'monthDay': {
      if (py === undefined) return { value: null, granularity: 'day' };
      // "On December 18, … derailed" in a report of February: last December, unless the sentence
      // looks ahead. More than a month after publication, a past event is of the year before.
      const sameYear = Date.UTC(py, m, Number(day));
      // A sentence told in the past ("when it vanished on December 28", in a story of December 2)
      // puts any later day in the year before; otherwise only one more than a month later.
      const told = PAST_TENSE.test(sentence) ? 0 : 31 * 86_400_000;
      const past = published !== null && sameYear - published.getTime() > told && !FUTURE.test(sentence);
      return { value: iso(past ? py - 1 : py, m, Number(day)), granularity: 'day' };
    }
    case 'weekday': {
      if (!published) return { value: null, granularity: 'day' };
      const target = WEEKDAYS.indexOf(text.toLowerCase());
      const diff = (target - published.getUTCDay() + 7) % 7;
      const future = FUTURE.test(sentence);
      const delta = future ? diff : diff === 0 ? 0 : diff - 7;
      const d = new Date(published.getTime() + delta * 86_400_000);
      return { value: iso(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), granularity: 'day' };
    }
    case 'relative': {
      if (py === undefined) return { value: null, granularity: 'year' };
      const t = text.toLowerCase();
      if (/year/.test(t)) return { value: String(py + (t.startsWith('last') ? -1 : t.startsWith('next') ? 1 : 0)), granularity: 'year' };
      // "today" is the day the story was published; "yesterday" and "tomorrow" are counted from it.
      const shift = t === 'today' ? 0 : t === 'yesterday' ? -1 : t === 'tomorrow' ? 1 : null;
      if (shift === null || !published) return { value: null, granularity: 'day' };
      const d = new Date(published.getTime() + shift * 86_400_000);
      return { value: iso(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), granularity: 'day' };
    }
  }
}

export function extractDates(text: string, sentences: Sentence[], publishedOn: string | null): DateFact[] {
  const published = publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : null;
  const claimed: [number, number][] = [];
  const facts: DateFact[] = [];
  for (const { re, kind } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      let start = m.index;
      let stated = m[0];
      if (kind === 'year' || kind === 'month') {
        stated = m[1]!;
        start = m.index + m[0].indexOf(stated);
      }
      const end = start + stated.length;
      if (claimed.some(([a, b]) => start < b && end > a)) continue;
      // "2003 UB313", "1997 XF11": a year that begins an astronomical designation is part of a name (round 97).
      if (kind === 'year' && /^\s[A-Z]{1,3}\d+\b/.test(text.slice(end, end + 10))) continue;
      const sentence = sentences.find((s) => s.start <= start && start < s.end);
      if (!sentence) continue;
      claimed.push([start, end]);
      const resolved = resolveDate(stated, kind, sentence.text, published);
      const { granularity } = resolved;
      let { value } = resolved;
      // "next January", "last September": the next or last such month from the date line, not
      // one of the date line's own year ("elections to be held next January", round 72's wrong key).
      const relative = kind === 'month' ? /^(next|last)\b/i.exec(m[0])?.[1]?.toLowerCase() : undefined;
      if (relative && published && value) {
        const month = Number(value.slice(5, 7)) - 1;
        const [py, pm] = [published.getUTCFullYear(), published.getUTCMonth()];
        const year = relative === 'next' ? (month > pm ? py : py + 1) : month < pm ? py : py - 1;
        value = `${year}-${value.slice(5, 7)}`;
      }
      const evidence: Evidence = { sentenceIndex: sentence.index, start, end };
      facts.push({ kind: 'date', id: `date-${facts.length + 1}`, text: stated, resolved: value, granularity, evidence });
    }
  }
  return facts.sort((a, b) => a.evidence.start - b.evidence.start).map((f, i) => ({ ...f, id: `date-${i + 1}` }));
}
