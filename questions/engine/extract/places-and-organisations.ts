// Places (countries, cities, regions) and organisations of an article. The gazetteer and the
// organisation bank classify what they know; compromise's place and organisation tags and
// organisation head words ("… Department", "… University") find the rest.
import { CITIES, COUNTRIES, DEMONYM_SET, MONTHS, placeType, REGIONS, US_STATES, WEEKDAYS } from '../lexicon/gazetteer';
import { BODY_KINDS, FIRM_ENDS, KNOWN_ORGANISATIONS, ORG_HEAD_WORDS } from '../lexicon/organisations';
import { ROLE_HEAD_WORDS, TITLE_WORDS } from '../lexicon/titles';
import { knownFirstName, parse } from '../pos-tags';
import type { Sentence } from '../../sentences';
import type { Evidence, OrganisationFact, PersonFact, PlaceFact } from '../types';
import { escapeRegExp } from '../regexp';

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function evidenceAt(sentences: Sentence[], start: number, end: number): Evidence {
  const s = sentences.find((x) => x.start <= start && start < x.end);
  return { sentenceIndex: s?.index ?? 0, start, end };
}

function inPerson(people: PersonFact[], start: number, end: number) {
  return people.some((p) => p.mentions.some((m) => start < m.end && end > m.start));
}

