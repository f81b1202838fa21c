// Wrong places for a place blank: of the answer's own class (a US state for a state, a capital for
// a capital), never a place the sentence already names or one of the same country as a person or
// place of the sentence ("Putin’s visit to Moscow"), and never one of the story's main places
// (Ukraine as a country Russia "relies on", Pyongyang as the partner of "the nuclear-armed state").
import { neighbours, placeClass, US_STATES, type PlaceClass } from '../lexicon/gazetteer';
import type { PlaceFact } from '../types';
import { CAPITAL_OF, mainPlaces, personSide, placeSide } from './affiliation';
import { nearDuplicate, placeClassesMatch } from './distractors';
import { shuffleBy, type DraftContext } from './draft';
import { containsWord } from '../regexp';

/** A place's class as the article uses it: "Atlanta, Georgia" is the US state, not the country. */
export function factPlaceClass(p: PlaceFact): PlaceClass | 'other' {
  // "Nyanza Province", "Rift Valley Province": a province is no town, whatever the gazetteer knows.
  if (/\s(?:Province|State|Region|County|District|Prefecture|Oblast|Governorate|Territory)$/.test(p.name)) return 'subnational';
  if (p.placeType === 'region' && !US_STATES.includes(p.name) && placeClass(p.name) === 'country') return 'subnational';
  return placeClass(p.name) ?? 'other';
}

function sameNeighbourhood(p: PlaceFact): string[] {
  // Other US states only for a US state: the West Bank or Aceh is no state of Hawaii's kind.
  if (factPlaceClass(p) === 'subnational' && US_STATES.includes(p.name)) return US_STATES.filter((s) => s !== p.name);
  if (factPlaceClass(p) === 'city') {
    // A capital for a capital: Pyongyang → Beijing, Tokyo, Seoul.
    const side = placeSide(p.name);
    if (side && CAPITAL_OF[side] === p.name) return neighbours(side).map((c) => CAPITAL_OF[c]).filter((c): c is string => Boolean(c));
    return [];
  }
  return neighbours(p.name);
}

/** The countries a sentence is about: its places' and its people's. */
function sentenceSides(ctx: DraftContext, sentenceIndex: number): Set<string> {
  const text = ctx.sentences[sentenceIndex]!.text;
  const sides = new Set<string>();
  for (const p of ctx.places) if (text.includes(p.name)) sides.add(placeSide(p.name) ?? p.name);
  for (const p of ctx.people) {
    const side = personSide(ctx, p);
    if (side && p.mentions.some((m) => m.sentenceIndex === sentenceIndex)) sides.add(side);
  }
  return sides;
}

/**
 * Places that lie inside another place of the same class: countries of a union, and the boroughs of
 * a city that news copy names as places of their own ("a Manhattan hotel" for "a New York City
 * hotel" is no swap: round 148's wrong key).
 */
const NEW_YORK_BOROUGHS = ['Manhattan', 'Brooklyn', 'Queens', 'Bronx', 'the Bronx', 'Staten Island'];
const UNIONS: Record<string, string[]> = {
  'United Kingdom': ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain', 'Britain'],
  'Great Britain': ['England', 'Scotland', 'Wales'],
  Britain: ['England', 'Scotland', 'Wales'],
  'New York City': NEW_YORK_BOROUGHS,
  'New York': ['New York City', ...NEW_YORK_BOROUGHS],
};
const UNION_NAMES = [...new Set(Object.entries(UNIONS).flatMap(([k, v]) => [k, ...v]))];
// ("NY" for "New York City" names the same place again: round 149's wrong key.)
const ALSO_CALLED: Record<string, string> = { UK: 'United Kingdom', 'U.K.': 'United Kingdom', NY: 'New York', 'N.Y.': 'New York', NYC: 'New York City' };

/** Whether one place lies inside the other ("the United Kingdom" for Scotland would be right too). */
export function nestedPlaces(a: string, b: string): boolean {
  const x = ALSO_CALLED[a] ?? a;
  const y = ALSO_CALLED[b] ?? b;
  return Boolean(UNIONS[x]?.includes(y) || UNIONS[y]?.includes(x));
}

/** Countries with no coast: no option for "off the coast of _____" or a navy's home. */
const LANDLOCKED = new Set(['Afghanistan', 'Andorra', 'Armenia', 'Austria', 'Azerbaijan', 'Belarus', 'Bhutan', 'Bolivia', 'Botswana', 'Burkina Faso', 'Burundi', 'Central African Republic', 'Chad', 'Czech Republic', 'Eswatini', 'Ethiopia', 'Hungary', 'Kazakhstan', 'Kosovo', 'Kyrgyzstan', 'Laos', 'Lesotho', 'Liechtenstein', 'Luxembourg', 'Malawi', 'Mali', 'Moldova', 'Mongolia', 'Nepal', 'Niger', 'North Macedonia', 'Paraguay', 'Rwanda', 'San Marino', 'Serbia', 'Slovakia', 'South Sudan', 'Switzerland', 'Tajikistan', 'Turkmenistan', 'Uganda', 'Uzbekistan', 'Vatican', 'Zambia', 'Zimbabwe']);
const BY_THE_SEA = /\b(?:coasts?|coastal|coastline|shores?|seas?|ocean|waters|ports?|beach(?:es)?|bay|harbou?r|navy|naval|fishermen|sharks?|whales?)\b/i;

/** "the war in _____": a war is fought in a country or a region, never in a city such as Boston. */
const TERRITORY_FRAME = /\b(?:war|wars|conflict|fighting|insurgency|invasion|occupation|uprising|rebellion|genocide|annexation|independence)\s+(?:in|of|over|for)\s+(?:the\s+)?$/i;

