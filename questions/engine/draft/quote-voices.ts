// Whom a quotation's own words rule out as its speaker. People speak of themselves in the first
// person: words that name someone's office, body or camp in the third person ("the only obstacle
// was the president", "these protestors are trying …", "this government tries to ban our rally")
// are not that office-holder's, that body's or that camp's, and offering them beside the speaker
// leaves a choice the words already made (rounds 44 to 62).
import type { PersonFact } from '../types';
import { personGender, roleHeads } from './distractors';
import { personSide, sideIn, sidesIn } from './affiliation';
import type { DraftContext } from './draft';

/** A pointing word before a noun: "the president", "these protestors", "our government". */
// Case is spelled out rather than flagged: the optional word between must be a capitalised one ("the Thai military").
const POINTER = String.raw`\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Yy]our|[Tt]heir|[Hh]is|[Hh]er)\s+(?:\p{Lu}[\p{L}-]*\s+)?`;
/** "our president" is someone else's office; "our government" is the speaker's own camp. */
const OWNER = String.raw`\b(?:[Oo]ur|[Mm]y)\s+(?:\p{Lu}[\p{L}-]*\s+)?`;

/** A lower-case word in either case of its first letter ("president", "President"). */
function eitherCase(word: string): string {
  return `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;
}

/** Camps a quotation can name as a group (the group's words, in lower case), and the roles that belong to each. */
const CAMP_WORDS: { group: string[]; member: RegExp }[] = [
  { group: ['government', 'authorities', 'administration', 'cabinet', 'ministry', 'regime'], member: /\b(?:minister|president|prime minister|premier|chancellor|secretary|governor|government)\b/i },
  { group: ['protesters?', 'protestors?', 'demonstrators?', 'activists?', 'campaigners?'], member: /\b(?:protest(?:e|o)r|demonstrator|activist|campaigner)\b/i },
  { group: ['police', 'policemen', 'officers'], member: /\b(?:police|constable|superintendent|detective|sheriff)\b/i },
  { group: ['junta', 'military', 'army'], member: /^(?:General|Colonel|Major|Captain|Lieutenant|Brigadier)\b|\b(?:junta|military|army|armed forces|colonel|brigadier|commander|soldier)\b/i },
];

// Built once: the checks run for every person of the article against every quotation.
const CAMPS = CAMP_WORDS.map(({ group, member }) => ({ member, named: new RegExp(`(?:${POINTER}|\\b\\p{Lu}[\\p{L}-]*\\s+)(?:${group.map(eitherCase).join('|')})\\b`, 'gu') }));
const officeCache = new Map<string, RegExp>();

/** "the president", "our president": an office named as someone else's. */
function officeNamed(head: string): RegExp {
  let re = officeCache.get(head);
  if (!re) officeCache.set(head, (re = new RegExp(`(?:${POINTER}|${OWNER})${eitherCase(head)}s?\\b`, 'u')));
  return re;
}

/** Every role a person holds, as plain text ("Colonel; government spokesman" is both). */
function rolesOf(p: PersonFact): string[] {
  return p.roles.flatMap((r) => r.split('; '));
}

/** Whether the words name `p`'s office in the third person ("the president" for a president). */
function namesOffice(said: string, p: PersonFact): boolean {
  const heads = new Set(rolesOf(p).flatMap((r) => [...roleHeads(r)]));
  return [...heads].some((h) => h !== 'head' && h !== 'chief' && officeNamed(h).test(said));
}

/**
 * Whether the words name a camp `p` belongs to in the third person. A camp named with a country
 * ("the Turkish government") rules out only that country's people.
 */
function namesCamp(ctx: DraftContext, said: string, p: PersonFact): boolean {
  const roles = rolesOf(p);
  for (const { member, named } of CAMPS) {
    if (!roles.some((r) => member.test(r))) continue;
    for (const m of said.matchAll(named)) {
      const countries = sidesIn(m[0]);
      if (countries.size === 0 || countries.has(personSide(ctx, p) ?? '')) return true;
    }
  }
  return false;
}

/**
 * Whether the words name `p`'s people as one of two sides ("between the two parties (Israelis and
 * Palestinians)", round 79): an outsider's words. One people alone is no sign ("all Americans are
 * treated as equal" is the US President's, "the voices of Kenyans" a mediator's or a Kenyan's).
 */
function namesPeople(ctx: DraftContext, said: string, p: PersonFact): boolean {
  const side = personSide(ctx, p);
  if (!side) return false;
  const pair = /(?<![\p{L}])(\p{Lu}\p{Ll}+)s\s+(?:and|or)\s+(\p{Lu}\p{Ll}+)s(?![\p{L}])/u.exec(said);
  if (!pair || /\b(?:we|us|our|my|fellow)\s+$/i.test(said.slice(Math.max(0, pair.index - 8), pair.index))) return false;
  const sides = [sideIn(pair[1]!), sideIn(pair[2]!)];
  return sides[0] !== null && sides[1] !== null && sides[0] !== sides[1] && sides.includes(side);
}

/**
 * Whether a quotation's words rule `p` out as its speaker: they speak of p's office or camp as of
 * others. A spokesperson does speak of their own body so ("the government will …"): the caller
 * trusts the rule only where it does not rule out the speaker too.
 */
export function wordsRuleOut(ctx: DraftContext, said: string, p: PersonFact): boolean {
  // A handle is a name too ("Thank you for your note @stephenfry" is not Fry's).
  const handles = (said.match(/@\w+/g) ?? []).map((h) => h.slice(1).toLowerCase());
  if (handles.some((h) => [p.name, ...p.aliases].some((n) => n.replace(/[^\p{L}]/gu, '').toLowerCase() === h))) return true;
  return namesOffice(said, p) || namesCamp(ctx, said, p) || namesPeople(ctx, said, p) || spouseOfSameGender(ctx, said, p);
}

/**
 * "my husband" is a wife's words, "my wife" a husband's: only someone the article shows to be of
 * the other gender may be offered (round 148 offered "my husband" to a professor of unknown gender).
 */
function spouseOfSameGender(ctx: DraftContext, said: string, p: PersonFact): boolean {
  const spouse = /\bmy\s+(?:late\s+)?(husband|wife)\b/i.exec(said)?.[1]?.toLowerCase();
  if (!spouse) return false;
  return personGender(ctx, p) !== (spouse === 'husband' ? 'female' : 'male');
}