/** Canonical country names for variants ("U.S." → "United States"). */
const COUNTRY_ALIASES: Record<string, string> = { 'U.S.': 'United States', US: 'United States', USA: 'United States', America: 'United States', UK: 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom', Türkiye: 'Turkey', Czechia: 'Czech Republic' };

/** A name followed by more of itself: another capitalised word, or "of"/"d’" and one. */
function partOfLongerName(text: string, end: number): boolean {
  return /^(?:\s+(?:(?:of|for|and|de|du|des|d[’'])\s*)?\p{Lu}|[’']?\s?(?:d[’'])\p{Lu})/u.test(text.slice(end, end + 30)) && !/^[’']s\b/.test(text.slice(end));
}

/** A name, then its kind as an appositive: "Show Racism the Red Card, a charity advocating …". */
const KIND_APPOSITIVE = new RegExp(String.raw`(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:the|of|for|and|on|in)\s+)*\p{Lu}[\p{L}’'-]*){1,6}),\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${[...BODY_KINDS, 'organi[sz]ation', 'company', 'firm', 'website', 'agency', 'group', 'foundation', 'campaign'].join('|')})\b`, 'gu');

const TITLE_ABBREVIATIONS = /^(?:Dr|Mr|Mrs|Ms|Prof|Rev|Gen|Sen|Rep|Gov|Col|Capt|Lt|Sgt|Sir|Dame)$/;
// Words that make a title of the role word after them ("Country Director", "Regional Director").
const TITLE_MODIFIERS = new Set(['country', 'regional', 'national', 'executive', 'general', 'managing', 'deputy', 'assistant', 'acting', 'vice', 'chief', 'senior', 'former']);

/**
 * The organisation in a capitalised run that holds a title too: "World Health Organization
 * Country Director Dr. David Okello" is the World Health Organization, and "President of the
 * European Parliament" is the European Parliament, not an organisation called "President of …".
 */
function withoutTitles(words: string[]): string[] {
  let out = [...words];
  while (out.length && TITLE_ABBREVIATIONS.test(out.at(-1)!)) out = out.slice(0, -1);
  const role = (w: string) => ROLE_HEAD_WORDS.has(w.toLowerCase());
  // A title in front: what it is the title of follows "of (the)".
  if (out.length && role(out[0]!) && out[1] === 'of') out = out.slice(out[2] === 'the' ? 3 : 2);
  // A title behind: the organisation ends before it and its modifiers.
  const at = out.findIndex((w, i) => i > 0 && role(w) && out.slice(0, i).some((x) => ORG_HEAD_WORDS.has(x.toLowerCase())));
  if (at > 0) {
    let cut = at;
    while (cut > 1 && TITLE_MODIFIERS.has(out[cut - 1]!.toLowerCase()) && !ORG_HEAD_WORDS.has(out[cut - 1]!.toLowerCase())) cut--;
    out = out.slice(0, cut);
  }
  return out;
}

/** An organisation name that reads as one: capitalised words (connectors aside), no possessive inside. */
function wellFormedOrganisation(name: string): boolean {
  // 'Afghanistan." NATO': two sentences, no name.
  if (/["“”]|\.\s/.test(name)) return false;
  const words = name.split(/\s+/);
  // "United Nations Children's Fund", "People's Liberation Army": a plural's possessive is part of the name.
  if (words.some((w, i) => i < words.length - 1 && /[’']s?$/.test(w) && !/^(?:Children|Women|Men|People|Workers|Veterans)[’']s$/.test(w))) return false;
  return words.every((w) => /^(?:of|for|and|the|on|in|&|de|du|des|d[’']\p{L}+)$/u.test(w) || /^[\p{Lu}\d]/u.test(w));
}

/** Names that are a US state as well as a country or city: "Atlanta, Georgia", "Seattle, Washington", "the state of Georgia". */
const STATE_HOMONYMS = new Set(['Georgia', 'Washington']);

/** Places that are also first names: "Jordan Pickford", "Florence Arthaud", "Paris Hilton". */
const FIRST_NAME_PLACES = new Set(['Jordan', 'Georgia', 'Chad', 'India', 'Kenya', 'Florence', 'Victoria', 'Paris', 'Sydney', 'Austin', 'Chelsea', 'Charlotte', 'Adelaide', 'Regina', 'Sofia', 'Dallas', 'Jackson', 'Houston', 'Lincoln', 'Orlando', 'Madison', 'Savannah', 'Phoenix', 'Aurora', 'Eugene', 'Lorraine', 'Brooklyn', 'Israel']);

function usStateInContext(text: string, name: string, start: number): boolean {
  if (!STATE_HOMONYMS.has(name)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  // "North Carolina and Georgia", "Georgia, Florida and Alabama": listed with other US states.
  const after = text.slice(start + name.length, start + name.length + 40);
  const listedWithState = US_STATES.some((s) => s !== name && (new RegExp(`${s}(?:,|\\s+and|\\s+or)\\s*$`).test(before) || new RegExp(`^(?:,|\\s+and|\\s+or)\\s+${s}\\b`).test(after)));
  return listedWithState || /\p{Lu}[\p{L}.’'-]*,\s*$/u.test(before) || /\bstate of\s+$/i.test(before);
}

export function extractPlaces(text: string, sentences: Sentence[], people: PersonFact[]): PlaceFact[] {
  const found = new Map<string, PlaceFact & { count: number }>();
  const add = (name: string, type: PlaceFact['placeType'], start: number, end: number) => {
    const canonical = COUNTRY_ALIASES[name] ?? name;
    const existing = found.get(canonical);
    if (existing) {
      existing.count++;
      return;
    }
    found.set(canonical, { kind: 'place', id: `place-${slug(canonical)}`, name: canonical, placeType: type, evidence: evidenceAt(sentences, start, end), count: 1 });
  };
  const claimed: [number, number][] = [];
  const free = (s: number, e: number) => !claimed.some(([a, b]) => s < b && e > a);
  // Longest names first, so "South Korea" wins over "Korea" and "New York City" over "New York".
  const known = [...COUNTRIES, ...CITIES, ...REGIONS].filter((n) => n.length > 2 || /^[A-Z.]+$/.test(n)).sort((a, b) => b.length - a.length);
  for (const name of known) {
    const re = new RegExp(`(?<![\\p{L}.])${escapeRegExp(name)}(?![\\p{L}]|\\.[A-Z])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + name.length;
      // "U.S." and "UK" as adjectives ("U.S. State Department") are affiliations, not places.
      if (!free(start, end) || inPerson(people, start, end)) continue;
      // "Jason Jordan": a surname after a first name the lexicon knows is a person's, not the country.
      const previous = /(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
      if (previous && knownFirstName(previous) && !/^(?:In|At|To|From|Of|The)$/.test(previous)) continue;
      // "Jordan Pickford", "Chad Johnson": a first name the lexicon knows, before a surname.
      const next = /^\s(\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
      if (next && (knownFirstName(name) || FIRST_NAME_PLACES.has(name)) && !placeType(next) && !ORG_HEAD_WORDS.has(next.toLowerCase()) && !ROLE_HEAD_WORDS.has(next.toLowerCase()) && !CALENDAR_WORDS.has(next.toLowerCase()) && !/^(?:River|Valley|Sea|Lake|Mountains?|Border|Street|Road|Avenue|Square)$/.test(next)) continue;
      // "Agence France-Presse", "Austria-Hungary": a name joined to another is no place of its own.
      if (/^-\p{Lu}/u.test(text.slice(end, end + 2)) || /\p{L}-$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
      if (/^(?:U\.S\.|US|UK)$/.test(name) && /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      // "US$1.1 billion" is a currency.
      if (/^(?:U\.S\.|US)$/.test(name) && text[end] === '$') continue;
      claimed.push([start, end]);
      add(name, usStateInContext(text, name, start) ? 'region' : (placeType(name) ?? 'other'), start, end);
    }
  }
  // compromise's places that the gazetteer does not know: kept when they recur or sit after "in".
  for (const m of parse(text).places().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
    const name = m.text.replace(/[’']s$/, '').replace(/[.,;:]+$/, '').trim();
    const start = m.offset.start;
    const end = start + name.length;
    if (!name || !free(start, end) || inPerson(people, start, end) || name.split(/\s+/).length > 4) continue;
    if (!/^\p{Lu}/u.test(name) || /\b(?:Department|Ministry|University|House|Agency|Station)\b/.test(name)) continue;
    // "in Weiner's place": someone's place, in a lower-case word, is no place's name (round 148).
    if (/[’']s\s+\p{Ll}/u.test(name)) continue;
    if (!/\b(?:in|at|near|from|to|of)\s+$/.test(text.slice(Math.max(0, start - 6), start))) continue;
    // Part of a longer name ("Falcon Cove Middle" of "Falcon Cove Middle School") is no place.
    if (partOfLongerName(text, end)) continue;
    claimed.push([start, end]);
    add(name, 'other', start, end);
  }
  return [...found.values()].sort((a, b) => a.evidence.start - b.evidence.start).map((p) => ({ kind: p.kind, id: p.id, name: p.name, placeType: p.placeType, evidence: p.evidence }));
}

const CALENDAR_WORDS = new Set([...MONTHS, ...WEEKDAYS]);

const CONNECTOR = /^(?:of|for|and|the|on|in|&)$/;

/**
 * "in" joins one name only after a head word and before a longer capitalised name that is no
 * place: "the Alliance in Support of Our Police Force", but "the Police in London", "the Court in
 * The Hague" are a body and where it is. The first part with a head word is kept.
 */
function withinIn(words: string[]): string[] {
  const parts: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w !== 'in') {
      parts.at(-1)!.push(w);
      continue;
    }
    const rest = words.slice(i + 1);
    const after = rest.slice(0, rest.includes('in') ? rest.indexOf('in') : rest.length);
    const capitals = after.filter((x) => /^\p{Lu}/u.test(x));
    // A place has no "of" or "for" inside ("North High School in Des Moines", "… in Southern California").
    const joins = i > 0 && ORG_HEAD_WORDS.has(words[i - 1]!.toLowerCase()) && capitals.length >= 2 && after.some((x) => x === 'of' || x === 'for') && after[0] !== 'The' && !placeType(after[0]!) && !placeType(after.join(' '));
    if (joins) parts.at(-1)!.push(w);
    else parts.push([]);
  }
  return parts.find((p) => p.some((w) => ORG_HEAD_WORDS.has(w.toLowerCase().replace(/[’']s$/, '')))) ?? parts[0]!;
}

/**
 * The part of a capitalised run that is no person's name: "Candidate Lam Cheuk-ting of the
 * Democratic Party" holds the Democratic Party, and "the Civic Party's Alan Leong" the Civic Party.
 * The first stretch between (or around) the people that has a head word; null when none has.
 */
function outsidePeople(text: string, at: number, people: PersonFact[]): { text: string; start: number } | null {
  const words = [...text.matchAll(/\S+/g)].map((w) => ({ w: w[0], start: at + w.index, end: at + w.index + w[0].length }));
  const stretches: (typeof words)[] = [[]];
  for (const word of words) {
    if (inPerson(people, word.start, word.end)) stretches.push([]);
    else stretches.at(-1)!.push(word);
  }
  if (stretches.length === 1) return { text, start: at };
  for (let s of stretches) {
    while (s.length && CONNECTOR.test(s[0]!.w)) s = s.slice(1);
    while (s.length && CONNECTOR.test(s.at(-1)!.w)) s = s.slice(0, -1);
    if (!s.some((x) => ORG_HEAD_WORDS.has(x.w.toLowerCase().replace(/[’']s$/, '')))) continue;
    return { text: s.map((x) => x.w).join(' '), start: s[0]!.start };
  }
  return null;
}

/** Every form of the bank's bodies with its pattern, compiled once rather than for every article. */
const BANK_FORMS = KNOWN_ORGANISATIONS.flatMap((o) => [o.name, ...o.aliases]).map((form) => ({ form, re: new RegExp(`(?<![\\p{L}.])${escapeRegExp(form)}(?![\\p{L}])`, 'u') }));

export function extractOrganisations(text: string, sentences: Sentence[], people: PersonFact[]): OrganisationFact[] {
  const found = new Map<string, OrganisationFact>();
  const add = (name: string, start: number, end: number, alias?: string) => {
    const clean = name
      // "Members of the KP Provincial Assembly": the people of a body are not the body.
      .replace(/^(?:Members?|Officials?|Leaders?|Heads?|Staff|Employees|Supporters|Representatives|Delegates)\s+of\s+/, '')
      .replace(/^(?:the|The)\s+/, '')
      // "Instead Association of South East Asian (ASEAN) related legislation …": a sentence's opening
      // adverb is no part of a name (round 104).
      .replace(/^(?:Instead|Meanwhile|However|Also|Later|Then|Now|Still|Thus|Therefore|Moreover|Furthermore|Nevertheless|Nonetheless|Finally|Initially|Previously|Currently|Recently|Earlier|Yet|So|But|And)\s+(?=\p{Lu})/u, '')
      // "Four Navy ships": a count in front is no part of the body's name (round 90).
      .replace(/^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Both)\s+(?=\p{Lu})/u, '')
      // "Virginia-based Symplicity Corporation": where a body is based is no part of its name (round 89).
      .replace(/^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?-based\s+(?=\p{Lu})/u, '')
      // "Secret Service Agents": the people of a body are not the body (round 71).
      .replace(/\s+(?:Agents|Officers|Officials|Employees|Staff|Personnel|Members)$/, '')
      .replace(/[’']s$/, '')
      .replace(/\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/, '')
      .trim();
    // "the Police Act", "the Marriage Bill": a law is no body that acts or speaks.
    if (!clean || inPerson(people, start, end) || /\s(?:Act|Bill|Law|Treaty|Convention|Amendment|Code|Directive|Constitution)$/.test(clean)) return;
    // "Mayor Ford", "President Bush": a title before a surname is a person.
    const [title, surname, ...more] = clean.split(' ');
    if (surname && more.length === 0 && TITLE_WORDS.has(title!.toLowerCase()) && people.some((p) => p.name.endsWith(` ${surname}`))) return;
    // "Labour MP (Member of Parliament)": a member is no body, and "MP" no name of Parliament.
    if (alias && /^Members?\s+of\s/.test(name)) return;
    // "Space Exploration Technologies Corporation (SpaceX)": the bank may know the short form only.
    const bank = KNOWN_ORGANISATIONS.find((o) => [clean, alias].some((f) => f && (o.name === f || o.aliases.includes(f))));
    const canonical = bank?.name ?? [...found.values()].find((o) => o.aliases.includes(clean))?.name ?? clean;
    const existing = found.get(canonical);
    if (existing) {
      if (alias && !existing.aliases.includes(alias)) existing.aliases.push(alias);
      if (clean !== canonical && !existing.aliases.includes(clean)) existing.aliases.push(clean);
      return;
    }
    const aliases = [...new Set([...(alias ? [alias] : []), ...(clean !== canonical ? [clean] : [])])].filter((a) => a !== canonical);
    found.set(canonical, { kind: 'organisation', id: `org-${slug(canonical)}`, name: canonical, aliases, evidence: evidenceAt(sentences, start, end) });
  };
  // "ESA (European Space Agency)" and "European Space Agency (ESA)": an acronym with its expansion.
  // Only expansions headed like an organisation: "Surface Water and Ocean Topography (SWOT)" is a mission.
  const orgLike = (name: string) => name.split(/\s+/).some((w) => ORG_HEAD_WORDS.has(w.toLowerCase()) || w === 'Agency');
  for (const m of text.matchAll(/\b([A-Z][A-Za-z]{1,7})\s+\(([A-Z][\p{L}]+(?:\s+(?:of|for|and|the|[A-Z][\p{L}]+))+)\)/gu)) if (orgLike(m[2]!)) add(m[2]!, m.index, m.index + m[0].length, m[1]);
  // "People's Alliance for Democracy (PAD)": a group's possessive opens the name (round 104).
  for (const m of text.matchAll(/\b((?:(?:People|Children|Women|Workers|Veterans)[’']s?|[A-Z][\p{L}]+)(?:\s+(?:of|for|and|the|[A-Z][\p{L}]+))+)\s+\(([A-Z][A-Za-z]{1,7})\)/gu)) if (orgLike(m[1]!)) add(m[1]!, m.index, m.index + m[0].length, m[2]);
  // Capitalised runs (joined by "of", "for", "and", "the") that contain an organisation head word:
  // "U.S. Department of Health and Human Services", "United Nations High Commission for Refugees".
  // Dotted initials are one word: "U.S.", and "F.C." ending "Stirling University F.C." (round 79).
  // "Harvard–Smithsonian Center for Astrophysics": an en dash joins two names into one (round 93).
  const runs = [...text.matchAll(/(?:(?:\p{Lu}\.){2,}|[\p{Lu}][\p{L}’'\-]*(?:–\p{Lu}[\p{L}’'\-]*)?)(?: (?:(?:of|for|and|the|on|in|&) )*(?:(?:\p{Lu}\.){2,}|[\p{Lu}][\p{L}’'\-]*(?:–\p{Lu}[\p{L}’'\-]*)?))*/gu)].map((m) => ({ text: m[0], index: m.index }));
  const isHead = (w: string) => ORG_HEAD_WORDS.has(w.toLowerCase().replace(/[’']s$/, ''));
  for (let r = 0; r < runs.length; r++) {
    const m = runs[r]!;
    const run = outsidePeople(m.text, m.index, people);
    if (!run) continue;
    let words = withinIn(run.text.split(' '));
    // Trailing connectors never end a name.
    while (words.length && /^(?:of|for|and|the|on|&)$/.test(words[words.length - 1]!)) words = words.slice(0, -1);
    // "the CNN Center and the Georgia Dome" is two names: keep the first that has a head word.
    const joint = words.findIndex((w, i) => w === 'and' && words[i + 1] === 'the');
    if (joint > 0) words = words.slice(0, joint);
    // "the Pakistani Supreme Court and Peshawar High Court": two bodies, each read on its own.
    // So is "Benchmark Capital and Redpoint Ventures", two firms, and "the Massachusetts Institute of
    // Technology and Colorado State University". But the first must end at its head word or its
    // "of …": "House Oversight and Reform Committee" is one (round 92).
    const firmEnd = (w: string | undefined) => w !== undefined && FIRM_ENDS.has(w.toLowerCase().replace(/[’']s$/, ''));
    const pair = words.findIndex((w, i) => w === 'and' && (isHead(words[i - 1]!) || firmEnd(words[i - 1]) || /^(?:of|for)$/.test(words[words.slice(0, i).findLastIndex(isHead) + 1] ?? '')) && (words.slice(i + 1).some(isHead) || firmEnd(words.at(-1))) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
    if (pair > 0) {
      const second = words.slice(pair + 1).join(' ');
      runs.push({ text: second, index: run.start + run.text.lastIndexOf(second) });
      words = words.slice(0, pair);
    }
    words = withoutTitles(words);
    const headWord = (w: string, i: number) => isHead(w) || (i === words.length - 1 && firmEnd(w));
    const headAt = words.findIndex(headWord);
    if (headAt < 0) continue;
    // "the Northern Affairs Committee Taher Tawfiq al-Ani": a name after the last head word, with
    // no comma between, is a person's (round 68).
    const lastHead = words.findLastIndex(headWord);
    const tail = words.slice(lastHead + 1);
    if (tail.length >= 2 && tail.every((w) => /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(w) && !ORG_HEAD_WORDS.has(w.toLowerCase()))) words = words.slice(0, lastHead + 1);
    // Drop a leading possessive place, sentence-initial words and a person's name in front.
    let from = 0;
    // "the most senior Democrat on the Oversight and Reform Committee": a member is no part of the body (round 92).
    if (headAt > 2 && /^(?:Democrats?|Republicans?)$/.test(words[0]!) && /^(?:on|of)$/.test(words[1]!)) from = 2;
    while (from < headAt && (/[’']s$/.test(words[from]!) || /^(?:The|the|A|An|In|At|On|By|From|During|After|Before|While|With|For|And|Of|Remarked|Said|Added|Noted|Tonight|Today|Yesterday|Tomorrow|Now|Here|There|Then|Last|This|Next|When|Since|Until|As|If|Although|Though|Because|Where|Once|Unless|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(words[from]!))) from++;
    // A possessive at the end belongs to the sentence, not the name.
    const name = words.slice(from).join(' ').replace(/[’']s$/, '');
    if (name.split(' ').length < 2) continue;
    const start = run.start + run.text.indexOf(words[from]!);
    add(name, start, start + name.length);
  }
  // A body named after its kind: "localist party Youngspiration", "state-run broadcaster Radio Mogadishu".
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])(?:${BODY_KINDS.join('|')})\s+(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)*)`, 'gu'))) {
    const name = m[1]!.replace(/[’']s$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    // "docked to the station March 5": a date is no name.
    if (!placeType(name) && !CALENDAR_WORDS.has(name.split(' ')[0]!.toLowerCase())) add(name, start, start + name.length);
  }
  // A body its appositive says it is: "Show Racism the Red Card, a charity advocating …" (round 79).
  for (const m of text.matchAll(KIND_APPOSITIVE)) {
    const name = m[1]!.replace(/^(?:The|A|An|In|On|At|By|From|For|With)\s+/, '');
    const start = m.index + m[1]!.length - name.length;
    if (name.includes(' ') && !placeType(name) && !inPerson(people, start, start + name.length)) add(name, start, start + name.length);
  }
  // An owner or operator: "The plane belonged to Africa One, but had been leased to Manilla Airlift" (round 64).
  for (const m of text.matchAll(/\b(?:belonged\s+to|belongs\s+to|owned\s+by|operated\s+by|leased\s+(?:to|from|by)|chartered\s+by|run\s+by|a\s+subsidiary\s+of)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?=[\s,.;]|$)/gu)) {
    const name = m[1]!.replace(/[’']s$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    if (!placeType(name) && !CALENDAR_WORDS.has(name.split(' ')[0]!.toLowerCase())) add(name, start, start + name.length);
  }
  // Bare names and acronyms from the bank ("NASA", "the Kremlin", "the UN").
  for (const { form, re } of BANK_FORMS) {
    const m = re.exec(text);
    if (m) add(form, m.index, m.index + form.length);
  }
  for (const m of parse(text).organizations().json({ offset: true }) as { text: string; offset: { start: number } }[]) {
    // "On Twitter": a preposition opening a sentence is no part of a name.
    const name = m.text.replace(/[’']s\b.*$/, '').replace(/[.,;:"”’]+$/, '').replace(/^(?:On|In|At|By|From|For|With|Via)\s+/, '').trim();
    // "AT&T, Verizon, Comcast and other broadband providers": a list of firms, not one (round 98).
    if (/,\s/.test(name)) continue;
    // "United Nations Children" of "United Nations Children's Fund" is a fragment.
    if (/^[’']s\s+\p{Lu}/u.test(text.slice(m.offset.start + name.length, m.offset.start + name.length + 4))) continue;
    // "Somalia Water and Land Information Management": a name without a head word right after a
    // capitalised "… and" is the end of a longer name cut at its "and" (round 75).
    if (!name.split(/\s+/).some((w) => ORG_HEAD_WORDS.has(w.toLowerCase())) && /\p{Lu}[\p{L}-]*\s+(?:and|&)\s+$/u.test(text.slice(Math.max(0, m.offset.start - 30), m.offset.start))) continue;
    // "Jammu & Kashmir": two places joined are a place, not a body.
    const joinedPlaces = name.split(/\s+(?:&|and)\s+/).length > 1 && name.split(/\s+(?:&|and)\s+/).some((part) => placeType(part));
    // "a Polish Ryanair pilot": the nationality is the pilot's, and the body is "Ryanair".
    const [first, ...rest] = name.split(/\s+/);
    if (rest.length === 1 && DEMONYM_SET.has(first!.toLowerCase()) && !ORG_HEAD_WORDS.has(rest[0]!.toLowerCase()) && !placeType(rest[0]!)) {
      const start = m.offset.start + first!.length + 1;
      add(rest[0]!, start, start + rest[0]!.length);
      continue;
    }
    if (name.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(name) && !/[()]/.test(name) && !placeType(name) && !joinedPlaces && !text.slice(m.offset.start, m.offset.start + name.length).includes('\n')) add(name, m.offset.start, m.offset.start + name.length);
  }
  // Drop fragments of longer names ("Human Services" of "Department of Health and Human Services")
  // unless they also stand on their own somewhere.
  // Not a partial name ("App Development" of "App Development Challenge", "U.S. Department" of
  // "U.S. Department of State") nor a span that is no name ("Earth systems", "NASA Wallops’ YouTube").
  const bankNames = new Set(KNOWN_ORGANISATIONS.flatMap((o) => [o.name, ...o.aliases]));
  for (const [k, o] of found) {
    if (bankNames.has(o.name)) continue;
    const occurrences = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(o.name)}(?![\\p{L}])`, 'gu'))];
    // "Benchmark Capital and Redpoint Ventures": a body listed before another is whole.
    const beforeAnother = (end: number) => {
      const rest = /^\s+and\s+/.exec(text.slice(end, end + 6));
      return rest !== null && [...found.values()].some((x) => x !== o && text.startsWith(x.name, end + rest[0].length));
    };
    const partial = occurrences.length > 0 && occurrences.every((m) => partOfLongerName(text, m.index + o.name.length) && !beforeAnother(m.index + o.name.length));
    if (partial || !wellFormedOrganisation(o.name)) found.delete(k);
  }
  // "The website WikiLeaks.org …", then "Wikileaks is a website …": a one-word name written with
  // other capitals elsewhere is the same body (round 100's article gave no draft without it).
  for (const o of found.values()) {
    if (o.name.includes(' ')) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(o.name)}(?![\\p{L}])`, 'giu'))) {
      if (m[0] !== o.name && /^\p{Lu}/u.test(m[0]) && !o.aliases.includes(m[0])) o.aliases.push(m[0]);
    }
  }
  // "Cambridge University have defeated Oxford University …", then "Oxford won the toss": a
  // university or college named after its town is called by the town alone, unless the story also
  // speaks of the town as a place ("in Oxford"); without the alias the typed answer refused the
  // article's own form (round 101's two wrong keys).
  for (const o of found.values()) {
    const town = /^(\p{Lu}\p{Ll}+)\s+(?:University|College)$/u.exec(o.name)?.[1];
    if (!town || o.aliases.includes(town) || [...found.values()].some((x) => x !== o && [x.name, ...x.aliases].includes(town))) continue;
    const bare = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(town)}(?![\\p{L}]|\\s+(?:University|College))`, 'gu'))];
    if (bare.length > 0 && !bare.some((m) => /\b(?:in|at|near|outside|around)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)))) o.aliases.push(town);
  }
  // "Lloyds TSB Bank plc (Lloyds)": the short form a release defines in brackets after the name
  // (and its company suffix) is the body again, never a person (round 149's wrong key).
  for (const o of found.values()) {
    const short = new RegExp(`(?<![\\p{L}])${escapeRegExp(o.name)}(?:\\s+(?:plc|PLC|Plc|Inc\\.?|Ltd\\.?|LLC|Corp\\.?|AG|SA|NV|Co\\.))?,?\\s+\\((\\p{Lu}[\\p{L}&’'-]*(?:\\s+\\p{Lu}[\\p{L}&’'-]*){0,2})\\)`, 'u').exec(text)?.[1];
    if (short && short !== o.name && o.name.startsWith(short.split(' ')[0]!) && !o.aliases.includes(short)) o.aliases.push(short);
  }
  const all = [...found.values()];
  const forms = (o: OrganisationFact) => [o.name, ...o.aliases];
  return all
    .filter((o) => {
      // "General Motor's chief executive" beside "General Motors": the possessive written over the
      // name's last letter leaves no second body (round 111).
      if (all.some((other) => other !== o && forms(other).includes(`${o.name}s`))) return false;
      const longer = all.filter((other) => other !== o && forms(other).some((f) => f.length > o.name.length && f.includes(o.name)));
      if (longer.length === 0) return true;
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(o.name)}(?![\\p{L}])`, 'gu');
      return [...text.matchAll(re)].some((m) => !longer.some((other) => forms(other).some((f) => f.length > o.name.length && text.slice(Math.max(0, m.index - f.length), m.index + f.length).includes(f))));
    })
    .sort((a, b) => a.evidence.start - b.evidence.start);
}
