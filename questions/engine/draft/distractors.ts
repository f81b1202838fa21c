// Choosing wrong options a student could believe: of the answer's own fine type (a country for a
// country, a US state for a state, a government body for a government body), taken from the
// article first, and ordered by how plausible they are (same role, same side, same gender).
import { DEMONYM_SET, placeClass, placeType, type PlaceClass } from '../lexicon/gazetteer';
import { TITLE_WORDS } from '../lexicon/titles';
import { NEWS_OUTLETS } from '../lexicon/organisations';
import { genderInArticle } from '../extract/gender';
import { roleGender, type Gender } from '../lexicon/gender';
import { domainsMatch, roleDomain } from '../lexicon/role-domains';
import type { PersonFact } from '../types';
import { distance } from '../../text-distance';
import { mainActors, personSide, placeSide, topPlace } from './affiliation';
import { hash, type DraftContext } from './draft';

const genderCache = new WeakMap<PersonFact, Gender | null>();

/** A person's gender as the article shows it (see `genderInArticle`), once per person. */
export function personGender(ctx: DraftContext, p: PersonFact): Gender | null {
  if (!genderCache.has(p)) genderCache.set(p, genderInArticle(ctx, p));
  return genderCache.get(p)!;
}

const TITLE_BEFORE_NAME = /^(?:Pope|King|Queen|Prince|Princess|Sheikh|Emperor|Empress|Sultan|Emir|Lord|Lady|Sir|Dame|Cardinal|Archbishop|Bishop|Colonel|General|Captain|Admiral|Sergeant|Lieutenant|Major)$/;

/**
 * How a person is named in an option or a statement: a one-word name with a title the article
 * gives them reads with the title ("Pope Francis", not "Francis").
 */
export function displayName(p: PersonFact): string {
  if (p.name.includes(' ')) return p.name;
  const title = p.roles.map((r) => r.split('; ')[0]!).find((r) => TITLE_BEFORE_NAME.test(r));
  return title ? `${title} ${p.name}` : p.name;
}

/** Words of a role that say what the person does ("minister", "astronaut"), not whose. */
const ROLE_HEADS = /\b(president|minister|secretary|spokes(?:person|man|woman)|adviser|advisor|ambassador|envoy|administrator|director|governor|mayor|senator|representative|congress(?:man|woman)|professor|astronaut|cosmonaut|leader|queen|king|prince|princess|lady|chancellor|judge|general|commander|officer|official|scientist|researcher|teacher|student|chief|head|chair(?:man|woman|person)?|ceo|coach|player|lawmaker|analyst|economist|engineer|author|monarch)\b/gi;

export function roleHeads(role: string): Set<string> {
  // The head comes before any "to …", "of …", "at …": an "adviser to Russian President Putin" is an adviser.
  const core = role.split(/\s+(?:to|of|at|for|in|with|from|on)\s+/i)[0]!;
  return new Set([...core.matchAll(ROLE_HEADS)].map((m) => m[1]!.toLowerCase().replace(/^spokes\w+$/, 'spokes').replace(/^advisor$/, 'adviser')));
}

function firstRole(p: PersonFact): string | null {
  return p.roles.map((r) => r.split('; ')[0]!)[0] ?? null;
}

const speakerCache = new WeakMap<DraftContext, Set<string | null>>();

/** Who the article's quotations are attributed to (person ids). */
export function speakersOf(ctx: DraftContext): Set<string | null> {
  let speakers = speakerCache.get(ctx);
  if (!speakers) speakerCache.set(ctx, (speakers = new Set(ctx.quotes.map((q) => q.speakerId))));
  return speakers;
}

/**
 * Someone the story gives a role or words of their own: a plausible holder of a role or speaker of
 * a quotation. A name mentioned in passing (a historical figure) is neither.
 */
export function hasRoleOrVoice(ctx: DraftContext, p: PersonFact): boolean {
  return p.roles.length > 0 || speakersOf(ctx).has(p.id);
}

/**
 * Other people of the article as wrong options for `answer`, most plausible first: same kind of
 * role, same side, people who speak in the article. Nobody of the other gender when the role is
 * one only a man or only a woman holds ("Queen", "spokesman"); less likely for any other role.
 * With `sameSide`, a person of known side ("U.S. State Department spokesperson") gets only people
 * of that side, so that nationality never gives the answer away, and a minor figure never gets the
 * story's main actors (Putin as a spokesperson) as options. It also keeps out people of another
 * sphere (the Pope, a victim's father for a referendum officer) and, for someone of no stated side,
 * foreigners to the story's own country (the Canadian Prime Minister in an Irish referendum).
 */
