// Which side a person, place or organisation belongs to ("Russia", "United States", "South Korea"),
// so that a question whose stem says "U.S. State Department spokesperson _____" offers only
// Americans, and a place question never offers the story's own main places as wrong answers.
import { COUNTRIES, DEMONYM_SET, US_STATES } from '../lexicon/gazetteer';
import type { PersonFact } from '../types';
import type { DraftContext } from './draft';
import { escapeRegExp } from '../regexp';

/** Demonyms and country adjectives → the country they name. Longer forms first ("North Korean" before "Korean"). */
const DEMONYM_SIDE: Record<string, string> = {
  'North Korean': 'North Korea', 'South Korean': 'South Korea', 'South African': 'South Africa', American: 'United States', Russian: 'Russia', Soviet: 'Russia',
  Chinese: 'China', Ukrainian: 'Ukraine', British: 'United Kingdom', English: 'United Kingdom', Scottish: 'United Kingdom',
  Welsh: 'United Kingdom', French: 'France', German: 'Germany', Japanese: 'Japan', Iranian: 'Iran', Israeli: 'Israel',
  Palestinian: 'Palestine', Indian: 'India', Pakistani: 'Pakistan', Canadian: 'Canada', Mexican: 'Mexico', Danish: 'Denmark',
  Belgian: 'Belgium', Dutch: 'Netherlands', Italian: 'Italy', Spanish: 'Spain', Portuguese: 'Portugal', Polish: 'Poland',
  Swedish: 'Sweden', Norwegian: 'Norway', Finnish: 'Finland', Turkish: 'Turkey', Syrian: 'Syria', Iraqi: 'Iraq',
  Afghan: 'Afghanistan', Saudi: 'Saudi Arabia', Egyptian: 'Egypt', Lebanese: 'Lebanon', Jordanian: 'Jordan',
  Taiwanese: 'Taiwan', Vietnamese: 'Vietnam', Thai: 'Thailand', Indonesian: 'Indonesia', Australian: 'Australia',
  Brazilian: 'Brazil', Argentine: 'Argentina', Colombian: 'Colombia', Venezuelan: 'Venezuela', Cuban: 'Cuba',
  Nigerian: 'Nigeria', Kenyan: 'Kenya', Liberian: 'Liberia', Ghanaian: 'Ghana', Greek: 'Greece', Hungarian: 'Hungary',
  Czech: 'Czech Republic', Austrian: 'Austria', Swiss: 'Switzerland', Irish: 'Ireland', Serbian: 'Serbia', Belarusian: 'Belarus',
  Georgian: 'Georgia', Armenian: 'Armenia', Estonian: 'Estonia', Latvian: 'Latvia', Lithuanian: 'Lithuania', Kremlin: 'Russia',
  Somali: 'Somalia', Sudanese: 'Sudan', Ethiopian: 'Ethiopia', Ugandan: 'Uganda', Tanzanian: 'Tanzania', Rwandan: 'Rwanda',
  Zimbabwean: 'Zimbabwe', Libyan: 'Libya', Tunisian: 'Tunisia', Moroccan: 'Morocco', Algerian: 'Algeria', Yemeni: 'Yemen',
  Filipino: 'Philippines', Malaysian: 'Malaysia', Burmese: 'Myanmar', Bangladeshi: 'Bangladesh', Nepalese: 'Nepal',
  Peruvian: 'Peru', Chilean: 'Chile', Bolivian: 'Bolivia', Ecuadorian: 'Ecuador', Haitian: 'Haiti', Jamaican: 'Jamaica',
  Romanian: 'Romania', Bulgarian: 'Bulgaria', Croatian: 'Croatia', Bosnian: 'Bosnia and Herzegovina', Slovak: 'Slovakia',
  Kazakh: 'Kazakhstan', Uzbek: 'Uzbekistan', Kuwaiti: 'Kuwait', Qatari: 'Qatar', Emirati: 'United Arab Emirates',
};

