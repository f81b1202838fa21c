// Blanks that general knowledge fills: a person named right beside a country's top office
// ("Libyan leader _____", "the mayor of London, _____,", "_____, US Secretary of State,") is known
// to anyone who follows the news, so a cloze on that mention tests nothing the article taught.
import type { PersonFact } from '../types';
import { sideIn, sidesIn } from './affiliation';

// A country's one holder of an office: the head of state or government, the Pope, the UN's head.
const HEADS = ['President', 'Prime Minister', 'Premier', 'Chancellor', 'Taoiseach', 'Pope', 'King', 'Queen', 'Crown Prince', 'Emperor', 'Empress', 'Supreme Leader', 'First Minister', 'Secretary-General', 'Secretary General'];
const TOP_OFFICE = new RegExp(String.raw`\b(?:${HEADS.join('|')})\b`, 'i');
// Words that make an office someone else's than the country's one holder: a deputy, a former
// holder; beside a blank, a party's or a club's leader too.
const NOT_THE_HOLDER = 'vice|deputy|former|acting|assistant|associate|ex';
const DEPUTY = new RegExp(String.raw`\b(?:${NOT_THE_HOLDER})\b`, 'i');
const LESSER = new RegExp(String.raw`\b(?:${NOT_THE_HOLDER}|opposition|party|rebel|militia|student|union|team|group)\b`, 'i');

/**
 * Whether a person holds a country's top office ("UK Prime Minister", "president of Egypt", the
 * Pope) and the sentence names that office right beside the blank.
 */
export function famousOfficeBeside(p: PersonFact, before: string, after: string): boolean {
  return p.roles.some((full) => {
    const role = full.split('; ')[0]!;
    if (!TOP_OFFICE.test(role) || DEPUTY.test(role)) return false;
    if (!/\bpope\b/i.test(role) && !sideIn(role)) return false;
    const tail = role.split(/\s+/).slice(-2).join(' ').toLowerCase();
    return before.slice(-60).toLowerCase().includes(tail) || /^,\s/.test(after) && after.slice(0, 60).toLowerCase().includes(tail);
  });
}

// The office as the sentence words it, whatever roles the person was given: rounds 41 to 44 failed
// "First Minister of Scotland _____", "U.S. Secretary of State _____", "Libyan leader _____",
// "the nation's current president _____" and "a state visit to Queen _____", which the person's
// extracted roles did not show.
// Beside a blank, the US Secretary of State, a country's leader and a capital's mayor are as famous.
// A territory's Chief Executive counts as its head ("Chief Executive of Hong Kong _____", round 91),
// and the head of a world body as a country's ("NATO Secretary-General _____", "WHO director-general
// _____", round 90).
// So is NASA's Administrator in a NASA release ("said NASA Administrator _____", failed in five of six
// stored verdicts, rounds 119 to 128).
const OFFICE = `(?:${[...HEADS, 'Secretary of State', 'leader', 'Mayor', 'Chief Executive', 'Director-General', 'Director General', 'Administrator'].join('|')})`;
const WORLD_BODY = /\b(?:NATO|UN|U\.N\.|United Nations|WHO|World Health Organi[sz]ation|EU|European Union|European Commission|IMF|International Monetary Fund|World Bank|IOC|FIFA|Interpol|OPEC|African Union)\b/;
const PLACE = String.raw`(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}`;
const QUALIFIER = String.raw`(?:[\p{L}.'’-]+\s+){0,3}`;
const OFFICE_BEFORE = new RegExp(String.raw`(?:^|[\s(,])(${QUALIFIER})(${OFFICE})(?:\s+of\s+(${PLACE}))?,?\s*$`, 'iu');
const OFFICE_AFTER = new RegExp(String.raw`^,\s+(${QUALIFIER})(${OFFICE})(?:\s+of\s+(${PLACE}))?(?=[,.;]|\s+(?:said|says|told|stated|added)\b)`, 'iu');
// Offices so singular that the country around them is enough: the Queen of a story about Britain.
// ("Then Secretary of State _____ claimed in June 2003 …": round 125.)
const SOLE = /^(?:pope|queen|king|crown prince|emperor|empress|president|prime minister|chancellor|supreme leader|secretary of state)$/i;
// What may stand right before a bare office and keep it the country's one holder: "outgoing
// President _____", "a state visit to Queen _____"; not "club president _____".
// A conjunction leaves it bare too: "… because President _____ and the previous Congress …" (round 89).
const BARE_BEFORE = /^(?:|the|then|current|outgoing|incumbent|sitting|late|to|by|with|and|of|for|from|as|that|when|while|met|meets|visited|visit|including|under|alongside|beside|after|before|since|until|because|but|so|although|though|if|whether|where|said|says|told|is|was)$/i;
// A party before the office keeps it the country's one holder: "Republican President _____" (round 92).
const PARTY = /^(?:republican|democratic|democrat)$/i;