/**
 * The bodies a role names ("al-Qaeda sympathizer" → al-Qaeda, "CIA Director" → CIA): the article's
 * organisations, initials and "al-" names in it.
 */
function affiliations(ctx: DraftContext, role: string | null): Set<string> {
  const out = new Set<string>();
  if (!role) return out;
  for (const o of ctx.organisations) if ([o.name, ...o.aliases].some((f) => role.includes(f))) out.add(o.name);
  for (const w of role.match(/\bal-\p{Lu}[\p{L}-]*|\b\p{Lu}{2,}\b/gu) ?? []) if (!placeType(w) && !TITLE_WORDS.has(w.toLowerCase()) && !DEMONYM_SET.has(w.toLowerCase())) out.add(w);
  return out;
}

export function plausiblePeople(ctx: DraftContext, answer: PersonFact, pool: PersonFact[], key: string, role: string | null = firstRole(answer), sameSide: boolean | 'side' = false): PersonFact[] {
  const gender = personGender(ctx, answer) ?? (role ? roleGender(role) : null);
  const gendered = role ? roleGender(role) !== null : false;
  const heads = role ? roleHeads(role) : new Set<string>();
  const side = personSide(ctx, answer);
  const main = mainActors(ctx);
  const speakers = speakersOf(ctx);
  const domain = role ? roleDomain(role) : null;
  const home = side ?? storySide(ctx);
  const scored: { p: PersonFact; score: number }[] = [];
  const makeBelieve = fictional(ctx, answer);
  const ours = affiliations(ctx, role);
  // "Also killed was _____": the other dead, not the officials who spoke after.
  const dead = reportedDead(ctx, answer);
  for (const p of pool) {
    if (p === answer) continue;
    // A cartoon dog or a coffee mascot is no option for a cartoonist, nor a real person for a mascot.
    if (fictional(ctx, p) !== makeBelieve) continue;
    if (dead && !reportedDead(ctx, p)) continue;
    const g = personGender(ctx, p);
    const conflict = gender && g && g !== gender;
    if (conflict && gendered) continue;
    const theirSide = personSide(ctx, p);
    // A quotation's speaker ('side') is kept only from people known to be of another country.
    if (sameSide === 'side' && side && theirSide && theirSide !== side) continue;
    if (sameSide === true && side && theirSide !== side) continue;
    if (sameSide === true && main.has(p.id) && !main.has(answer.id)) continue;
    const r = firstRole(p);
    // "who is the al-Qaeda sympathizer?": the CIA Director, of another body the role names, comes last.
    const theirs = affiliations(ctx, r);
    const otherBody = ours.size > 0 && theirs.size > 0 && ![...ours].some((a) => theirs.has(a));
    const theirDomain = r ? roleDomain(r) : null;
    const stranger = domain !== null && theirDomain !== null && !domainsMatch(domain, theirDomain);
    // ('side' keeps to the answer's side but not its sphere: a quotation's speaker is less bound by role.)
    if (sameSide === true && (stranger || (!side && home && theirSide && theirSide !== home))) continue;
    // A head of state or government is no believable analyst or professor (round 20).
    if (sameSide === true && domain === 'expert' && r && /\b(?:president|prime minister|premier|secretary of state|king|queen|chancellor)\b/i.test(r) && !/\b(?:vice|former|university|college)\b/i.test(r)) continue;
    let score = 0;
    if (r) score += 1;
    if (stranger) score -= 2;
    if (r && [...roleHeads(r)].some((h) => heads.has(h))) score += 2;
    if (side && theirSide === side) score += 1.5;
    else if (side && theirSide) score -= 1;
    if (speakers.has(p.id)) score += 0.3;
    score += Math.min(p.mentions.length, 5) * 0.1;
    if (conflict) score -= 1.5;
    if (otherBody) score -= 1.5;
    // A name the student sees only once, with no role, is a weak option.
    if (!r && p.mentions.length < 2) score -= 0.5;
    scored.push({ p, score: score + (hash(`${key}:${p.id}`) % 100) / 1000 });
  }
  return scored.sort((a, b) => b.score - a.score).map((x) => x.p);
}