/** Capitals and big cities → their country: "Seoul’s Ewha University" is South Korean. */
const CITY_SIDE: Record<string, string> = {
  Moscow: 'Russia', 'St. Petersburg': 'Russia', Pyongyang: 'North Korea', Seoul: 'South Korea', Washington: 'United States',
  Beijing: 'China', Shanghai: 'China', 'Hong Kong': 'China', Kyiv: 'Ukraine', Kiev: 'Ukraine', Tokyo: 'Japan', London: 'United Kingdom',
  Paris: 'France', Berlin: 'Germany', Tehran: 'Iran', Hanoi: 'Vietnam', Taipei: 'Taiwan', Brussels: 'Belgium',
  Copenhagen: 'Denmark', Ottawa: 'Canada', Jerusalem: 'Israel', 'Tel Aviv': 'Israel', Kabul: 'Afghanistan', Beirut: 'Lebanon',
  Damascus: 'Syria', Baghdad: 'Iraq', Ankara: 'Turkey', Istanbul: 'Turkey', 'New Delhi': 'India', Delhi: 'India', Mumbai: 'India',
  Islamabad: 'Pakistan', Cairo: 'Egypt', Riyadh: 'Saudi Arabia', Rome: 'Italy', Madrid: 'Spain', Warsaw: 'Poland', Minsk: 'Belarus',
  Canberra: 'Australia', Sydney: 'Australia', Manila: 'Philippines', Jakarta: 'Indonesia', Bangkok: 'Thailand', Monrovia: 'Liberia',
  Accra: 'Ghana', Nairobi: 'Kenya', Lagos: 'Nigeria', 'Mexico City': 'Mexico', Havana: 'Cuba', Caracas: 'Venezuela',
  'New York': 'United States', 'Los Angeles': 'United States', Chicago: 'United States', Houston: 'United States',
  Atlanta: 'United States', Boston: 'United States', Miami: 'United States', Seattle: 'United States', Denver: 'United States',
  'San Francisco': 'United States', Philadelphia: 'United States', Phoenix: 'United States', Helena: 'United States',
  Colombo: 'Sri Lanka', Bangalore: 'India', Bengaluru: 'India', Chennai: 'India', Kolkata: 'India', Hyderabad: 'India',
  Karachi: 'Pakistan', Lahore: 'Pakistan', Dhaka: 'Bangladesh', Kathmandu: 'Nepal', 'Kuala Lumpur': 'Malaysia',
  Singapore: 'Singapore', 'Ho Chi Minh City': 'Vietnam', Yangon: 'Myanmar', 'Phnom Penh': 'Cambodia', Osaka: 'Japan',
  Busan: 'South Korea', Guangzhou: 'China', Shenzhen: 'China', Wuhan: 'China', Toronto: 'Canada', Montreal: 'Canada',
  Vancouver: 'Canada', Melbourne: 'Australia', Perth: 'Australia', Auckland: 'New Zealand', Wellington: 'New Zealand',
  Johannesburg: 'South Africa', 'Cape Town': 'South Africa', Pretoria: 'South Africa', Kampala: 'Uganda', 'Addis Ababa': 'Ethiopia',
  Khartoum: 'Sudan', Tripoli: 'Libya', Tunis: 'Tunisia', Algiers: 'Algeria', Rabat: 'Morocco', Casablanca: 'Morocco',
  Dakar: 'Senegal', Abuja: 'Nigeria', Kinshasa: 'Democratic Republic of the Congo', Harare: 'Zimbabwe', Lusaka: 'Zambia',
  'Buenos Aires': 'Argentina', 'São Paulo': 'Brazil', 'Rio de Janeiro': 'Brazil', Brasília: 'Brazil', Lima: 'Peru',
  Bogotá: 'Colombia', Bogota: 'Colombia', Santiago: 'Chile', Quito: 'Ecuador', 'La Paz': 'Bolivia', Montevideo: 'Uruguay',
  Dublin: 'Ireland', Edinburgh: 'United Kingdom', Glasgow: 'United Kingdom', Manchester: 'United Kingdom', Cardiff: 'United Kingdom',
  Belfast: 'United Kingdom', Amsterdam: 'Netherlands', 'The Hague': 'Netherlands', Vienna: 'Austria', Zurich: 'Switzerland',
  Geneva: 'Switzerland', Bern: 'Switzerland', Stockholm: 'Sweden', Oslo: 'Norway', Helsinki: 'Finland', Lisbon: 'Portugal',
  Athens: 'Greece', Prague: 'Czech Republic', Budapest: 'Hungary', Bucharest: 'Romania', Sofia: 'Bulgaria', Belgrade: 'Serbia',
  Zagreb: 'Croatia', Milan: 'Italy', Naples: 'Italy', Barcelona: 'Spain', Munich: 'Germany', Hamburg: 'Germany', Frankfurt: 'Germany',
  Marseille: 'France', Lyon: 'France', 'St Petersburg': 'Russia', Tbilisi: 'Georgia', Yerevan: 'Armenia', Baku: 'Azerbaijan',
  Tashkent: 'Uzbekistan', Astana: 'Kazakhstan', Almaty: 'Kazakhstan', Amman: 'Jordan', Doha: 'Qatar', Dubai: 'United Arab Emirates',
  'Abu Dhabi': 'United Arab Emirates', Muscat: 'Oman', "Sana'a": 'Yemen', Sanaa: 'Yemen', 'Kuwait City': 'Kuwait', Manama: 'Bahrain',
};