// "_____ is set to be re-elected as prime minister of Israel": the office the blank takes (round 79).
const OFFICE_TAKEN = new RegExp(String.raw`^\s+(?:(?:is|was|has\s+been|will\s+be|had\s+been)\s+)?(?:set\s+to\s+be\s+|expected\s+to\s+be\s+)?(?:re-?elected|elected|sworn\s+in|appointed|named|re-?appointed|remains?|became|becomes)\s+(?:as\s+)?(?:the\s+)?(${QUALIFIER})(${OFFICE})\s+of\s+(${PLACE})`, 'iu');

// Offices of one holder that name no country but need none: "the Speaker of the House of
// Representatives" (round 92's Pelosi, as round 89's).
// So are the leaders of the two US chambers' parties ("House Minority Leader _____", round 98).
const NATIONAL_OFFICE = String.raw`(?:Speaker\s+of\s+the\s+House(?:\s+of\s+(?:Representatives|Commons))?|House\s+Speaker|(?:House|Senate)\s+(?:Majority|Minority)\s+Leader)`;
// A bare "Speaker _____" after "incumbent", "outgoing" or at a sentence's start is the chamber's one
// holder too ("Incumbent Speaker _____ was re-elected", round 103); not "keynote speaker".
const NATIONAL_BEFORE = new RegExp(String.raw`\b${NATIONAL_OFFICE},?\s*$|(?:^|\b(?:incumbent|outgoing|current)\s+)Speaker\s+(?:(?:Republican|Democrat|Democratic|Conservative|Labour)\s+)?$`, 'iu');
const NATIONAL_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?${NATIONAL_OFFICE}\b`, 'i');

export function famousOfficeNamed(before: string, after: string, sentence: string): boolean {
  if (NATIONAL_BEFORE.test(before) || NATIONAL_AFTER.test(after)) return true;
  const taken = OFFICE_TAKEN.exec(after.slice(0, 100));
  if (taken && !LESSER.test(taken[1]!) && TOP_OFFICE.test(taken[2]!) && sideIn(taken[3]!)) return true;
  const m = OFFICE_BEFORE.exec(before.slice(-80)) ?? OFFICE_AFTER.exec(after.slice(0, 80));
  if (!m) return false;
  const qualifier = m[1]!.trim();
  const office = m[2]!;
  const of = m[3] ?? '';
  if (LESSER.test(qualifier)) return false;
  if (/^administrator$/i.test(office)) return /\bNASA$/.test(qualifier);
  if (WORLD_BODY.test(qualifier) && !/^(?:leader|mayor|chief executive)$/i.test(office)) return true;
  // Only a capital's mayor is famous ("mayor of London"), not a town's.
  if (/^mayor$/i.test(office)) return sideIn(of) !== null && sideIn(of) !== of;
  // A country's office, the country named beside it: "Libyan leader", "President of Egypt",
  // "Afghanistan's outgoing President", "the nation's current president".
  if (sideIn(qualifier) || (of && sideIn(of))) return true;
  if (/^leader$/i.test(office)) return false;
  if (/\b(?:nation|country)['’]s\b/i.test(qualifier)) return true;
  // A bare "Queen _____" or "outgoing President _____": the office of the country the sentence
  // names, or, with no country named, of the story's own ("President _____ has declared three days
  // of national mourning" in a story about Brazil, round 58; "the personal residence of President
  // _____" in one about New York, round 71).
  // A verb before the office leaves it bare too ("…, causing president _____ to fire his minister", round 64).
  const last = qualifier.split(/\s+/).at(-1) ?? '';
  // (A bare "Secretary of State" is the American one, whatever country the sentence names.)
  return SOLE.test(office) && (BARE_BEFORE.test(last) || PARTY.test(last) || /^\p{Ll}+(?:ing|ed)$/u.test(last)) && (sidesIn(sentence).size > 0 || /^secretary of state$/i.test(office) || (!of && (qualifier === '' || last === 'of' || PARTY.test(last))));
}