const SITE = /\b(?:Yard|Square|Street|Road|Avenue|Lane|Park|Bridge|Gate|Palace|Place|Plaza|Green|Gardens?|Building|House|Tower|Centre|Center|Stadium|Airport|Station|Hall)$/;

export function placeDistractors(ctx: DraftContext, answer: PlaceFact, sentenceIndex: number, before = ''): string[] {
  // "from neighboring _____": which countries border the answer the article does not say.
  if (/\bneighbou?ring\s+$/i.test(before)) return [];
  const sentence = ctx.sentences[sentenceIndex]!.text;
  const territory = TERRITORY_FRAME.test(before);
  const seaside = BY_THE_SEA.test(sentence);
  const cls = factPlaceClass(answer);
  const main = mainPlaces(ctx);
  const sides = sentenceSides(ctx, sentenceIndex);
  const answerSide = placeSide(answer.name);
  const others = ctx.places.filter((p) => p.id !== answer.id && sentence.includes(p.name));
  // "escaped to _____ … the city of Accra": a place of the answer's own country names it.
  if (others.some((p) => placeSide(p.name) === answer.name)) return [];
  // The sentence's places as it writes them ("Great Britain", which the article's facts may call the United Kingdom).
  const namedHere = [...others.map((p) => p.name), ...UNION_NAMES.filter((n) => containsWord(sentence, n))];
  // "lives in _____, Montana": the options must lie where the sentence puts the answer.
  const boundSide = answerSide && answerSide !== answer.name && others.some((p) => placeSide(p.name) === answerSide) ? answerSide : null;
  // "early life in central _____", "in his native _____": after a direction word or a possessive no
  // name that takes "the" fits ("central the United States", "his native the United States", round 102).
  const bareNameOnly = /\b(?:central|northern|southern|eastern|western|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western|rural|coastal|mainland)\s+$/i.test(before) || /\b(?:his|her|their|its|our|my|your)\s+(?:\p{Ll}+\s+)?$/u.test(before);
  const usable = (name: string) => {
    if (sentence.includes(name) || main.has(name) || nearDuplicate(name, answer.name) || nestedPlaces(name, answer.name)) return false;
    if (bareNameOnly && takesThe(name)) return false;
    // A site within a city ("Old Palace Yard", where the London rally met, round 109) is no rival to
    // a city, region or country, and may well lie inside the answer.
    if (SITE.test(name) && !SITE.test(answer.name)) return false;
    if (seaside && LANDLOCKED.has(name)) return false;
    if (territory && (placeClass(name) === 'city' || ctx.places.some((p) => p.name === name && p.placeType === 'city'))) return false;
    // "Spain and Great Britain … _____ had a silver": England and the United Kingdom are Great Britain again.
    if (namedHere.some((n) => nestedPlaces(name, n))) return false;
    const side = placeSide(name);
    if (boundSide && side !== boundSide) return false;
    // The answer's own country may be named in the sentence ("Helena, _____"); any other side may not.
    return !side || side === answerSide || !sides.has(side);
  };
  const inArticle = ctx.places.filter((p) => p.id !== answer.id && placeClassesMatch(cls, factPlaceClass(p)) && usable(p.name)).map((p) => p.name);
  // Too few in the article: neighbours of the same part of the world (Liberia → Ghana, Sierra
  // Leone; Iowa → other US states), never a place from another continent.
  const more = shuffleBy(sameNeighbourhood(answer).filter((n) => !inArticle.includes(n) && !ctx.text.includes(n) && usable(n)), `near:${answer.id}`);
  // Nor two options one inside the other (Scotland and the United Kingdom): if one were right, so
  // would the other be, and a reader sees both are wrong together.
  const picked: string[] = [];
  for (const n of [...shuffleBy(inArticle, answer.id), ...more]) if (picked.length < 3 && !picked.some((q) => nestedPlaces(q, n) || placeSide(n) === q || placeSide(q) === n)) picked.push(n);
  return picked;
}

/** Places that take "the" in running text ("travel to the United States", "the Gambia"). */
const THE_NAMES = /^(?:United States|United Kingdom|United Arab Emirates|U\.S\.|US|UK|U\.K\.|UAE|Netherlands|Philippines|Gambia|Bahamas|Maldives|Seychelles|Comoros|Vatican|Hague|Far East|Middle East|Near East|Gulf|Persian Gulf|Balkans|Baltics|Caribbean|Arctic|Antarctic|Pacific|Atlantic|Mediterranean|Sahel|Sahara|Levant|West Bank|Gaza Strip|Golan Heights|Korean Peninsula|Horn of Africa|Himalayas|Alps|Andes|Rockies|Amazon|Americas|Midwest|Bay Area|Moon|Earth|Democratic Republic of(?: the)? Congo|Republic of(?: the)? Congo|Central African Republic|Czech Republic|Dominican Republic)$/;
const THE_HEADS = /\s(?:Islands|Republic|Kingdom|Emirates|States|Sea|Ocean|Strait|Peninsula|Mountains|Lakes|Isles)$|^Republic of\b/;

/** "two United States soldiers", "a UK court": a place used as a modifier after a count or an article takes no "the". */
export function attributive(before: string, after: string): boolean {
  return /\b(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|other|\d+)\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after);
}

/** Whether a place takes "the" in a sentence ("the United States", "the Solomon Islands"). */
export function takesThe(name: string): boolean {
  return THE_NAMES.test(name) || THE_HEADS.test(name);
}