/** The capital to offer for a country when the article names too few cities. */
export const CAPITAL_OF: Record<string, string> = Object.fromEntries(
  ['Moscow', 'Pyongyang', 'Seoul', 'Washington', 'Beijing', 'Kyiv', 'Tokyo', 'London', 'Paris', 'Berlin', 'Tehran', 'Hanoi', 'Brussels', 'Copenhagen', 'Ottawa', 'Kabul', 'Beirut', 'Damascus', 'Baghdad', 'Ankara', 'New Delhi', 'Islamabad', 'Cairo', 'Riyadh', 'Rome', 'Madrid', 'Warsaw', 'Minsk', 'Canberra', 'Manila', 'Jakarta', 'Bangkok', 'Monrovia', 'Accra', 'Nairobi', 'Mexico City', 'Havana', 'Caracas'].map((c) => [CITY_SIDE[c]!, c]),
);

/** Bodies that belong to one country. */
const ORG_SIDE: Record<string, string> = {
  'White House': 'United States', 'State Department': 'United States', Pentagon: 'United States', Congress: 'United States',
  NASA: 'United States', FBI: 'United States', CIA: 'United States', CDC: 'United States', NIH: 'United States', HHS: 'United States',
  Kremlin: 'Russia', Roscosmos: 'Russia', Duma: 'Russia', JAXA: 'Japan', Bundestag: 'Germany', Knesset: 'Israel',
};

const US_FORMS = ['U.S.', 'US', 'USA', 'America', 'United States'];
const UK_FORMS = ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'];

const CUES: [string, string][] = [
  ...Object.entries(DEMONYM_SIDE),
  ...Object.entries(CITY_SIDE),
  ...Object.entries(ORG_SIDE),
  ...US_FORMS.map((f): [string, string] => [f, 'United States']),
  ...UK_FORMS.map((f): [string, string] => [f, 'United Kingdom']),
  ...COUNTRIES.filter((c) => !US_FORMS.includes(c) && !UK_FORMS.includes(c)).map((c): [string, string] => [c, c === 'Türkiye' ? 'Turkey' : c === 'Czechia' ? 'Czech Republic' : c]),
  ...US_STATES.map((s): [string, string] => [s, 'United States']),
].sort((a, b) => b[0].length - a[0].length);

const CUE_RE = new RegExp(`(?<![\\p{L}.])(${CUES.map(([c]) => escapeRegExp(c)).join('|')})(?![\\p{L}]|\\.[A-Z])`, 'u');
const CUE_MAP = new Map(CUES);