const KIND_OF_CHARACTER = String.raw`(?:fictional|cartoon|comic|animated|advertising)?\s*(?:character|mascot|spokes-?character|puppet|cartoon)s?`;
const CHARACTER_ROLE = new RegExp(String.raw`\b${KIND_OF_CHARACTER}\b`, 'i');
const CHARACTER_BEFORE = new RegExp(String.raw`\b${KIND_OF_CHARACTER}\s+(?:(?:named|called)\s+)?["“]?$`, 'i');
const CHARACTER_AFTER = new RegExp(String.raw`^["”]?,\s+(?:an?|the)\s+[^,.;]{0,50}?${KIND_OF_CHARACTER}\b`, 'i');
const fictionCache = new WeakMap<PersonFact, boolean>();

/**
 * Whether the article presents the person as made up: "fictional character Juan Valdez", "a dog
 * character named “Ralph”", "Reddy Kilowatt, an electricity generation spokescharacter".
 */
export function fictional(ctx: DraftContext, p: PersonFact): boolean {
  let made = fictionCache.get(p);
  if (made === undefined) {
    made = p.roles.some((r) => CHARACTER_ROLE.test(r)) || p.mentions.some((m) => CHARACTER_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 60), m.start)) || CHARACTER_AFTER.test(ctx.text.slice(m.end, m.end + 80)));
    fictionCache.set(p, made);
  }
  return made;
}

/** The country the story happens in (its most-named place's country), or null. */
function storySide(ctx: DraftContext): string | null {
  const top = topPlace(ctx);
  return top ? placeSide(top) : null;
}

/** The fine class of a place of the article (`other` for places the gazetteer does not know). */
export function articlePlaceClass(name: string): PlaceClass | 'other' {
  return placeClass(name) ?? 'other';
}

/** Classes that may stand in for each other: a town the gazetteer does not know is like a city. */
export function placeClassesMatch(a: PlaceClass | 'other', b: PlaceClass | 'other'): boolean {
  if (a === b) return true;
  const townish = new Set(['city', 'other']);
  return townish.has(a) && townish.has(b);
}

export type OrgClass = 'education' | 'media' | 'government' | 'facility' | 'company' | 'international' | 'other';

/** What kind of body an organisation is, from its head word or the bank. */
export function orgClass(name: string): OrgClass {
  const n = name.toLowerCase();
  if (NEWS_OUTLETS.has(name) || /\b(?:tv|television|radio|channel|youtube|news|times|post|journal|press|network|broadcast\w*)\b/.test(n)) return 'media';
  if (/\b(?:university|college|school|academy)\b/.test(n)) return 'education';
  if (/\b(?:united nations|nato|european union|world health|world bank|monetary fund|security council|red cross|amnesty|human rights watch|opec|greenpeace|commission for refugees)\b/.test(n) || /^(?:UN|U\.N\.|EU|WHO|IMF|ICRC)$/.test(name)) return 'international';
  if (/\b(?:center|centre|laboratory|lab|station|facility|base|museum|hospital|observatory|institute)\b/.test(n)) return 'facility';
  if (/\b(?:company|corporation|corp|inc|ltd|group|spacex|airlines?|motors)\b/.test(n)) return 'company';
  if (/\b(?:department|ministry|agency|administration|office|bureau|council|committee|commission|government|parliament|congress|senate|assembly|house|kremlin|pentagon|court|army|navy|police|forces|nasa|roscosmos|cdc|fbi|cia|nih)\b/.test(n) || /^(?:NASA|ESA|JAXA|CNES|CSA|HHS|FBI|CIA|CDC|NIH)$/.test(name)) return 'government';
  return 'other';
}