/** The first side a text names ("U.S. Deputy Secretary of State" → United States), or null. */
export function sideIn(text: string): string | null {
  const m = CUE_RE.exec(text);
  return m ? CUE_MAP.get(m[1]!)! : null;
}

/** Every country a text names or implies ("Britain's upper house", "the British government"). */
export function sidesIn(text: string): Set<string> {
  const all = new RegExp(CUE_RE.source, 'gu');
  return new Set([...text.matchAll(all)].map((m) => CUE_MAP.get(m[1]!)!));
}

/**
 * Whether a text names a place again, by its country's cue or its own adjective ("the Scottish
 * independence referendum" names Scotland, "Russian troops" Russia): beside it, the place is given
 * away, and another one in its stead is impossible.
 */
export function placeNamedIn(text: string, place: string): boolean {
  const side = sideIn(place);
  if (side && side === place && sidesIn(text).has(side)) return true;
  const stem = place.toLowerCase().slice(0, 4);
  return place.length >= 4 && (text.match(/\p{Lu}\p{Ll}+/gu) ?? []).some((w) => DEMONYM_SET.has(w.toLowerCase()) && w.toLowerCase().startsWith(stem));
}

/** The country a place of the article belongs to (a capital's country; a country is its own side). */
export function placeSide(name: string): string | null {
  if (CITY_SIDE[name]) return CITY_SIDE[name]!;
  if (US_STATES.includes(name)) return 'United States';
  return sideIn(name) === name || COUNTRIES.includes(name) ? sideIn(name) : null;
}

const sideCache = new WeakMap<DraftContext, Map<string, string | null>>();

/**
 * A person's side as the article shows it: a cue in their role ("Russian President", "adviser to
 * Russian President …", "professor at Seoul’s …"), a possessive place in front of the role
 * ("South Korea’s Vice Foreign Minister, Kim Hong-kyun"), or the person they accompany
 * ("Accompanying Putin … Defense Minister Andrei Belousov").
 */
export function personSide(ctx: DraftContext, p: PersonFact): string | null {
  let cache = sideCache.get(ctx);
  if (!cache) {
    cache = new Map();
    sideCache.set(ctx, cache);
    for (const q of ctx.people) cache.set(q.id, ownSide(ctx, q));
    // Second pass: people named in a delegation or as someone's officials take that person's side.
    for (const q of ctx.people) if (cache.get(q.id) === null) cache.set(q.id, sideByCompany(ctx, q, cache));
  }
  return cache.get(p.id) ?? null;
}

function ownSide(ctx: DraftContext, p: PersonFact): string | null {
  for (const role of p.roles) {
    const side = sideIn(role);
    if (side) return side;
  }
  for (const m of p.mentions) {
    const s = ctx.sentences[m.sentenceIndex]!;
    const before = ctx.text.slice(Math.max(s.start, m.start - 80), m.start);
    // "South Korea’s Vice Foreign Minister, " / "Russian Defense Minister " right before the name.
    const lead = /((?:\p{Lu}[\p{L}.]*\s?){1,3})(?:[’']s)?\s+(?:(?:\p{Lu}[\p{L}-]*|of|the)\s+){0,5}(?:\p{Lu}[\p{L}-]*|spokes\w+|adviser|minister|official|envoy|ambassador)\s*,?\s*$/u.exec(before);
    if (lead) {
      const side = sideIn(lead[0]);
      if (side) return side;
    }
  }
  return null;
}

const COMPANY = /\b(?:accompan\w+|delegation|entourage|joined by|alongside)\b/i;

function sideByCompany(ctx: DraftContext, p: PersonFact, sides: Map<string, string | null>): string | null {
  for (const m of p.mentions) {
    const s = ctx.sentences[m.sentenceIndex]!;
    const before = ctx.text.slice(s.start, m.start);
    if (!COMPANY.test(before)) continue;
    // The person accompanied is named near the cue word ("Accompanying Putin on this visit …").
    const cue = COMPANY.exec(before)!;
    const near = before.slice(Math.max(0, cue.index - 40), cue.index + cue[0].length + 40);
    const lead = ctx.people.find((o) => o !== p && sides.get(o.id) && [o.name, ...o.aliases].some((f) => new RegExp(`(?<![\\p{L}])${escapeRegExp(f)}(?![\\p{L}])`, 'u').test(near)));
    if (lead) return sides.get(lead.id)!;
  }
  // "Putin’s defense minister, …
  for (const m of p.mentions) {
    const before = ctx.text.slice(Math.max(0, m.start - 60), m.start);
    const owner = ctx.people.find((o) => o !== p && sides.get(o.id) && [o.name, ...o.aliases].some((f) => new RegExp(`${escapeRegExp(f)}[’']s\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'u').test(before)));
    if (owner) return sides.get(owner.id)!;
  }
  return null;
}

/**
 * The story's main actors: the most-mentioned person and anyone mentioned nearly as often. They are
 * never wrong options for a minor role ("Putin" as a spokesperson).
 */
const actorsCache = new WeakMap<DraftContext, Set<string>>();
const placesCache = new WeakMap<DraftContext, Set<string>>();

export function mainActors(ctx: DraftContext): Set<string> {
  const cached = actorsCache.get(ctx);
  if (cached) return cached;
  const top = Math.max(0, ...ctx.people.map((p) => p.mentions.length));
  const main = new Set(ctx.people.filter((p) => p.mentions.length >= Math.max(4, 0.4 * top)).map((p) => p.id));
  actorsCache.set(ctx, main);
  return main;
}

const countsCache = new WeakMap<DraftContext, Map<string, number>>();

/**
 * How often each place of the article is named, counted once per article: the main places and the
 * top place are asked for every option list, and each count scans the whole text.
 */
function placeCounts(ctx: DraftContext): Map<string, number> {
  let counts = countsCache.get(ctx);
  if (!counts) countsCache.set(ctx, (counts = new Map(ctx.places.map((p) => [p.name, placeMentions(ctx, p.name)]))));
  return counts;
}

/** How often a place is named in the article (its name, and a country's demonym). */
function placeMentions(ctx: DraftContext, name: string): number {
  const forms = [name, ...Object.entries(DEMONYM_SIDE).filter(([, c]) => c === name).map(([d]) => d), ...(name === 'United States' ? ['U.S.', 'US', 'America'] : [])];
  let n = 0;
  for (const f of forms) n += (ctx.text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(f)}(?![\\p{L}])`, 'gu')) ?? []).length;
  return n;
}

/**
 * The story's main places: those named most, and the capitals of main countries and of the main
 * actors' countries (Moscow in a story about Putin). Offering them as wrong answers is absurd
 * ("Putin’s visit to Moscow") or gives the answer away.
 */
export function mainPlaces(ctx: DraftContext): Set<string> {
  const cached = placesCache.get(ctx);
  if (cached) return cached;
  const counts = [...placeCounts(ctx)].map(([name, n]) => ({ name, n }));
  const top = Math.max(0, ...counts.map((c) => c.n));
  const main = new Set(counts.filter((c) => c.n >= Math.max(3, 0.4 * top)).map((c) => c.name));
  for (const id of mainActors(ctx)) {
    const side = personSide(ctx, ctx.people.find((p) => p.id === id)!);
    if (side) main.add(side);
  }
  for (const p of ctx.places) {
    const side = placeSide(p.name);
    if (side && CAPITAL_OF[side] === p.name && main.has(side)) main.add(p.name);
  }
  placesCache.set(ctx, main);
  return main;
}

/** The most-named place of the article (the story's own country), or null. */
export function topPlace(ctx: DraftContext): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const [name, n] of placeCounts(ctx)) {
    if (n > bestN) {
      bestN = n;
      best = name;
    }
  }
  return bestN >= 3 ? best : null;
}