/** Two names for one thing ("NASA TV" and "NASA Television"), or one inside the other. */
export function nearDuplicate(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\btv\b/g, 'television').replace(/[’']s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  const x = norm(a);
  const y = norm(b);
  if (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `) || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)) return true;
  // "Teheran University" / "University of Tehran": the same words in another order, one spelled a letter apart.
  const words = (s: string) => s.split(' ').filter((w) => w !== 'of' && w !== 'the').sort();
  const [u, v] = [words(x), words(y)];
  return u.length > 1 && u.length === v.length && u.every((w, i) => distance(w, v[i]!, 1) <= 1);
}

const DEATH = String.raw`(?:killed|died|dead|murdered|slain|shot dead|found dead|drowned|buried|fatally\s+\p{L}+)`;

/**
 * Whether the article says a person died ("Among the dead was local pastor John Miller", "Miller,
 * 64, was killed when …", "killing John Miller"): such a person cannot be the speaker of a quotation
 * given afterwards, so they are no option for "who said it".
 */
export function reportedDead(ctx: DraftContext, p: PersonFact): boolean {
  return p.mentions.some((m) => {
    const s = ctx.sentences[m.sentenceIndex];
    if (!s) return false;
    const before = ctx.text.slice(s.start, m.start);
    const after = ctx.text.slice(m.end, s.end);
    // Name, an origin and appositives ("of Columbia, 64, a local pastor,"), then "was killed",
    // "was among those killed", "died".
    const clause = after.replace(/^\s+of\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/u, '').replace(/^(?:,[^,;]{1,80}){0,2},/u, '');
    if (new RegExp(String.raw`^\s*(?:who\s+)?(?:(?:was|were|had\s+been|has\s+been|is|are)\s+(?:\p{L}+\s+){0,3}${DEATH}|died)\b`, 'u').test(clause)) return true;
    // "John Garang, leader of the rebellion who died several months after …" (round 69).
    if (/^,[^,;.]{0,80}\bwho\s+(?:died|was\s+killed|was\s+assassinated)\b/u.test(after)) return true;
    // "Among the dead was …", "the victims included …", "killing …", "the late …", "the death of …".
    return new RegExp(String.raw`(?:\b(?:the\s+)?(?:dead|victims?|deceased|fatalities)\s+(?:was|were|is|are|included?|includes|named\s+as)\b[^.;]{0,40}|\bkill(?:ed|ing)\s+|\bthe\s+late\s+|\b(?:death|body|funeral|killing|murder|mausoleum|grave|tomb)\s+of\s+)(?:[\p{L}.’'-]+\s+){0,4}$`, 'u').test(before);
  });
}

/** A body and the titles of its members: a "Senate Majority Leader" is a senator too. */
const MEMBERS_OF: [RegExp, RegExp][] = [
  [/\bsenate\b/i, /\b(?:senator|lawmaker|legislator)\b/i],
  [/\b(?:congress|house)\b/i, /\b(?:representative|congress(?:man|woman)|lawmaker|legislator)\b/i],
  [/\bparliament\b/i, /\b(?:mp|parliamentarian|lawmaker|legislator)\b/i],
  [/\bassembly\b/i, /\b(?:assembly(?:man|woman|member)|lawmaker|legislator)\b/i],
  [/\bcouncil\b/i, /\b(?:council(?:l?or|man|woman|member))\b/i],
];

/** Whether holding one role means holding the other as well, so both would be right answers. */
export function overlappingRoles(a: string, b: string): boolean {
  return founderAndHead(a, b) || founderAndHead(b, a) || fellowOf(a, b) || fellowOf(b, a) || qualifiedSameRole(a, b) || qualifiedSameRole(b, a) || MEMBERS_OF.some(([body, member]) => (body.test(a) && member.test(b)) || (body.test(b) && member.test(a))) || officialOf(a, b) || officialOf(b, a) || sameWork(a, b) || headOfAUnit(a, b) || headOfAUnit(b, a) || sameHeadInOtherWords(a, b);
}

/** "Fellow judge" beside "Britain's Got Talent judge": the same office of another holder (round 151's wrong keys). */
function fellowOf(a: string, b: string): boolean {
  const head = (r: string) => r.trim().split(/\s+/).at(-1)!.toLowerCase();
  return /^fellow\s+/i.test(a.trim()) && head(a) === head(b);
}

/**
 * "Founder" beside "Chief Executive", "Chairman" or "Owner": a firm's founder so often runs it that
 * both may be right (round 150's wrong key: Adam Air's founder was also its chief executive).
 */
function founderAndHead(a: string, b: string): boolean {
  return /\b(?:co-)?founders?\b/i.test(a) && /\b(?:chief\s+executive|ceo|chair(?:man|woman|person)?|president|owner|managing\s+director|boss)\b/i.test(b);
}

/**
 * "Intelligence chief" beside "Intelligence head" or "then-foreign intelligence head": one office in
 * other words, so both would be right (round 123's wrong keys).
 */
function sameHeadInOtherWords(a: string, b: string): boolean {
  const head = /\b(?:chief|boss|leader|head)$/i;
  if (!head.test(a) || !head.test(b) || a.split(/\s+/).at(-1)!.toLowerCase() === b.split(/\s+/).at(-1)!.toLowerCase()) return false;
  const body = (r: string) => r.toLowerCase().replace(head, '').replace(/^(?:then-|former\s+|the\s+)/, '').trim();
  const [x, y] = [body(a), body(b)];
  return x !== '' && y !== '' && (x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.endsWith(`-${y}`) || y.endsWith(`-${x}`));
}

const UNIT_WORDS = /^(?:center|centre|division|department|office|branch|program|programme|project|mission|laboratory|lab|site|facility|station|agency|bureau|field|plant|factory|school|campus|unit|club|team)$/i;
const RANK_WORDS = /^(?:deputy|associate|acting|assistant|executive|managing|vice|senior|chief|former|interim|co-|general|principal|technical|regional|head|lead)$/i;

/**
 * "Center Director" beside "Johnson Director": the head of a kind of unit is anyone heading one of
 * them by name, so both are right of the Johnson Space Center's director (round 119's wrong keys).
 */
function headOfAUnit(generic: string, specific: string): boolean {
  const g = generic.trim().split(/\s+/);
  const s = specific.trim().split(/\s+/);
  if (g.length !== 2 || s.length < 2 || !UNIT_WORDS.test(g[0]!) || g[1]!.toLowerCase() !== s.at(-1)!.toLowerCase()) return false;
  const modifiers = s.slice(0, -1);
  return modifiers.some((w) => /^\p{Lu}/u.test(w) && !UNIT_WORDS.test(w) && !RANK_WORDS.test(w));
}

/**
 * "Principal Investigator" beside "principal investigator with the Pacific Northwest National
 * Laboratory": the one role, once with where it is held (round 143's wrong key).
 */
function qualifiedSameRole(bare: string, qualified: string): boolean {
  const [x, y] = [bare.trim().toLowerCase(), qualified.trim().toLowerCase()];
  return y.startsWith(`${x} `) && /^(?:with|of|at|for|from|in|on)\s/.test(y.slice(x.length + 1));
}

/** Words for one trade: a "science writer" is an author too (round 109's Dawkins offered both). */
// (An actress is an actor, and a show's lead or star acts too: round 144's "who is the Actor?".)
const SAME_WORK = [/\b(?:writer|author|novelist)s?$/i, /\b(?:reporter|journalist|correspondent)s?$/i, /\b(?:lawyer|attorney|solicitor|barrister)s?$/i, /\b(?:doctor|physician)s?$/i, /\b(?:actor|actress|actresses|lead|star)s?$/i];

/** A bare "Lawyer" is any prosecutor or counsel too (round 138's "who is the Lawyer?" offered the prosecutor). */
const BARE_LAWYER = /^(?:lawyer|attorney|solicitor|barrister|counsel)$/i;
const LEGAL_ROLE = /\b(?:lawyer|attorney|solicitor|barrister|counsel|prosecutor|advocate)s?$/i;

function sameWork(a: string, b: string): boolean {
  return SAME_WORK.some((re) => re.test(a) && re.test(b)) || (BARE_LAWYER.test(a.trim()) && LEGAL_ROLE.test(b)) || (BARE_LAWYER.test(b.trim()) && LEGAL_ROLE.test(a));
}

/** The words of a role with a party's other names made one ("GOP" is "Republican"). */
function roleWords(role: string): string[] {
  return role.toLowerCase().replace(/\bgop\b/g, 'republican').replace(/\bdemocrat\b/g, 'democratic').split(/[\s'’]+/).filter((w) => w && !/^(?:the|of|a|an|s)$/.test(w));
}

/**
 * "State GOP official" beside "State Republican Chairperson": a generic official or member of a
 * body is anyone holding an office of it (round 100's wrong keys offered both).
 */
function officialOf(generic: string, specific: string): boolean {
  const words = roleWords(generic);
  if (!words.some((w) => /^(?:official|member)s?$/.test(w))) return false;
  // (Rank says nothing of which body: a "senior police official" is any police officer of rank, round 104.)
  const qualifiers = words.filter((w) => !/^(?:official|member)s?$/.test(w) && !/^(?:senior|top|high-ranking|junior|local|leading)$/.test(w));
  const theirs = new Set(roleWords(specific));
  return qualifiers.length > 0 && qualifiers.every((w) => theirs.has(w));
}
