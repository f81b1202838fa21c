// People of an article: names found as capitalised runs, confirmed by a cue (a title or role in
// front, an appositive role after, a speech verb, or compromise's name lexicon), with titles
// stripped into roles and name variants merged ("Putin" = "Vladimir Putin"), while different
// people who share a name stay apart (Kim Jong Un ≠ Kim Hong-kyun).
import { distance } from '../../text-distance';
import { CITY_SET, COUNTRY_SET, DEMONYM_SET, MONTHS, NON_PERSON_WORDS, PLACE_PREFIXES, placeType, REGION_SET, STORM_WORDS, WEEKDAYS } from '../lexicon/gazetteer';
import { BODY_KINDS, KNOWN_ORGANISATIONS, NEWS_OUTLETS } from '../lexicon/organisations';
import { DESCRIPTOR_WORDS, HONORIFICS, MISSPELT_TITLES, ROLE_HEAD_WORDS, TITLE_WORDS } from '../lexicon/titles';
import { SPEECH_PATTERN, SPEECH_VERBS } from '../lexicon/verbs';
import { knownDemonym, knownFirstName, tagText } from '../pos-tags';
import { tokenize, type Token } from '../tokens';
import type { Evidence, PersonFact } from '../types';
import type { Sentence } from '../../sentences';
import { escapeRegExp } from '../regexp';
import { foldAccents } from '../../grading';

const CONNECTORS = new Set(['of', 'de', 'da', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'del', 'dos', 'du', 'ibn']);
const NAME_SUFFIXES = /^(?:II|III|IV|V|VI|Jr|Sr)\.?$/;
const STOP_CAPITALS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'and', 'but', 'or', 'as', 'after', 'before', 'during',
  'while', 'when', 'since', 'despite', 'following', 'according', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they',
  'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'there', 'here', 'not', 'only', 'also', 'both', 'each',
  'many', 'more', 'most', 'some', 'all', 'any', 'no', 'yes', 'if', 'so', 'then', 'than', 'what', 'who', 'why', 'how', 'where',
  'is', 'was', 'are', 'were', 'be', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'do', 'does', 'did', 'has',
  'have', 'had', 'image', 'source', 'photo', 'credit', 'accompanying', 'throughout', 'teams', 'under', 'born', 'about',
  'over', 'among', 'into', 'through', 'between', 'against', 'without', 'within', 'across', 'along', 'around', 'behind',
  'beyond', 'like', 'unlike', 'per', 'via', 'mr', 'mrs', 'ms', 'dr', 'however', 'meanwhile', 'today', 'yesterday', 'tomorrow',
  'hey', 'oh', 'well', 'thanks', 'please', 'okay', 'ok', 'dear', 'hello', 'hi', 'wow', 'sorry', 'besides', 'beside', 'except',
  'unless', 'although', 'though', 'whereas', 'once', 'upon', 'towards', 'toward', 'near', 'until', 'till', 'alongside',
  // ("Regarding Trump's phone call, …" was read as a person "Regarding Trump", round 146.)
  'regarding', 'concerning', 'considering',
]);

type Mention = { tokens: Token[]; sentenceIndex: number; role: string | null; cued: boolean };

function lower(t: Token) {
  return t.text.toLowerCase().replace(/\.$/, '');
}

const MISSPELT_TITLE = new RegExp(`\\b(?:${Object.keys(MISSPELT_TITLES).join('|')})\\b`, 'gi');
// "NBA Commisioner David Stern": a long title misspelt by one letter is still the title (round 51).
const LONG_TITLES = [...TITLE_WORDS].filter((w) => w.length >= 9);
const slipCache = new Map<string, boolean>();

function isTitle(t: Token) {
  const l = lower(t);
  if (TITLE_WORDS.has(l) || l in MISSPELT_TITLES) return true;
  // "ex-premier Thaksin Shinawatra", "ex-PM …" (round 104): a former holder's title.
  if (/^ex-/.test(l) && (TITLE_WORDS.has(l.slice(3)) || l === 'ex-pm')) return true;
  // "Director-in-Charge Demarest", "Commander-in-Chief": a title "-in-" a charge (round 149's wrong key).
  if (/^[a-z]+-in-(?:charge|chief|command)$/.test(l) && TITLE_WORDS.has(l.split('-')[0]!)) return true;
  if (l.length < 9 || !t.capitalized) return false;
  let slip = slipCache.get(l);
  if (slip === undefined) {
    slip = LONG_TITLES.some((w) => w[0] === l[0] && distance(w, l, 1) <= 1);
    slipCache.set(l, slip);
  }
  return slip;
}

/**
 * Whether lower-case title words and a capitalised name follow ("… national security adviser
 * Stephen Hadley", "… coach Teitur Thordarson"): the word before them is the affiliation in a
 * title, not a name of its own.
 */
export function titleOfName(after: string): boolean {
  // "_____ commissioner for Home Affairs, Cecilia Malmström": the office may say what it is for.
  const m = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(\p{Ll}[\p{Ll}-]*)\s+(?:(?:for|of)\s+(?:the\s+)?)?\p{Lu}\p{Ll}/u.exec(after);
  return Boolean(m && ROLE_HEAD_WORDS.has(m[1]!));
}

/**
 * A title word the article also uses as someone's given name ("Kohail's brother, Sultan,",
 * "Sultan, 16 at the time, said"): then "Sultan Kohail" is that brother, not a sultan.
 */
function usedAsName(text: string, word: string): boolean {
  // Asked for every title word of every name: each word is looked up once per article.
  if (namesCache.text !== text) {
    namesCache.text = text;
    namesCache.words.clear();
  }
  let used = namesCache.words.get(word);
  if (used === undefined) {
    const w = escapeRegExp(word);
    used = new RegExp(`\\b(?:brother|sister|son|daughter|father|mother|wife|husband|cousin|uncle|aunt|nephew|niece),\\s+${w},|(?:^|[.!?]\\s+|\\n)${w},\\s+\\d{1,3}\\b`, 'u').test(text);
    namesCache.words.set(word, used);
  }
  return used;
}
const namesCache = { text: '', words: new Map<string, boolean>() };

/** Offsets of tokens compromise considers part of a person's name (and of places/organisations). */
function lexiconTags(text: string) {
  const person = new Set<number>();
  const first = new Set<number>();
  const nonPerson = new Set<number>();
  const commonNoun = new Set<number>();
  for (const [start, { tags }] of tagText(text)) {
    if (tags.has('Noun') && !tags.has('ProperNoun') && !tags.has('Pronoun')) commonNoun.add(start);
    if ((tags.has('FirstName') || tags.has('LastName') || tags.has('Person')) && !tags.has('Honorific')) person.add(start);
    if (tags.has('FirstName')) first.add(start);
    if (tags.has('Place') || tags.has('Organization') || tags.has('Country') || tags.has('City')) nonPerson.add(start);
  }
  return { person, first, nonPerson, commonNoun };
}

/**
 * "Environmentalist Mark Lynas", "Campaigner Jo Reed": a capitalised occupation in front of a name,
 * by its ending, unless the name lexicon knows the word as a first name (Christopher, Taylor).
 */
function occupationWord(t: Token, tags: ReturnType<typeof lexiconTags>): boolean {
  // "Co-developer Jing Wang", "Co-founder …": a shared occupation, hyphenated (round 92); so is a
  // former one ("Ex-member Peter Flinn", round 102).
  return /^(?:Co-|Ex-)?\p{L}\p{Ll}{3,}(?:ist|ologist|ian|er|or|ant|ent|eer)$/u.test(t.text) && /^\p{Lu}/u.test(t.text) && !tags.first.has(t.start) && !tags.person.has(t.start);
}

/** A party's member before a full name ("Speaker Republican John Boehner", round 103). */
const PARTY_WORD = /^(?:Republican|Democrat|Democratic|Conservative|Labour|Liberal|Tory|Socialist|Communist)$/;

const PARTICLES = 'al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd|ben|bint|ould';
/** A name's particle joined by a hyphen, to compare with the same particle written apart. */
const PARTICLE_JOINED = new RegExp(String.raw`\b(${PARTICLES})-`, 'g');
/** "Al Jaber" is "Ali Hassan al-Jaber": a name with its particle written apart (round 110). */
const particleApart = (name: string) => name.toLowerCase().replace(PARTICLE_JOINED, '$1 ');

/** "al-Megrahi", "el-Sisi", "bin-Talal": a lower-case particle joined to a capitalised name. */
const PARTICLE_NAME = new RegExp(String.raw`^(?:${PARTICLES})-\p{Lu}`, 'u');
const nameWord = (t: Token) => t.capitalized || PARTICLE_NAME.test(t.text);

/** Maximal runs of capitalised tokens joined by single spaces (connectors allowed inside). */
function capitalisedRuns(tokens: Token[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && /^ $/.test(tokens[j]!.gapAfter) && !tokens[j]!.possessive) {
      const next = tokens[j + 1]!;
      if (nameWord(next)) j++;
      else if (CONNECTORS.has(next.text) && tokens[j + 2]?.capitalized && tokens[j + 1]!.gapAfter === ' ') j += 2;
      else break;
    }
    runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
}

/** NASA, U.S., SCaN, HHS: organisations and places written as initialisms, never names. */
function isInitialism(t: Token): boolean {
  // "McMaster", "MacDonald", "DeLuca": a surname prefix, not an initialism.
  if (/^(?:Mc|Mac|De|Di|La|Le|Van|O)[A-Z][a-z]{2,}$/.test(t.text)) return false;
  return /^(?:[A-Z]\.){2,}$|^[A-Z]{2,}$|^[A-Z][a-z]*[A-Z]/.test(t.text) && !NAME_SUFFIXES.test(t.text);
}

/** Buildings no one is named after as a surname: "King David Hotel" (round 76), "Mount Sinai Hospital". */
const BUILDING_WORDS = new Set(['factory', 'hotel', 'hospital', 'airport', 'mosque', 'synagogue', 'cathedral', 'stadium', 'museum', 'prison', 'embassy', 'consulate']);
const VENUE_WORDS = new Set(['hall', 'center', 'centre', 'field', 'park', 'square', 'court', 'cup', 'open', 'classic', 'conference', 'committee', 'league', 'association', 'street', 'coliseum', 'arena', 'memorial', 'theatre', 'theater', 'tower', 'presentation', 'ceremony', 'gala', 'summit', 'forum', 'festival']);

/** Words that end the names of places, never (as a rule) a person's: "Grace Bay", "Rose Island". */
const GEOGRAPHY_ENDS = /^(?:Bay|Beach|Islands?|River|Valley|Mountains?|Springs|Falls|Creek|Harbou?r|Heights|Square|Avenue|County|Canyon|Desert|Coast|Gulf|Ocean|Airport|Station)$/;

/** Head words that end organisations' names and never a person's ("Palmetto Rail", "Acme Group"). */
const ORGANISATION_ENDS = new Set(['company', 'lease', 'leasing', 'finance', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'group', 'rail', 'railway', 'railways', 'railroad', 'airlines', 'airways', 'utilities', 'division', 'department', 'ministry', 'agency', 'university', 'council', 'committee', 'commission', 'association', 'foundation', 'institute', 'authority', 'bureau', 'motors', 'tobacco', 'petroleum', 'pharmaceuticals', 'industries', 'holdings', 'technologies', 'foods', 'chemicals', 'insurance', 'bank', 'telecom', 'entertainment', 'records', 'expeditions', 'survey', 'service', 'society', 'board', 'network', 'trust', 'fund', 'programme', 'program', 'observatory', 'laboratory', 'aid', 'bill', 'campaign', 'studies', 'alliance', 'coalition', 'front', 'movement', 'congress', 'league', 'federation', 'union', 'assembly', 'vehicles', 'tanks', 'systems', 'missiles', 'weapons', 'aircraft', 'awards', 'performance', 'album', 'affairs', 'sciences', 'party', 'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'greens', 'nationalists', 'unionists', 'publishing', 'publishers', 'kft', 'gmbh', 'bhd', 'pty', 'community', 'section', 'office', 'district']);

/** Plural nouns that introduce a list of firms or bodies, not of people: "companies Philip Morris, …". */
const THINGS_LIST = /\b(?:companies|firms|brands|corporations|manufacturers|makers|producers|carriers|airlines|banks|newspapers|publications|agencies|organi[sz]ations|charities|groups|teams|clubs|bands|labels|retailers|chains|insurers|universities)\s+(?:such\s+as\s+|including\s+|like\s+)?$/i;

/** Titles that are also given names: "Dean Kamen", "Earl Woods". */
const GIVEN_NAME_TITLES = new Set(['dean', 'earl']);

/** An example of a group named before it, in the same clause: "Proponents … including …". */
const EXAMPLE_BEFORE = /\b(?:including|such as|among them)\s+(?:[^\s,;.]+\s+){0,3}$/i;

/** People named as members of a group: "members of … including", "officials such as". */
const PEOPLE_LIST = /\b(?:members|officials|leaders|lawmakers|legislators|politicians|ministers|candidates|activists|players|residents|victims|survivors|dignitaries|signatories|signers|aldermen|senators|judges)\b[^.;“”"]{0,100}\b(?:including|such as|among them|namely)\s+$/i;

/** What a thing is, said in an appositive ("Israel's official memorial", "a state-run museum"). */
const THING_KINDS = 'version|software|operating system|app|application|device|product|update|telescope|spacecraft|satellite|probe|rover|memorial|museum|monument|site|building|church|mosque|temple|cathedral|chapel|shrine|basilica|monastery|palace|castle|fortress|company|firm|corporation|organi[sz]ation|agency|newspaper|magazine|website|institution|institute|centre|center|charity|foundation|school|university|hospital|park|facility|airport|station|stadium|prison|camp|village|town|city|region|province|district|river|island|mountain|ship|vessel|aircraft|airline|party|movement|channel|broadcaster';
const THING_APPOSITIVE = new RegExp(`\\b(?:${THING_KINDS})$`, 'i');
// "Hagia Sophia, formerly a Greek Orthodox church and now a museum,": what a thing was or is now (round 94).
// "the Crown Victoria and Grand Marquis cars", "the Galaxy S4 phone": a name its kind of product
// follows, alone or as the last of a list, is a model, not a person (round 111).
const PRODUCT_AFTER = /^(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})?\s+(?:cars?|models?|vehicles?|sedans?|saloons?|trucks?|pickups?|SUVs?|minivans?|jets?|airliners?|aircraft|planes?|helicopters?|phones?|smartphones?|handsets?|tablets?|laptops?|consoles?)\b/u;
const THING_FORMERLY = new RegExp(String.raw`^,\s+(?:formerly|once|originally|now)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${THING_KINDS})\b`, 'iu');
/** A body's kind right after its name: "the Charlie Hebdo magazine". */
const THING_AFTER = new RegExp(String.raw`^\s+(?:${[...BODY_KINDS, 'website', 'company', 'firm', 'band'].join('|')})(?![\p{L}])`, 'u');
/** "of the Lloyd-Owen International security and operations firm": after "the", a kind a few words on (round 80). */
const THING_AFTER_THE = new RegExp(String.raw`^\s+(?:\p{Ll}[\p{L}-]*\s+){1,4}(?:${[...BODY_KINDS, 'website', 'company', 'firm', 'band'].join('|')})(?![\p{L}])`, 'u');
/** A body's head word and its "for"/"of" before the rest of its name ("the Center for Biological Diversity"). */
const ORG_HEAD_BEFORE = /\b(?:Center|Centre|Institute|Council|Society|Foundation|Office|Ministry|Department|Commission|Agency|Association|Alliance|Coalition|Fund|Trust|Campaign|Committee|Bureau|Academy|League|Federation|Union|Network|Organi[sz]ation|Journal|Assembly)\s+(?:for|of|on)\s+(?:the\s+)?$/;
/** An office "for" or "of" a field, before the field's words ("Commissioner for Human Rights"). */
// ("Advisor for Homeland Security and Counterterrorism John O. Brennan": the field's second half, round 129.)
/** An office of a body right before its name: "Secretary General of the …", "Director of the …". */
const OFFICE_OF_BODY = /\b(?:Secretary|Director|President|Chair(?:man|woman|person)?|Head|Chief|Commissioner)(?:[ -]General)?\s+of\s+the\s+$/u;
const OFFICE_FOR = /\b(?:Commissioner|Minister|Secretary|Envoy|Rapporteur|Representative|Co-?ordinator|Advocate|Ambassador|Advis[eo]r|Director|Czar|Tsar)\s+(?:for|of)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+){1,3}and\s+)?$/u;

/** A field of study or concern ending a name: "PLoS Computational Biology", "Center for Food Safety". */
const FIELD_WORD = /^(?:\p{Lu}\p{Ll}+(?:ology|ics|ism)|(?:Divers|Secur|Equal|Human|Sustainabil|Commun|Mobil|Accessibil|Prosper|Solidar|Integr|Liber)ity|Safety|Science|Sciences|Studies|Research|Medicine|Affairs|Development|Security|Rights|Freedom|Policy)$/u;
// "said UCL astronomer …": a speech verb, the speaker's body, and their occupation before the name;
// "said former Tuol Sleng prisoner …" (round 104) too.
const SAID_OCCUPATION = new RegExp(String.raw`\b(?:${SPEECH_PATTERN})\s+(?:(?:the|a|an|former|fellow)\s+){0,2}(?:\p{Lu}[\p{L}.&’'-]*\s+){0,3}(?!(?:former|fellow|then|late)\s)\p{Ll}[\p{Ll}-]{3,}\s+$`, 'u');
// "NASA's James Webb space telescope", "the Hubble Space Telescope": an instrument named after a person (round 93).
const INSTRUMENT_AFTER = /^\s+(?:\p{L}+\s+)?(?:telescope|satellite|spacecraft|probe|rover|observatory|orbiter|lander)s?\b/iu;
/** The prefixes of ships' names ("MV Namse Bangdzod", "HMS Ocean"). */
const VESSEL_PREFIX = /^(?:MV|MS|MT|SS|HMS|HMAS|HMCS|USS|USNS|RMS|INS|KRI|ROKS)$/;
/** A body's or a craft's kind right before its name: "localist party Youngspiration", "the tanker Front Altair", "state-run broadcaster Radio Mogadishu". */
// ("worldwide victim group Ending Clergy Abuse", round 144.)
const THING_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${[...BODY_KINDS, 'website', 'company', 'firm', 'band', 'group', 'coalition', 'organi[sz]ation', 'song', 'album', 'single', 'film', 'movie', 'book', 'novel', 'series', 'opera', 'painting', 'media', 'ship', 'vessel', 'tanker', 'freighter', 'ferry', 'trawler', 'yacht', 'boat', 'submarine', 'frigate', 'destroyer', 'spacecraft', 'capsule', 'rocket'].join('|')})\s+$`, 'u');

// (News outlets too: "director general of Al Jazeera Wadah Khanfar", round 110.)
const BANK_ORGANISATIONS = new Set([...KNOWN_ORGANISATIONS.flatMap((o) => [o.name, ...o.aliases]), ...NEWS_OUTLETS]);

/** Known bodies whose names hold a lower-case word, which splits them into capitalised runs. */
const BANK_NAMES_WITH_LOWER_CASE = [...BANK_ORGANISATIONS].filter((n) => /\s\p{Ll}/u.test(n));

const CONTRACTION = /[’'](?:ve|re|ll|d|m|t)$/i;

/** Places named for a saint, written "St. …": the word after "St." opens no person's name there. */
const SAINT_PLACES = new Set(['Louis', 'Petersburg', 'Paul', 'Kitts', 'Lucia', 'Helena', 'Helens', 'Andrews', 'Albans', 'Augustine', 'Moritz', 'Gallen', 'Vincent', 'Cloud', 'Tropez', 'Malo', 'Denis', 'Ives', 'Kilda', 'Catharines', 'Lawrence', 'Pancras']);

/** A given name the lexicon knows, a middle initial, a surname and a generational suffix: "Roy M. Belfast Jr.". */
function fullFormalName(name: Token[]): boolean {
  return name.length === 4 && knownFirstName(name[0]!.text) && /^\p{Lu}\.$/u.test(name[1]!.text) && NAME_SUFFIXES.test(name[3]!.text);
}

function looksLikeName(name: Token[], tags: ReturnType<typeof lexiconTags>, surnames: Set<string>, speaks = false): boolean {
  if (name.length === 0 || name.length > 5) return false;
  if (CONNECTORS.has(name[0]!.text) || NAME_SUFFIXES.test(name[0]!.text)) return false;
  const joined = name.map((t) => t.text).join(' ');
  if (placeType(joined) || ((NEWS_OUTLETS.has(joined) || BANK_ORGANISATIONS.has(joined)) && !surnames.has(joined))) return false;
  if (name.length > 1 && GEOGRAPHY_ENDS.test(name[name.length - 1]!.text)) return false;
  // "FIRST Robotics Los Angeles": a name ending in a city of two words is an event's or a body's (round 122's wrong key).
  if (name.length > 2 && placeType(name.slice(-2).map((t) => t.text).join(' ')) !== null) return false;
  // "Mac OS X Lion": a lone "X" opens no name (round 113); other lone capitals may be initials
  // written without a stop ("K Szyszkowski").
  if (name.length > 1 && name[0]!.text === 'X' && name[0]!.gapAfter === ' ') return false;
  for (const t of name) {
    const l = lower(t);
    if (/\d/.test(t.text) && !NAME_SUFFIXES.test(t.text)) return false;
    if (NON_PERSON_WORDS.has(l) || MONTHS.includes(l) || WEEKDAYS.includes(l) || DEMONYM_SET.has(l) || STOP_CAPITALS.has(l)) return false;
    // (A city is a surname after a given name and a middle initial, before a suffix: "Roy M. Belfast Jr.", round 149.)
    if (COUNTRY_SET.has(l) || REGION_SET.has(l) || (CITY_SET.has(l) && !fullFormalName(name))) return false;
    if (isInitialism(t) || CONTRACTION.test(t.text)) return false;
  }
  if (name.length > 1 && PLACE_PREFIXES.has(lower(name[0]!))) return false;
  // "Palmetto Rail said": a name ending in a company's or body's head word is an organisation.
  if (name.length > 1 && ORGANISATION_ENDS.has(lower(name[name.length - 1]!))) return false;
  // "Carnegie Hall", "Basktetball Tournament": a venue word at the end makes a building or an
  // event unless a known first name leads ("Monty Hall").
  // (The name lexicon's first names too: compromise reads all of "Fiona Hall" as a place, round 106.)
  if (name.length > 1 && VENUE_WORDS.has(lower(name[name.length - 1]!)) && !givenName(name[0]!, tags)) return false;
  // "King David Hotel": a building no one has for a surname ends no person's name, first name or not.
  if (name.length > 1 && BUILDING_WORDS.has(lower(name[name.length - 1]!))) return false;
  // compromise files "Pilot Andy Hill" under places; a first name its lexicon knows still leads a name.
  // ("Karen St. Germain" too: compromise reads "St" as a street, round 116.)
  const saintInside = name.length === 3 && name[1]!.text === 'St.' && knownFirstName(name[0]!.text);
  if (name.every((t) => tags.nonPerson.has(t.start) && !tags.person.has(t.start)) && !(name.length === 2 && knownFirstName(name[0]!.text)) && !saintInside && !speaks) return false;
  // A lone word that compromise files under places or organisations is not a name.
  if (name.length === 1 && tags.nonPerson.has(name[0]!.start) && !tags.person.has(name[0]!.start)) return false;
  return true;
}

/** Words of a family relationship ("Halappanavar's father", "Sarah Brady's husband"). */
const KIN = String.raw`(?:mother|father|son|daughter|wife|husband|widow(?:er)?|brother|sister|uncle|aunt|niece|nephew|cousin|grand(?:father|mother|son|daughter)|fianc[ée]e?|partner)`;
const KIN_WORD = new RegExp(String.raw`\b${KIN}\b`, 'i');

/** A named person's relative right before a name: "Halappanavar's father " (the role kept whole). */
const KIN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*[’']s\s+${KIN})\s*,?\s*$`, 'u');

/**
 * What is said only of people right after their name, or after the outlet or body they are "of":
 * "… was killed", "… died", "Maziar Bahari of Newsweek was arrested".
 */
const PERSON_EVENT_AFTER = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?\s+(?:(?:was|had been)\s+(?:killed|murdered|born|arrested|injured|wounded|elected|sentenced|convicted|executed|knighted)|died|dies)\b/u;

/**
 * One name with and without a middle name ("Aretha Louise Franklin" / "Aretha Franklin"): the
 * same first and last word, and one more word in between.
 */
export function withMiddleName(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  // "Śrī Satya Sai Baba" / "Śrī Baba": two middle words too.
  return short.length === 2 && (long.length === 3 || long.length === 4) && long[0] === short[0] && long.at(-1) === short[1];
}

/**
 * One name with its middle name written out and as an initial ("Harold J. Nicholson" / "Harold
 * James Nicholson", round 149's wrong keys refused each for the other): the same first and last
 * word, and a middle initial that is the middle name's first letter.
 */
export function middleInitialOf(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  if (x.length !== 3 || y.length !== 3 || x[0] !== y[0] || x[2] !== y[2] || x[1] === y[1]) return false;
  const initial = (w: string) => /^\p{Lu}\.?$/u.test(w);
  const [short, long] = initial(x[1]!) ? [x[1]!, y[1]!] : [y[1]!, x[1]!];
  return initial(short) && !initial(long) && long.startsWith(short[0]!);
}

/**
 * A short form that keeps the first name and one of the middle words of a long one ("Rémy Kuseyo"
 * for "Remy Henri Kuseyo Gatanga", where the family name stands before another): the same first
 * word, accents aside, and the second a word inside the long name.
 */
export function surnameInside(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (short.length !== 2 || long.length < 3 || long.length > 4 || foldAccents(long[0]!) !== foldAccents(short[0]!)) return false;
  return long.slice(1, -1).some((w) => foldAccents(w) === foldAccents(short[1]!));
}

/**
 * "Charles Taylor Jr." and "the son of the former Liberian dictator Charles Taylor": the name
 * without the suffix is the father the article names, not the son again (round 149).
 */
function fatherOfNamesake(a: string, b: string, text: string): boolean {
  const [long, short] = a.split(' ').length > b.split(' ').length ? [a, b] : [b, a];
  if (long.replace(/\s+(?:Jr|II)\.?$/, '') !== short) return false;
  return new RegExp(String.raw`\bson\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}${escapeRegExp(short)}(?![\p{L}])|${escapeRegExp(short)}[’']s\s+son\b`, 'u').test(text);
}

/** A military rank before a surname, written out or abbreviated: held beside any civilian office. */
const MILITARY_RANK = /^(?:General|Gen\.?|Admiral|Adm\.?|Colonel|Col\.?|Lieutenant|Lt\.?|Major|Maj\.?|Captain|Capt\.?|Commander|Brigadier|Sergeant|Sgt\.?)$/;

/** Abbreviated titles written before a name with a full stop, and the role each stands for. */
const ABBREVIATED_TITLES: Record<string, string> = {
  rep: 'Representative',
  sen: 'Senator',
  gov: 'Governor',
  gen: 'General',
  col: 'Colonel',
  lt: 'Lieutenant',
  sgt: 'Sergeant',
  capt: 'Captain',
  prof: 'Professor',
  adm: 'Admiral',
  cmdr: 'Commander',
  supt: 'Superintendent',
  insp: 'Inspector',
  det: 'Detective',
};

/**
 * A verb's "-ing" form in front of a lower-case title is no part of it ("causing president Joseph
 * Kabila to fire …", round 64), unless it is one that makes a kind of office ("acting president").
 */
const VERB_NOT_ROLE = /^(?!(?:acting|managing|ruling|outgoing|incoming|presiding|visiting|reigning|governing|founding|commanding|sitting|leading|ranking|serving|consulting|supervising)$)\p{L}+ing$/u;

/** Lower-case offices that end a role of their own when a capitalised title follows. */
const STACKED_OFFICE = /^(?:chairperson|chairman|chairwoman|chair|commissioner|spokesperson|spokesman|spokeswoman|director|leader)$/;

/** Adjectives of a field that belong to the office after them ("economic development minister", round 88). */
// ("former federal prosecutor Elie Honig" keeps "federal" and so "former", round 146.)
const FIELD_ADJECTIVE = /^(?:economic|foreign|financial|fiscal|social|environmental|political|military|public|cultural|agricultural|regional|national|international|digital|legal|medical|scientific|technical|industrial|commercial|civil|criminal|judicial|electoral|educational|energy|editorial|executive|creative|artistic|general|federal|state|district|county|municipal)$/;

/** The role words in front of a name: titles, affiliations and role nouns ("U.S. State Department spokesperson"). */
function roleBefore(tokens: Token[], nameFrom: number, text: string): string | null {
  let k = nameFrom - 1;
  // "Judge Lord Kinclaven": the peer's "Lord" is how he is addressed; the role is "Judge".
  if (k > 0 && HONORIFICS.has(lower(tokens[k]!)) && tokens[k - 1]!.gapAfter === ' ') k--;
  if (k < 0) return null;
  // "Rep. Patrick Kennedy": an abbreviated title is a role too, written out ("Representative"), so
  // that "Senator Kennedy" elsewhere is not taken for him.
  const spelledOut = tokens[k]!.gapAfter === '. ' ? ABBREVIATED_TITLES[lower(tokens[k]!)] : undefined;
  if (tokens[k]!.gapAfter !== ' ' && !spelledOut) return null;
  const head = tokens[k]!;
  if (!isTitle(head)) return null;
  // "Presidents Muhammadu Buhari of Nigeria and Patrice Talon": a title of several is no one's role (round 95).
  if (/s$/.test(lower(head)) && TITLE_WORDS.has(lower(head).slice(0, -1))) return null;
  let from = k;
  let datedFrom: number | null = null;
  while (from - 1 >= 0) {
    const prev = tokens[from - 1]!;
    // "African Export–Import Bank president": a dash between two capitalised words joins one name (round 95).
    const dashed = /^[–-]$/.test(prev.gapAfter) && prev.capitalized && tokens[from]!.capitalized;
    // "St. Louis County Executive": a saint's "St." opens the place the office is of (round 148).
    const saint = prev.text === 'St' && prev.gapAfter === '. ' && tokens[from]!.capitalized;
    if ((!/^\s*[()]?\s*$/.test(prev.gapAfter) && !dashed && !saint) || prev.gapAfter.includes('\n')) break;
    const l = lower(prev);
    // "then-Home Secretary Roy Jenkins": the office is "Home Secretary"; "then-" dates it (round 96).
    const dated = /^(?:then|ex|former)-(?=\p{Lu})/u.exec(prev.text);
    if (dated && prev.gapAfter === ' ') {
      datedFrom = prev.start + dated[0].length;
      break;
    }
    const joinsWord = (t: Token | undefined) => Boolean(t && (t.capitalized || isTitle(t)));
    // "Police and Crime Commissioner": "and" joins two words of an office, never a name to one
    // ("Putin and Defense Minister …"), so only after a word no name is made of (round 92).
    const joinsAnd = l === 'and' && tokens[from - 2] !== undefined && NON_PERSON_WORDS.has(lower(tokens[from - 2]!)) && tokens[from]!.capitalized;
    // "AU chairperson President Abdel Fattah el-Sisi": a lower-case office before a capitalised title
    // is another office of the same man, not part of this one (round 95).
    if (STACKED_OFFICE.test(prev.text) && tokens[from]!.capitalized && isTitle(tokens[from]!)) break;
    const joins = prev.capitalized || isTitle(prev) || (l === 'of' && joinsWord(tokens[from - 2]) && tokens[from]!.capitalized) || joinsAnd;
    if (!joins || (STOP_CAPITALS.has(l) && !joinsAnd)) break;
    from--;
  }
  // Trim leading words that are not part of a role ("Accompanying Putin … including Defense Minister").
  // Nor a sentence's opening conjunction ("Neither US President Donald Trump nor …", round 71), nor a
  // day ("This Wednesday Greek Foreign Minister George Katrougalos", round 94).
  while (from < k && ((!tokens[from]!.capitalized && !isTitle(tokens[from]!)) || /^(?:Neither|Either|Both|Nor|Not|And|But|Or|While|When|As|If|Although|Though|Tell|Ask|Let|Dear|Thank|Thanks|Welcome|Vote|Elect|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(tokens[from]!.text))) from++;
  // "flight director Chloe Mehring": a lower-case noun in front of a lower-case title is part of it.
  // So are two ("student union president Amy McDermott", round 79).
  if (from === k && !head.capitalized && k > 0) {
    const nounInFront = (prev: Token | undefined) => {
      if (!prev) return false;
      const tag = tagText(text).get(prev.start)?.tags;
      // Not "including chairman Meles Zenawi": a list's word is no part of the title.
      return prev.gapAfter === ' ' && !prev.capitalized && tag?.has('Noun') === true && !tag.has('Pronoun') && !tag.has('Plural') && !tag.has('Gerund') && !STOP_CAPITALS.has(lower(prev)) && !/^(?:including|like|among|such)$/.test(lower(prev)) && !VERB_NOT_ROLE.test(lower(prev));
    };
    while (from > k - 2 && nounInFront(tokens[from - 1])) from--;
    if (tokens[from - 1]?.gapAfter === ' ' && FIELD_ADJECTIVE.test(lower(tokens[from - 1]!))) from--;
    // "trade and industry commissioner Albert Muchanga": two nouns joined by "and" make one office (round 95).
    const and = tokens[from - 1];
    if (from === k - 1 && and && lower(and) === 'and' && and.gapAfter === ' ' && nounInFront(tokens[from - 2])) from -= 2;
  }
  // "previous leader Charles Kennedy": a role he no longer holds keeps the word that says so (round 135's wrong key).
  if (datedFrom === null && tokens[from - 1]?.gapAfter === ' ' && /^(?:former|previous|ex|late|outgoing|erstwhile)$/.test(tokens[from - 1]!.text)) from--;
  let role = text.slice(datedFrom ?? tokens[from]!.start, head.end);
  if (spelledOut) role = role.slice(0, role.length - head.text.length) + spelledOut;
  // "South Korea’s Vice Foreign Minister": keep the possessive in the role text.
  role = role.replace(/\s+/g, ' ').replace(MISSPELT_TITLE, (w) => MISSPELT_TITLES[w.toLowerCase()]!).trim();
  return /[a-z]/i.test(role) ? role : null;
}

/** An appositive role after the name: "Yuri Ushakov, the foreign policy adviser to …," */
// Full stops inside an abbreviation ("the U.S. actor") do not end a role: masked while it is read.
const DOT_MASK = '\u2024';

function roleAfter(text: string, nameEnd: number): string | null {
  // So do those of "the U.S. Army Corps of Engineers" (round 80): after "the", more of a name follows.
  const role = roleAfterMasked(text.slice(nameEnd, nameEnd + 200).replace(/\b(?:[A-Z]\.){2,}(?=\s+\p{Ll})|(?<=\bthe\s+)(?:[A-Z]\.){2,}(?=\s+\p{Lu}\p{L}*\s+\p{L})/gu, (m) => m.replaceAll('.', DOT_MASK)), 0);
  // "a 28-year-old resident of Basra to Reuters" (the article's "told" missing): the outlet is no part of the role.
  return role && role.replaceAll(DOT_MASK, '.').replace(/\s+to\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)$/u, (m, outlet: string) => (NEWS_OUTLETS.has(outlet) ? '' : m));
}

// "the president of Chrysler announced that …", "Ohio's Congresswoman put forward the CARS act":
// an appositive no comma closes ends at the verb of its sentence (round 111).
// (Not every speech verb: "in continued protest", "a periodical called Nameh" are parts of roles.)
const ROLE_ENDS_AT_VERB = /\s+(?:said|says|told|tells|announced|announces|stated|added|explained|warned|noted|claimed|insisted|argued|confirmed|revealed|declared|admitted|denied|urged|asked|wrote|responded|replied|put|filed|introduced|sponsored|proposed|signed|unveiled)(?:\s.*)?$/;

function roleAfterMasked(text: string, nameEnd: number): string | null {
  const rest = text.slice(nameEnd);
  const m = /^,\s+((?:the|a|an|who|its|his|her|their)\s[^,;.()“”"]{3,160}|[A-Za-z][^,;.()“”"]{2,120})(?=[,;.]|\s+(?:told|said|says)\s|$)/.exec(rest);
  if (!m) return null;
  // "consultant to the US government on terrorism said in a telephone interview …": the role ends at its verb.
  // "head of Egypt's regency for a short while before the revolution in which …": the role ends
  // where a clause of when or which begins.
  let phrase = m[1]!.trim().replace(ROLE_ENDS_AT_VERB, '').replace(/(\S+\s+\S+.*?)\s+(?:before|after|when|until|in which|which|where)\s.*$/, '$1');
  // "current Secretary-General of the United Nations and Omar al-Bashir": the next person of a list
  // is no part of the role (round 69).
  const next = /\s+and\s+(\p{Lu}[\p{L}’'-]*)(?:\s+(?:al-|el-|bin\s+)?\p{Lu}[\p{L}’'-]*){1,3}$/u.exec(phrase);
  if (next && knownFirstName(next[1]!)) phrase = phrase.slice(0, next.index);
  // "Fitzhugh L. Fulton, program manager for … Operations NASA astronaut Donald K. “Deke” Slayton":
  // a phrase that ends in a title and a first name is the next person of a list, with their office
  // (round 119's wrong key gave Slayton's office to Fulton).
  // (Not a role held towards someone: "the foreign policy adviser to Russian President Vladimir Putin".)
  const tail = phrase.split(/\s+/);
  const named = tail.findIndex((w, i) => i > 0 && knownFirstName(w) && TITLE_WORDS.has(tail[i - 1]!.toLowerCase()) && tail.slice(i).every((x) => /^\p{Lu}/u.test(x)));
  if (named > 0) {
    let from = named - 1;
    while (from > 0 && (TITLE_WORDS.has(tail[from - 1]!.toLowerCase()) || DEMONYM_SET.has(tail[from - 1]!.toLowerCase()) || /^[A-Z][A-Z.]+$/.test(tail[from - 1]!))) from--;
    if (!/^(?:to|of|for|with|under|by|from|at)$/i.test(tail[from - 1] ?? '')) return null;
  }
  const words = phrase.toLowerCase().split(/\s+/);
  const first = words[0]!;
  // A role head, or a noun of what people are ("a United Russia parliamentarian", "a Green activist").
  const hasHead = words.some((w) => ROLE_HEAD_WORDS.has(w.replace(/[’']s$/, ''))) || /(?:ian|ist|[^aeiou]sman|swoman)$/.test(words.at(-1)!);
  // "who is director of …", "who was the last Ottoman Caliph" read as the role after "who is";
  // "who worked for the charity …" is what they do.
  if (/^who\s+(?:is|was)\s+(?:an?|the)\s+\p{Ll}/u.test(phrase)) return phrase.replace(/^who\s+(?:is|was)\s+(?:an?|the)\s+/, '');
  if (first === 'who') {
    if (/^who\s+(?:is|was)\s+\p{Ll}/u.test(phrase) && ROLE_HEAD_WORDS.has(words[2]!)) return phrase.replace(/^who\s+(?:is|was)\s+/, '');
    return /^who\s+(?:is|was|oversees|leads|heads|runs|chairs|serves|works\s+for|worked\s+for)/.test(phrase) ? phrase : null;
  }
  // "her son Scott, her daughter Missy, and …": a phrase ending in a name is the next one of a list.
  if (['its', 'his', 'her', 'their'].includes(first) && /\s\p{Lu}[\p{L}’'-]*$/u.test(phrase)) return null;
  if (['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(first)) return hasHead ? phrase.replace(/^(?:the|a|an)\s+/i, '') : null;
  // Bare role: "Queen of Denmark", "minister of foreign affairs" — but not the next person in a
  // list ("…, Foreign Minister Sergei Lavrov").
  const raw = phrase.split(/\s+/);
  const nameAfterTitle = raw.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && TITLE_WORDS.has(raw[i - 1]!.toLowerCase()) && /^\p{Lu}/u.test(raw[i - 1]!));
  // "former Chief Contracting Officer of the U.S. Army Corps of Engineers" (round 80), but not
  // "former Foreign Minister Sergei Lavrov": nothing capitalised after the office's head word.
  const capitalHead = raw.findLastIndex((w, i) => i >= 1 && i <= 4 && ROLE_HEAD_WORDS.has(w.toLowerCase()));
  if (/^(?:former|then|acting|interim|retired|outgoing|incoming)$/.test(first) && capitalHead > 0 && raw.slice(1, capitalHead + 1).every((w) => /^\p{Lu}/u.test(w)) && !/^\p{Lu}/u.test(raw[capitalHead + 1] ?? 'x') && !(raw.length >= 2 && knownFirstName(raw.at(-2)!) && /^\p{Lu}/u.test(raw.at(-1)!))) return phrase;
  if (nameAfterTitle) return null;
  if (TITLE_WORDS.has(first) && hasHead) return phrase;
  // "US Secretary of State", "UK Foreign Secretary": a country's office.
  if (raw.length > 1 && (placeType(raw[0]!.replace(/[’']s$/, '')) !== null || /^(?:US|UK|U\.S\.|U\.K\.|EU|UN)$/.test(raw[0]!) || DEMONYM_SET.has(first)) && TITLE_WORDS.has(raw[1]!.toLowerCase()) && hasHead) return phrase;
  // "Borg Palm, Kazemi's solicitor, stated …": someone's agent or relative.
  // "SpaceX's manager for business development": what the role is for may follow it.
  const owned = /^(?:(?:al|el)-)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?[’']s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)(?:\s+(?:for|of|in|at)\s+(?:[\p{L}-]+\s*){1,4})?$/u.exec(phrase);
  if (owned && owned[1]!.split(/\s+/).some((w) => ROLE_HEAD_WORDS.has(w))) return phrase;
  // A lower-case role with its head in the first few words ("public information officer for …").
  // (Not "working through his son Nathaniel J.": a relation of the person's own is no role of theirs, round 149.)
  const head = raw.slice(0, 4).findIndex((w) => ROLE_HEAD_WORDS.has(w.toLowerCase()));
  if (raw.slice(1, Math.max(1, head)).some((w) => /^(?:his|her|their|its)$/.test(w))) return null;
  return head >= 0 && raw.slice(0, head + 1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !/^(?:and|or|but|who|which|that|the|a|an)$/.test(w)) ? phrase : null;
}

/** Given names and their usual short forms ("Robert Yang" … "Bob Yang", round 134's wrong key). */
const NICKNAMES: [string, string[]][] = [
  ['robert', ['bob', 'bobby', 'rob', 'robbie']], ['william', ['bill', 'billy', 'will', 'willie']], ['james', ['jim', 'jimmy', 'jamie']],
  ['michael', ['mike', 'mick', 'mickey']], ['richard', ['rick', 'dick', 'rich', 'richie']], ['thomas', ['tom', 'tommy']],
  ['joseph', ['joe', 'joey']], ['edward', ['ed', 'eddie', 'ted', 'ned']], ['charles', ['charlie', 'chuck']], ['elizabeth', ['liz', 'beth', 'betty']],
  ['katherine', ['kate', 'kathy', 'katie']], ['catherine', ['cathy', 'kate']], ['margaret', ['maggie', 'meg', 'peggy']], ['christopher', ['chris']],
  ['daniel', ['dan', 'danny']], ['david', ['dave']], ['anthony', ['tony']], ['gwendolyn', ['gwen']], ['jennifer', ['jen', 'jenny']],
  ['patricia', ['pat', 'patty']], ['patrick', ['pat']], ['susan', ['sue']], ['stephen', ['steve']], ['steven', ['steve']], ['kenneth', ['ken']],
  ['ronald', ['ron']], ['donald', ['don']], ['gerald', ['gerry', 'jerry']], ['lawrence', ['larry']], ['timothy', ['tim']], ['andrew', ['andy']],
  ['nicholas', ['nick']], ['benjamin', ['ben']], ['samuel', ['sam']], ['alexander', ['alex']], ['matthew', ['matt']], ['jonathan', ['jon']],
];
const NICKNAME_OF = new Map(NICKNAMES.flatMap(([full, short]) => short.map((n) => [n, full] as const)));

/** Whether two full names are one person's, one with a short form of the other's given name. */
function byNickname(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().split(/\s+/), b.toLowerCase().split(/\s+/)];
  if (x.length !== 2 || y.length !== 2 || x[1] !== y[1] || x[0] === y[0]) return false;
  return NICKNAME_OF.get(x[0]!) === y[0] || NICKNAME_OF.get(y[0]!) === x[0];
}

/** Titles that only ever precede a person's name ("President Biden"), unlike "Chief Architect". */
const PERSON_TITLES = new Set(['president', 'minister', 'secretary', 'senator', 'sen', 'governor', 'gov', 'mayor', 'queen', 'king', 'prince', 'princess', 'pope', 'judge', 'justice', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'general', 'gen', 'admiral', 'ambassador', 'administrator', 'chancellor', 'premier', 'sheikh', 'emir', 'sultan', 'emperor', 'empress', 'lady', 'lord', 'sir', 'dame', 'rep', 'representative', 'spokesperson', 'spokesman', 'spokeswoman', 'astronaut', 'cosmonaut', 'coach', 'captain', 'colonel', 'sergeant', 'lieutenant', 'commissioner', 'director']);

/**
 * Two spellings of one name ("Marc Antony" / "Mark Antony", "Philip" / "Phillip"): the same words
 * once c-before-a-consonant reads as k, ph as f and doubled letters as one. Only whole names of two
 * or more words, so that a lone "Mark" and "Marc" stay apart.
 */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b || !a.includes(' ') || a.split(' ').length !== b.split(' ').length) return false;
  if (spellingKey(a) === spellingKey(b)) return true;
  // "Mikhail" / "Mikheil Saakashvili": a long first name transliterated two ways before one surname.
  // (Cheap tests first: the merge compares every mention with every person.)
  const [ia, ib] = [a.indexOf(' '), b.indexOf(' ')];
  // "Binyamin" / "Benjamin Netanyahu" too (round 79): the same first letter is enough.
  if (ia < 6 || ib < 6 || a[0] !== b[0] || a.slice(ia) !== b.slice(ib)) return false;
  return distance(a.slice(0, ia), b.slice(0, ib), 2) <= 2;
}

// Names recur throughout an article: each is reduced once. The merge compares every mention with
// every person (bench:generate, 10,029 words: 1,433 ms without this, 1,159 ms with it).
const spellingKeys = new Map<string, string>();
function spellingKey(name: string): string {
  let k = spellingKeys.get(name);
  if (k === undefined) {
    k = name.toLowerCase().replace(/ph/g, 'f').replace(/c(?![eiy])/g, 'k').replace(/(\p{L})\1/gu, '$1');
    if (spellingKeys.size > 10_000) spellingKeys.clear();
    spellingKeys.set(name, k);
  }
  return k;
}

function sharesHead(a: string, b: string): boolean {
  const heads = (r: string) => new Set(r.toLowerCase().split(/[^a-z-]+/).filter((w) => ROLE_HEAD_WORDS.has(w) || w === 'lady'));
  const ha = heads(a);
  return [...heads(b)].some((h) => ha.has(h));
}

/** A word written capitalised at least twice away from the start of a sentence. */
function recurringCapital(text: string, word: string): boolean {
  const re = new RegExp(`(?<![.!?“"]\\s|^|\\n)(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'gu');
  return (text.match(re) ?? []).length >= 2;
}

/** A first name compromise's tagger (in context) or its lexicon (alone) knows. */
function givenName(t: Token, tags: ReturnType<typeof lexiconTags>): boolean {
  return tags.first.has(t.start) || knownFirstName(t.text);
}

/** Whether a run of a body's name ends in a person's full name (the last two of at least three words). */
function trailingName(run: Token[], text: string, tags: ReturnType<typeof lexiconTags>): boolean {
  if (run.length < 3) return false;
  const [given, surname] = run.slice(-2) as [Token, Token];
  if (CONNECTORS.has(given.text) || [given, surname].some((t) => NON_PERSON_WORDS.has(lower(t)) || ORGANISATION_ENDS.has(lower(t)) || placeType(t.text) !== null)) return false;
  return givenName(given, tags) || surnameAlone(text, given.text, surname.text);
}

/** A surname written capitalised without the given name in front, away from a sentence's start ("said Borowski"). */
function surnameAlone(text: string, given: string, surname: string): boolean {
  return new RegExp(`(?<![.!?“"]\\s|^|\\n)(?<!${escapeRegExp(given)}\\s)(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(text);
}

function key(tokens: Token[]) {
  return tokens.map((t) => t.text).join(' ');
}

/** Whether `at` lies in a bracketed list right after a capitalised word: "St-Onge (Nancy Drew, Jem and the Misfits)". */
function creditsInBrackets(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf('(', at);
  if (open < 0 || sentence.slice(open, at).includes(')')) return false;
  const close = sentence.indexOf(')', at);
  if (close < 0) return false;
  return /\p{Lu}[\p{L}’'-]*\s*$/u.test(sentence.slice(0, open)) && /,|\sand\s/.test(sentence.slice(open + 1, close));
}

/** Where the head of an appositive ends ("retail expert | from Queensland University …"), and of a "who" clause. */
const APPOSITIVE_HEAD_ENDS = /\s+(?:to|of|for|in|at|on|from|with|by|which|that|where)\s/;
const CLAUSE_HEAD_ENDS = /\s+(?:to|of|for|in|at|on|which|that|where)\s/;

/** Ranks before a title of several ("Executive Engineers …", "Senior Officials …"). */
const SEVERAL_RANK = /^(?:Executive|Senior|Chief|Deputy|Assistant|Associate|Principal|Lead|Junior|Staff|Research|Project|Program|Flight|Test)$/;

export function extractPeople(text: string, sentences: Sentence[]): PersonFact[] {
  const tags = lexiconTags(text);
  const mentions: Mention[] = [];
  const uncued: Mention[] = [];
  const singles: { token: Token; sentenceIndex: number; cued: boolean; speech: boolean; role: string | null; title: string | null }[] = [];
  // Names an appositive showed to be things ("Yad Vashem, Israel's official memorial …").
  const thingNames = new Set<string>();
  // A name with a quoted nickname inside, as the article writes it, by its name without the nickname.
  const written = new Map<string, string>();

  // One-word outlets the article also gives as a person's surname ("Michael Bloomberg").
  const outletSurnames = new Set([...NEWS_OUTLETS].filter((o) => !/\s/.test(o) && text.includes(o) && [...text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(o)}(?![\\p{L}])`, 'gu'))].some((m) => knownFirstName(m[1]!))));
  // Where the text names a known body with a lower-case word inside ("Save the Children").
  // (Plain string search: a name of several words cannot sit inside another word's letters.)
  const bankSpans: [number, number][] = [];
  for (const name of BANK_NAMES_WITH_LOWER_CASE) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) bankSpans.push([at, at + name.length]);
  const inBankName = (at: number) => bankSpans.some(([a, b]) => a <= at && at < b);

  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start);
    const nicknamed = nicknamedNames(sentence, tokens, text);
    for (const m of nicknamed) {
      mentions.push(m.mention);
      written.set(key(m.mention.tokens), m.written);
    }
    // The name's parts on either side of the nickname are read once, as that name.
    const inNickname = (t: Token) => nicknamed.some((m) => m.mention.tokens[0]!.start <= t.start && t.end <= m.mention.tokens.at(-1)!.end);
    // "On Tuesday John Smith said …": a sentence's capitalised opening words and a weekday are no
    // part of the name after them (round 97's "Yvo de Boer" was lost with them). "The" and "A" stay,
    // since they open titles ("A Prairie Home Companion"), and so do honorifics ("Dr Haider Ali").
    const runs = capitalisedRuns(tokens)
      .filter((r) => !inNickname(tokens[r.to]!))
      .map((r) => {
        let from = r.from;
        const opening = (t: Token) => (STOP_CAPITALS.has(lower(t)) && !/^(?:the|a|an)$/.test(lower(t)) && !HONORIFICS.has(lower(t))) || WEEKDAYS.includes(lower(t));
        while (from < r.to - 1 && opening(tokens[from]!) && tokens[from]!.gapAfter === ' ') from++;
        // "Mayor of St. Louis Francis Slay", "St. Louis County Executive Charlie Dooley": a run that
        // a saint's "St." opens begins with a place's name, not a person's (round 148 read "Louis
        // Francis Slay").
        const saint = tokens[from - 1];
        // ("St. Louis Cardinals", two words after "St.", is a place or its team: no one, round 149.)
        // (Only a place's saint: "theologian St. Thomas Aquinas" is a person.)
        if (from === r.from && saint?.text === 'St' && sentence.text[saint.end - sentence.start] === '.' && SAINT_PLACES.has(tokens[from]!.text)) {
          if (r.to - from < 2) return null;
          from++;
        }
        // "Republican Senators Dan Coats of Indiana, John McCain …": a title of several, with its
        // party, is no one's name (round 133).
        const severalTitle = (t: Token | undefined) => t !== undefined && /s$/.test(lower(t)) && TITLE_WORDS.has(lower(t).slice(0, -1));
        // So is one with its rank ("Executive Engineers Carlton Kemper and Addison Rothrock", round 137).
        if ((PARTY_WORD.test(tokens[from]!.text) || SEVERAL_RANK.test(tokens[from]!.text)) && severalTitle(tokens[from + 1]) && from + 2 < r.to) from += 2;
        else if (severalTitle(tokens[from]) && from + 1 < r.to) from += 1;
        // "Assistant U.S. Attorneys Pamela K. Chen and Margo K. Brodie": a title of several further
        // in ends the office too, before a name of two words or more (round 149's wrong key).
        const pluralAt = tokens.slice(from, Math.max(from, r.to - 1)).findLastIndex(severalTitle);
        if (pluralAt >= 0) from += pluralAt + 1;
        // "High Commissioner for Human Rights Navi Pillay", "Minister for Foreign Affairs Julie
        // Bishop": the office's field ends the office, and the name follows it (round 127).
        // "the Permanent Assembly for Human Rights La Plata": a body's field, then the place it
        // serves, is no one's name (round 133).
        const before = sentence.text.slice(0, tokens[from]!.start - sentence.start);
        // "Save the Children": a known body whose name runs on in lower case (round 140).
        if (inBankName(tokens[from]!.start)) return null;
        // "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits)": a list in brackets after a
        // name is their works, not people (round 144).
        if (creditsInBrackets(sentence.text, tokens[from]!.start - sentence.start)) return null;
        // "the Glenn Hall of Fame": a hall named for someone, not them (round 137).
        if (/\bHall\s+of\s+Fame\b/.test(sentence.text.slice(tokens[from]!.start - sentence.start, tokens[r.to]!.end - sentence.start + 8))) return null;
        // "Secretary General of the Andean Community Wagner": the body an office is of, then the
        // holder's surname (round 147's wrong key read "Andean Community Wagner" as one name).
        if (OFFICE_OF_BODY.test(before) && r.to - from >= 2 && ORGANISATION_ENDS.has(lower(tokens[r.to - 1]!)) && tokens[r.to]!.capitalized) from = r.to;
        const office = OFFICE_FOR.test(before);
        const field = office || ORG_HEAD_BEFORE.test(before) ? tokens.slice(from, r.to).findIndex((t) => FIELD_WORD.test(t.text)) : -1;
        if (field >= 0 && from + field < r.to) {
          const rest = tokens.slice(from + field + 1, r.to + 1).map((t) => t.text).join(' ');
          // (An office's holder has a name of two words or more after the field.)
          if (office) from += from + field + 1 < r.to ? field + 1 : 0;
          else if (placeType(rest) !== null || /^(?:La|Las|Los|Le|El|San|Santa|Saint|St\.?|Port|Fort|New)\s/.test(rest)) return null;
        }
        return { from, to: r.to };
      })
      .filter((r): r is { from: number; to: number } => r !== null);
    let pendingRole: { role: string; endsAt: number } | null = null;
    // The cue carries over a list: "astronauts Stephen Bowen and Frank Rubio".
    let lastPersonEnd = -1;
    // So does a list of firms ("companies Philip Morris, Imperial Tobacco and Japan Tobacco").
    let thingsEnd = -1;
    for (const run of runs) {
      if (quotedTitle(tokens.slice(run.from, run.to + 1), text)) continue;
      // "the Criminal Division's Asset Forfeiture and Money Laundering Section": the first half of a
      // body's name that "and" joins to its second (round 149 read "Asset Forfeiture" as a person).
      const joined = /^\s+and\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(\p{Lu}[\p{L}’'-]*)/u.exec(text.slice(tokens[run.to]!.end, tokens[run.to]!.end + 80));
      // (Not a person before a body: "Tom Smith and Jane Doe Foundation staff" begins with a first name.)
      if (joined && ORGANISATION_ENDS.has(joined[1]!.toLowerCase()) && !knownFirstName(tokens[run.from]!.text)) continue;
      // "Resident Thomas Greene of Millbrook": "of Millbrook" is where he is from, not his name.
      const of = tokens.findIndex((t, i) => i > run.from && i <= run.to && t.text === 'of');
      // Not in a role ("Minister of Foreign Affairs"): only after a word that is no title.
      const beforeOf = tokens[of - 1];
      const nameBeforeOf = of > run.from && beforeOf !== undefined && !isTitle(beforeOf) && !HONORIFICS.has(lower(beforeOf)) && !DESCRIPTOR_WORDS.has(lower(beforeOf)) && !isInitialism(beforeOf);
      // "Scottish Council of Jewish Communities Ephraim Borowski": "of" inside a body's name, which a
      // full name ends (a known first name, or a surname the article also uses alone: "said Borowski").
      // ("University of South Carolina Beaufort" is a campus after its place: no person "Carolina Beaufort", round 88.)
      const campus = placeType(tokens.slice(of + 1, run.to).map((t) => t.text).join(' ')) !== null;
      const bodyThenName = nameBeforeOf && ORGANISATION_ENDS.has(lower(beforeOf)) && !campus && trailingName(tokens.slice(of + 1, run.to + 1), text, tags);
      const runTo = nameBeforeOf && !bodyThenName ? of - 1 : run.to;
      const runTokens = tokens.slice(run.from, runTo + 1);
      const runStart = runTokens[0]!.start;
      // "PT Hutama Karya", "PT Garuda Indonesia": an Indonesian firm, whatever follows.
      if (runTokens.length > 1 && /^(?:PT|CV|Tbk)$/.test(runTokens[0]!.text)) {
        pendingRole = null;
        continue;
      }
      // "RIA Novosti", "Agence France-Presse": an outlet is no person, nor any part of it; but
      // "Bloomberg won …" in a story on Michael Bloomberg is the man (round 142).
      const outlet = runTokens.map((t) => t.text).join(' ');
      if (NEWS_OUTLETS.has(outlet) && !outletSurnames.has(outlet)) {
        pendingRole = null;
        continue;
      }
      // One body named after its kind starts no list: "the newspaper Hürriyet, Justice Minister …".
      // But "director of surf magazine Glass.cl Rodrigo Farías": the body's one-word name, then a
      // person's (a first name follows it), as in "NASA Bill Nelson".
      let bodyBefore = -1;
      // "cargo ship MV Namse Bangdzod": a vessel, however its name reads (round 90).
      if (VESSEL_PREFIX.test(runTokens[0]!.text)) {
        pendingRole = null;
        continue;
      }
      if (THING_BEFORE.test(text.slice(Math.max(0, runStart - 20), runStart))) {
        if (runTokens.length < 3 || !givenName(runTokens[1]!, tags)) {
          pendingRole = null;
          continue;
        }
        bodyBefore = 0;
      }
      // "The Center for Biological Diversity", "PLoS Computational Biology": the rest of a body's or a
      // journal's name, after its head word or ending in a field of study, is no person (round 94).
      if ((ORG_HEAD_BEFORE.test(text.slice(Math.max(0, runStart - 30), runStart)) && runTokens.length <= 2) || FIELD_WORD.test(runTokens.at(-1)!.text)) {
        pendingRole = null;
        continue;
      }
      // "also known as “Chemical Ali”", "the nickname “Chemical Ali”": a nickname is no second person (round 68).
      if (/\b(?:known\s+as|nicknamed|nickname|dubbed|called)\s*[“"]$/.test(text.slice(Math.max(0, runStart - 24), runStart))) {
        pendingRole = null;
        continue;
      }
      // "the attacks on the Charlie Hebdo magazine": a name its kind follows is a body's (round 64).
      const runLast = runTokens[runTokens.length - 1]!;
      if (!runLast.possessive && (THING_AFTER.test(text.slice(runLast.end, runLast.end + 20)) || INSTRUMENT_AFTER.test(text.slice(runLast.end, runLast.end + 40)) || (/\bthe\s+$/i.test(text.slice(Math.max(0, runStart - 5), runStart)) && THING_AFTER_THE.test(text.slice(runLast.end, runLast.end + 60))))) {
        pendingRole = null;
        continue;
      }
      if (THINGS_LIST.test(text.slice(Math.max(0, runStart - 40), runStart)) || (thingsEnd >= 0 && /^(?:,\s*|,?\s+and\s+|,?\s+or\s+)$/.test(text.slice(thingsEnd, runStart)))) {
        thingsEnd = tokens[run.to]!.end;
        pendingRole = null;
        continue;
      }
      thingsEnd = -1;
      // Split titles off the front: the name is what follows the last title word. Generic
      // descriptors in front ("Passenger Maria Lopez", "Witness Sarah Brown") are split off too.
      let lastTitle = bodyBefore;
      while (lastTitle + 2 < runTokens.length && DESCRIPTOR_WORDS.has(lower(runTokens[lastTitle + 1]!))) lastTitle++;
      // Only where a sentence starts is a common noun capitalised before a name.
      // Not before four more names: "Yasser Reda Ali Abdullah Said" is one man's name (round 78).
      if (run.from === 0 && lastTitle === -1 && runTokens.length >= 3 && runTokens.length <= 4 && occupationWord(runTokens[0]!, tags)) lastTitle = 0;
      runTokens.forEach((t, i) => {
        // "defense minister Sultan Hashim Ahmad al-Tal": after an office, "Sultan" is a given name (rounds 30 and 68).
        const previous = i > 0 ? runTokens[i - 1]! : tokens[run.from - 1];
        if (lower(t) === 'sultan' && previous && ROLE_HEAD_WORDS.has(lower(previous)) && i + 1 < runTokens.length) return;
        // "founded by Dean Kamen": a title that is also a given name, before a surname alone, is the
        // given name (round 82's wrong key), unless "the" or an owner marks it as an office.
        if (GIVEN_NAME_TITLES.has(lower(t)) && i === 0 && runTokens.length === 2 && !/(?:\bthe|[’']s)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) return;
        // "Attorney General Loretta King": a title word last, after a given name, is the surname (round 150).
        // (Not after a heading's gerund: "Honoring James Dean and His Artistic Legacy".)
        if (i > 0 && i === runTokens.length - 1 && givenName(runTokens[i - 1]!, tags) && !HONORIFICS.has(lower(t)) && !(/^\p{Lu}\p{Ll}+ing$/u.test(runTokens[0]!.text) && !isTitle(runTokens[0]!))) return;
        if ((isTitle(t) && !usedAsName(text, t.text)) || HONORIFICS.has(lower(t))) lastTitle = Math.max(lastTitle, i);
      });
      // Leading affiliations ("SCaN Kevin Coggins", "NASA Bill Nelson") are not part of the name.
      // So is a place ending a title before it ("Regional Director for Africa Luis Sambo": the run
      // starts after "for"), when a first name follows.
      const placeBeforeName = (k: number) => placeType(runTokens[k]!.text) !== null && runTokens.length - k - 1 >= 2 && givenName(runTokens[k + 1]!, tags);
      // A nationality in front ("Tunisian Abderrahim Zhiou"), but not after a country's possessive,
      // where it is a given name ("Colombia's German Naranjo Jaramillo").
      const nationality = (k: number) => (DEMONYM_SET.has(lower(runTokens[k]!)) || knownDemonym(runTokens[k]!.text) || demonymOfPlace(runTokens[k]!.text)) && !(k === 0 && tokens[run.from - 1]?.possessive);
      // (An initialism only before a full name: "LA Weekly" is a paper, not Mr Weekly, round 81.)
      // So is a follower's or a profession's "-ist" word before a first name ("Scientologist Tom Cruise", round 81).
      const adherent = (k: number) => (/\p{Ll}ists?$/u.test(runTokens[k]!.text) || PARTY_WORD.test(runTokens[k]!.text)) && runTokens.length - k - 1 >= 2 && givenName(runTokens[k + 1]!, tags);
      // A nationality of two words ("South Korean Ban Ki-moon", "North Korean Kim Jong Un").
      const twoWordNationality = (k: number) => k + 3 <= runTokens.length - 1 && DEMONYM_SET.has(`${lower(runTokens[k]!)} ${lower(runTokens[k + 1]!)}`);
      for (;;) {
        if (twoWordNationality(lastTitle + 1)) lastTitle += 2;
        else if (lastTitle + 2 < runTokens.length && ((isInitialism(runTokens[lastTitle + 1]!) && (lastTitle + 3 < runTokens.length || placeType(runTokens[lastTitle + 1]!.text) !== null)) || nationality(lastTitle + 1) || placeBeforeName(lastTitle + 1) || adherent(lastTitle + 1))) lastTitle++;
        else break;
      }
      // "According to Amnesty International Iason Athanasiadis-Fowden" (the comma missing): a known
      // body in front is no part of the name.
      for (let k = lastTitle + 2; k < runTokens.length - 1; k++) if (BANK_ORGANISATIONS.has(runTokens.slice(lastTitle + 1, k + 1).map((t) => t.text).join(' '))) lastTitle = k;
      // "… for the Iraqi Armed Forces Hussein Rashid Mohammed": a body's head word, then a full name (round 68).
      // (A first name the lexicons know, or an Arabic family name, shows where the person's name begins.)
      const personTail = (k: number) => givenName(runTokens[k + 1]!, tags) || (PARTICLE_NAME.test(runTokens.at(-1)!.text) && runTokens.slice(k + 1).every((t) => !NON_PERSON_WORDS.has(lower(t))));
      // "CEO of the Refugee Council Enver Solomon told Sky News": two words after a body's head word,
      // then a speech verb, are a person's name whatever the lexicons know of it.
      const next = tokens[runTo + 1];
      const saidNext = next !== undefined && runTokens.at(-1)!.gapAfter === ' ' && SPEECH_VERBS.has(next.text.toLowerCase());
      for (let k = lastTitle + 1; k < runTokens.length - 2; k++) if ((NON_PERSON_WORDS.has(lower(runTokens[k]!)) || ORGANISATION_ENDS.has(lower(runTokens[k]!))) && (personTail(k) || (saidNext && k === runTokens.length - 3 && ORGANISATION_ENDS.has(lower(runTokens[k]!))))) lastTitle = k;
      // "head of the Palestinian Centre for Strategic Research Amin Dabur": the rest of a body's name
      // after "for", then a full name (round 69).
      // ("U.S. Attorney for the Northern District of Illinois Patrick Fitzgerald": an office's, round 150.)
      if (lastTitle === -1 && runTokens.length >= 4 && /\b(?:Centre|Center|Institute|Council|Committee|Foundation|Department|Ministry|Office|Association|Society|School|College|University|Agency|Commission|Bureau|Attorney|Director|Secretary|Minister|Commissioner|Ambassador|Administrator|Coordinator)\s+(?:for|of)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, runTokens[0]!.start - 40), runTokens[0]!.start))) {
        // (Without a first name the lexicons know, the last two words, the commonest length of a name.)
        const first = [runTokens.length - 3, runTokens.length - 2].find((k) => k > 0 && givenName(runTokens[k]!, tags)) ?? runTokens.length - 2;
        lastTitle = first - 1;
      }
      // "Regional Director for Africa Luis Sambo": a place after "for" or "of" belongs to the title.
      if (lastTitle >= 0 && /^(?:for|of)$/.test(runTokens[lastTitle + 1]?.text ?? '')) {
        let k = lastTitle + 2;
        while (k < runTokens.length - 2 && (placeType(runTokens[k]!.text) || placeType(`${runTokens[k]!.text} ${runTokens[k + 1]!.text}`))) k += placeType(runTokens[k]!.text) ? 1 : 2;
        if (k > lastTitle + 2 && runTokens.length - k >= 2) lastTitle = k - 1;
      }
      // "… of the Scottish Council of Jewish Communities Ephraim Borowski": after a body's name, a
      // full name.
      // (Three words when a given name opens them: "… of Puerto Rico Rosa Emilia Rodríguez-Vélez".)
      if (bodyThenName) lastTitle = runTokens.length - (runTokens.length >= 5 && givenName(runTokens.at(-3)!, tags) && placeType(runTokens.at(-3)!.text) === null && !NON_PERSON_WORDS.has(lower(runTokens.at(-3)!)) ? 4 : 3);
      // "Assistant Secretary of the Air Force for Acquisition Marvin Sambur": the last word of an
      // office after "for"/"of", then a full name that a known first name opens (round 86).
      if (lastTitle === -1 && runTokens.length === 3 && /\b(?:for|of)\s+$/.test(text.slice(Math.max(0, runStart - 5), runStart)) && givenName(runTokens[1]!, tags) && !givenName(runTokens[0]!, tags) && runTokens[0]!.text.length >= 4 && !isInitialism(runTokens[0]!) && !ORGANISATION_ENDS.has(lower(runTokens[2]!)) && !NON_PERSON_WORDS.has(lower(runTokens[2]!))) lastTitle = 0;
      const nameTokens = runTokens.slice(lastTitle + 1);
      const nameFrom = run.from + lastTitle + 1;
      const titleTokens = runTokens.slice(0, lastTitle + 1);

      if (nameTokens.length === 0 || CONNECTORS.has(nameTokens[0]!.text)) {
        // A role on its own ("South Korea’s Vice Foreign Minister,") may name the person after the comma.
        const last = runTokens[runTokens.length - 1]!;
        if (titleTokens.length && last.gapAfter.startsWith(',')) {
          const roleStart = roleBefore(tokens, run.from + lastTitle + 1, sentence.text.length ? text : text);
          // "the assistant to the U.S. Attorney General, Kenneth Wainstein": the office is the one he
          // assists, not his (round 140's wrong key).
          const assists = /\b((?:assistant|aide|adviser|advisor|deputy|secretary|counsel|spokes(?:man|woman|person))\s+(?:to|for)\s+(?:the\s+)?)$/i.exec(text.slice(Math.max(0, runTokens[0]!.start - 40), runTokens[0]!.start));
          const office = roleStart ?? text.slice(runTokens[0]!.start, last.end);
          pendingRole = { role: assists ? `${assists[1]}${office}` : office, endsAt: last.end };
        }
        continue;
      }
      // "The engineer Jenn Dupont said …": compromise may file an unknown full name under places when
      // a lower-case noun leads it, but one that a speech verb follows speaks.
      const leading = tokens[nameFrom - 1];
      const occupationBefore = leading !== undefined && leading.gapAfter === ' ' && /^\p{Ll}+$/u.test(leading.text) && (DESCRIPTOR_WORDS.has(leading.text) || ROLE_HEAD_WORDS.has(leading.text) || /(?:er|or|ist|ian)$/.test(leading.text));
      const speaks = occupationBefore && nameTokens.length >= 2 && nameTokens.length <= 3 && nameTokens.at(-1)!.gapAfter === ' ' && tokens[runTo + 1] !== undefined && SPEECH_VERBS.has(lower(tokens[runTo + 1]!));
      if (!looksLikeName(nameTokens, tags, outletSurnames, speaks)) {
        pendingRole = null;
        continue;
      }
      const lastName = nameTokens[nameTokens.length - 1]!;
      const before = tokens[run.from - 1];
      const after = tokens[runTo + 1];
      // "its owner Chariot Chauffeurs say they …": a plural verb after the name makes it a firm or
      // a group, unless the name ends a list ("Smith and Jones say") or is an example of the
      // group the verb belongs to ("Proponents … including Madrid's mayor Ana Botella believe").
      // (A list with a long title between: "Bill Nelson and Japan’s Minister of Education, … (MEXT)
      // Masahito Moriyama have signed", round 118's wrong key.)
      if (after && lastName.gapAfter === ' ' && /^(?:say|are|were|have|believe|claim|insist|warn)$/.test(after.text) && !/(?:\band|,)\s*$/.test(text.slice(Math.max(0, runTokens[0]!.start - 6), runTokens[0]!.start)) && !(nameTokens.length >= 2 && /\p{Lu}\p{Ll}+\s+and\s/u.test(text.slice(Math.max(sentence.start, runTokens[0]!.start - 120), runTokens[0]!.start))) && !EXAMPLE_BEFORE.test(text.slice(sentence.start, runTokens[0]!.start))) {
        pendingRole = null;
        continue;
      }

      // "… Tim Gunn and Grateful Dead drummer Mickey Hart": in a list, a name before a lower-case
      // occupation and another name is whom that person works or plays for (round 89).
      const next2 = tokens[runTo + 2];
      if (after && next2 && lastName.gapAfter === ' ' && after.gapAfter === ' ' && next2.capitalized && /^\p{Ll}{3,}(?:ist|er|or|man|woman)$/u.test(after.text) && !SPEECH_VERBS.has(after.text) && titleTokens.length === 0 && !givenName(nameTokens[0]!, tags) && /(?:\band|,)\s*$/.test(text.slice(Math.max(0, runTokens[0]!.start - 6), runTokens[0]!.start))) {
        pendingRole = null;
        continue;
      }

      let role: string | null = null;
      let cued = false;
      if (titleTokens.some((t) => isTitle(t) && !HONORIFICS.has(lower(t)))) {
        role = roleBefore(tokens, nameFrom, text);
        cued = true;
      } else if (titleTokens.length) {
        cued = true; // "Mr. Smith"
      } else if (before && isTitle(before) && before.gapAfter === ' ' && (ROLE_HEAD_WORDS.has(lower(before)) || /^ex-/.test(lower(before)))) {
        role = roleBefore(tokens, run.from, text);
        cued = true;
      } else if (before && before.gapAfter === '. ' && ABBREVIATED_TITLES[lower(before)]) {
        // "Rep. Patrick Kennedy": the full stop ends the capitalised run, not the title.
        role = roleBefore(tokens, run.from, text);
        cued = true;
      }
      if (pendingRole && text.slice(pendingRole.endsAt, runTokens[0]!.start).trim() === ',') {
        role ??= pendingRole.role;
        cued = true;
      }
      pendingRole = null;
      // "the state governor, Henry McMaster, said": a lower-case role set off before the name.
      if (!role) {
        // Also "a 31-year-old dentist of Indian origin, Savita Halappanavar, died": an age in front
        // and an origin after are allowed (the age is not part of the role).
        // "the killing of one journalist, Munir Shakir": the role is "journalist", never "killing of …".
        const lead = text.slice(Math.max(0, runTokens[0]!.start - 90), runTokens[0]!.start);
        const m = /\b(?:the|a|an|one|another)\s+((?:(?!of\s)[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}(\p{Ll}+)(?:\s+(?:of|from)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:origin|descent)|\s+from\s+(?:\p{Lu}[\p{L}-]*\s*){1,3})?),\s*$/u.exec(lead);
        // "said spokesperson for the United Nations High Commissioner for Human Rights, Rupert Colville".
        const saidRole = /\b(?:said|says|added|stated|according\s+to)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}+)(?:\s+(?:for|of|at)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|for|of|and|the)\s+){0,7}\p{Lu}[\p{L}-]*)?),\s*$/u.exec(lead);
        // "The head of the Electoral Affairs Commission, Barnabus Fung Wah,": a role of a named body.
        const ofBody = /\b(?:[Tt]he|[Aa]n?)\s+((\p{Ll}+)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and|the)\s+)*){0,5}\p{Lu}[\p{L}’'-]*),\s*$/u.exec(lead);
        // "NATO's secretary general, Anders Fogh Rasmussen,": a body's own officer.
        const bodys = /(?<![\p{L}.])((?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}[\p{L}&-]*[’']s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}+)),\s*$/u.exec(lead);
        const found = [m, saidRole, ofBody, bodys].find((x) => x && ROLE_HEAD_WORDS.has(x[2]!));
        // The role set off by commas on both sides, or ending the attribution ("…, Rupert Colville.").
        if (found && (found === saidRole || /,[”"’]?\s/.test(lastName.gapAfter))) {
          role = found[1]!.replace(/^\d+-year-old\s+/, '');
          cued = true;
        }
      }
      // "Halappanavar's father Andanappa Yalagi": a relationship to someone named just before.
      let kin = false;
      if (!role) {
        const m = KIN_BEFORE.exec(text.slice(Math.max(0, runTokens[0]!.start - 80), runTokens[0]!.start));
        if (m) {
          role = m[1]!;
          cued = kin = true;
        }
      }
      // "According to Rathbun, a detective for the Sheriff's office was provided with …": after
      // "according to", a phrase that no comma closes is the sentence's subject, not a role (round 81).
      const unclosed = /\baccording\s+to\s+$/i.test(text.slice(Math.max(0, runStart - 14), runStart)) && !/^,[^,.;“”"]{3,160},/.test(text.slice(lastName.end));
      const appositive = lastName.possessive || unclosed ? null : roleAfter(text, lastName.end);
      // "Yad Vashem, Israel's official memorial to the victims …": an appositive that says what a
      // thing is names a place or a body, not a person (round 69).
      // ("Gary Mortimer, retail expert from Queensland University of Technology": the expert is the head, round 142.)
      // (A "who" clause keeps going past "from": "who was traveling from the airport" says nothing of a thing.)
      const appositiveHead = appositive && appositive.split(/^(?:who|which|that)\s/.test(appositive) ? CLAUSE_HEAD_ENDS : APPOSITIVE_HEAD_ENDS)[0]!;
      if ((appositiveHead && THING_APPOSITIVE.test(appositiveHead)) || THING_FORMERLY.test(text.slice(lastName.end, lastName.end + 80)) || PRODUCT_AFTER.test(text.slice(lastName.end, lastName.end + 80))) {
        thingNames.add(key(nameTokens));
        pendingRole = null;
        continue;
      }
      // …nor at its other mentions ("National ceremonies began at Yad Vashem on Wednesday").
      // (or another spelling of it: "Haghia Sophia" beside "Hagia Sophia", round 94).
      if (thingNames.has(key(nameTokens)) || [...thingNames].some((t) => t.length >= 10 && distance(t, key(nameTokens), 1) <= 1)) {
        pendingRole = null;
        continue;
      }
      if (appositive) cued = true;
      // "Dilma Rousseff, who present president … wishes to succeed him, said": "who" follows only people.
      if (nameTokens.length > 1 && !lastName.possessive && /^,\s+who\s/.test(text.slice(lastName.end, lastName.end + 8))) cued = true;
      const saidAfter = after && lastName.gapAfter === ' ' && !lastName.possessive && SPEECH_VERBS.has(after.text.toLowerCase());
      // "said Becker", and "according to Derrec Becker".
      const saidBefore = before && before.gapAfter === ' ' && (SPEECH_VERBS.has(before.text.toLowerCase()) || (lower(before) === 'to' && /\baccording\s+$/i.test(text.slice(Math.max(0, before.start - 12), before.start))));
      // "Google said Android operating systems would …": the word is a modifier of what was said.
      // So is "said Whitecaps coach Teitur Thordarson": the team of the title before the name.
      const modifier = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?:would|will|could|should|can|may|might|must|are|is|were|was|have|has|had)\b/u.test(text.slice(lastName.end, lastName.end + 60)) || titleOfName(text.slice(lastName.end, lastName.end + 60));
      // "Deputy director for … for Amnesty International, Hassiba Hadj Sahraoui, said": a name set
      // off by commas between a role and its speech verb.
      const setOffSaid = nameTokens.length > 1 && after && /^,\s$/.test(lastName.gapAfter) && SPEECH_VERBS.has(after.text.toLowerCase()) && /,\s+$/.test(text.slice(Math.max(0, runStart - 3), runStart));
      if (setOffSaid && !role) {
        const lead = text.slice(sentence.start, runStart).replace(/,\s+$/, '');
        if (lead.split(/\s+/).slice(0, 3).some((w) => ROLE_HEAD_WORDS.has(w.toLowerCase())) && lead.length <= 120) role = lead;
      }
      // "… right now," said UCL astronomer Angelos Tsiaras.": a full name after its occupation, right
      // after a speech verb (round 93 gave the words to UCL).
      const saidOccupation = nameTokens.length > 1 && !modifier && SAID_OCCUPATION.test(text.slice(Math.max(sentence.start, runStart - 80), runStart));
      const speechCue = Boolean(saidAfter || (saidBefore && !modifier) || setOffSaid || saidOccupation);
      if (speechCue) cued = true;
      // "Syakrani, 24, says …": an age set off after a name is said only of a person; so are "Dmitriy
      // Guzner, aged 18 from New Jersey, admitted …" and "McKay Hatch, a 14-year-old boy" (round 140).
      const ageAfter = !lastName.possessive && /^,\s+(?:\d{1,3},\s+\p{Ll}|aged\s+\d{1,3}\b|(?:an?\s+|the\s+)?\d{1,3}-year-old\b)/u.test(text.slice(lastName.end, lastName.end + 22));
      if (ageAfter) cued = true;
      // "Tatyana McFadden of the United States had …": a full name with the country it represents.
      const ofCountry = /^\s+of\s+(?:the\s+)?(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)/u.exec(text.slice(lastName.end, lastName.end + 40));
      if (nameTokens.length > 1 && !lastName.possessive && ofCountry && placeType(ofCountry[1]!) === 'country') cued = true;
      // "Saleh Kinyongo of the Humanitarian Affairs Ministry revised …": a full name of a body, then a verb (round 64).
      const ofBody = /^\s+of\s+the\s+((?:\p{Lu}[\p{L}-]*\s+){0,4}(\p{Lu}[\p{L}-]*))\s+\p{Ll}+(?:ed|s)\b/u.exec(text.slice(lastName.end, lastName.end + 80));
      if (nameTokens.length > 1 && !lastName.possessive && ofBody && ORGANISATION_ENDS.has(ofBody[2]!.toLowerCase())) cued = true;
      // "Heiko Herrlich (GER), Germany coach “…”": a full name labelling a statement by team and role.
      if (nameTokens.length > 1 && !lastName.possessive && /^\s+\([A-Z]{3}\),\s+[^.“”"\n]{2,60}?\s[“"]/u.test(text.slice(lastName.end, lastName.end + 80))) cued = true;
      // "when Ayrton Senna was killed": what happens only to people, after a full name.
      if (nameTokens.length > 1 && !lastName.possessive && PERSON_EVENT_AFTER.test(text.slice(lastName.end, lastName.end + 40))) cued = true;
      // "The Neo Democrats' Kwan Wing-yip", "the Civic Party's Alan Leong": a full name owned by a party or body.
      const owner = /(\p{Lu}[\p{L}-]*)[’']s?\s+$/u.exec(text.slice(Math.max(0, runTokens[0]!.start - 40), runTokens[0]!.start));
      if (nameTokens.length > 1 && owner && ORGANISATION_ENDS.has(owner[1]!.toLowerCase())) cued = true;
      // "Members of the KP Provincial Assembly … including Inayatullah Khan, Sardar Babak, …": a list
      // of people that a group of people introduces.
      if (nameTokens.length > 1 && PEOPLE_LIST.test(text.slice(Math.max(sentence.start, runTokens[0]!.start - 140), runTokens[0]!.start))) cued = true;
      // "Earl Grey tea": a name used as a modifier of the noun after it.
      const nounAfter = after !== undefined && lastName.gapAfter === ' ' && /^\p{Ll}/u.test(after.text) && tags.commonNoun.has(after.start);
      // compromise's name lexicon alone: a known first name leading a two- or three-word name.
      // ("Roy M. Belfast Jr.": a generational suffix adds no word to the name, round 149.)
      const coreLength = nameTokens.filter((t) => !NAME_SUFFIXES.test(t.text)).length;
      if (nameTokens.length > 1 && coreLength <= 3 && (tags.first.has(nameTokens[0]!.start) || (nameTokens.length === 2 && (knownFirstName(nameTokens[0]!.text) || (GIVEN_NAME_TITLES.has(lower(nameTokens[0]!)) && !nounAfter))))) cued = true;
      // "in San Ramon, California": a name followed by a state or country is a place.
      if (/^,\s+\p{Lu}[\p{L} ]+/u.test(lastName.gapAfter + ' ') && placeType(text.slice(lastName.end).replace(/^,\s+/, '').split(/[,.;]/)[0]!.trim()) && !role && !appositive) continue;

      // A list of people carries the cue on, but only to what looks like a name: two words or a
      // word the name lexicon knows (a capitalised common word or a typo is not a person).
      if (lastPersonEnd >= 0 && /^(?:,\s*|,?\s+and\s+)$/.test(text.slice(lastPersonEnd, runTokens[0]!.start)) && (nameTokens.length > 1 || tags.person.has(nameTokens[0]!.start))) cued = true;
      const roleText = [role, appositive].filter(Boolean).join('; ') || null;
      if (nameTokens.length === 1) {
        // Single words are resolved after every full name is known; on their own they count as a
        // person only when a speech verb or the name lexicon backs them ("President Biden", "said
        // Dermine"), not a title alone ("Chief Architect").
        const single = nameTokens[0]!;
        // "PG&E stated …": one letter is no name (round 95 asked "PG&_____" keyed "E").
        // "Twist and Pulse", an act's name written more than once and the word never without it, is
        // no "Pulse" (round 151's wrong key); "Whitton and Dyer … Dyer said" keeps Dyer.
        const pair = /(\p{Lu}\p{Ll}+)\s+and\s+$/u.exec(text.slice(Math.max(0, single.start - 24), single.start));
        const pairs = pair ? text.split(`${pair[1]} and ${single.text}`).length - 1 : 0;
        if (single.text.length < 2 || (pairs >= 2 && pairs === (text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(single.text)}(?![\\p{L}])`, 'gu')) ?? []).length)) {
          pendingRole = null;
          continue;
        }
        const known = tags.person.has(single.start) && !tags.nonPerson.has(single.start);
        const personTitle = titleTokens.length > 0 && PERSON_TITLES.has(lower(titleTokens[titleTokens.length - 1]!));
        // "Agency spokesman Sutopo said …": a lower-case title right before the one word.
        const titledBefore = Boolean(before && before.gapAfter === ' ' && /^\p{Ll}/u.test(before.text) && PERSON_TITLES.has(lower(before)));
        // A speech verb alone makes a person of a single word only with more name evidence: the
        // lexicon knows it, or it recurs capitalised inside sentences ("Basktetball said" is a typo).
        // "Akihito's son Naruhito": a relative named by one word is a person all the same.
        singles.push({ token: single, sentenceIndex: sentence.index, cued: (cued && (known || personTitle || kin || ageAfter || titledBefore)) || (speechCue && (known || personTitle || recurringCapital(text, single.text))), speech: speechCue, role: roleText, title: role });
      } else {
        (cued ? mentions : uncued).push({ tokens: nameTokens, sentenceIndex: sentence.index, role: roleText, cued });
      }
      lastPersonEnd = cued ? lastName.end : -1;
    }
  }

  // An uncued full name still counts when its last word is elsewhere a speaker ("Collins said"),
  // or when it recurs and the name lexicon knows one of its words.
  // "… Aregawi Berhe, is backing …. Berhe said, “…”": a speaking word that ends a full name the
  // article gives is that person's surname.
  const fullNameEnds = new Set(uncued.filter((m) => m.tokens.length > 1).map((m) => m.tokens.at(-1)!.text));
  const speakers = new Set(singles.filter((s) => s.cued || (s.speech && fullNameEnds.has(s.token.text))).map((s) => s.token.text));
  const uncuedCount = new Map<string, number>();
  for (const m of uncued) uncuedCount.set(key(m.tokens), (uncuedCount.get(key(m.tokens)) ?? 0) + 1);
  // So does one that ends in a name cued elsewhere: "as Sharif Ali bin Zaid" beside "says Bin Zaid was …".
  const cuedNames = new Set(mentions.filter((m) => m.tokens.length > 1).map((m) => key(m.tokens).toLowerCase()));
  // And one that is a cued name with a middle name or two ("Śrī Satya Sai Baba" beside "Śrī Baba said").
  // Or a cued name spelt another way ("Binyamin Netanyahu" beside "Benjamin Netanyahu", round 79).
  const endsInCued = (tokens: Token[]) => tokens.some((_, i) => i > 0 && tokens.length - i > 1 && cuedNames.has(key(tokens.slice(i)).toLowerCase())) || [...cuedNames].some((c) => withMiddleName(c, key(tokens).toLowerCase()) || sameSpelling(c, key(tokens).toLowerCase()));
  for (const m of uncued) {
    const lastWord = m.tokens[m.tokens.length - 1]!.text;
    // "Salva Kiir Mayardit …. Kiir said …": a speaker may be named by the middle of three words.
    const spokenPart = speakers.has(lastWord) || (m.tokens.length === 3 && speakers.has(m.tokens[1]!.text) && !CONNECTORS.has(m.tokens[1]!.text));
    if (spokenPart || endsInCued(m.tokens) || ((uncuedCount.get(key(m.tokens)) ?? 0) >= 2 && m.tokens.some((t) => tags.person.has(t.start)))) mentions.push(m);
  }
  mentions.sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start);

  // Full names, merged when one is the other plus more words ("Vladimir Putin" ⊂ "Russian …").
  type Person = { name: Token[]; written?: string; forms: Set<string>; roles: string[]; mentions: (Evidence & { order: number })[] };
  const people: Person[] = [];
  const evidenceOf = (t: Token[], sentenceIndex: number, order: number) => ({ sentenceIndex, start: t[0]!.start, end: t[t.length - 1]!.end, order });
  for (const m of mentions) {
    const k = key(m.tokens);
    const lk = k.toLowerCase();
    let person = people.find((p) => p.forms.has(k) || particleApart(key(p.name)).endsWith(` ${particleApart(k)}`) || lk.endsWith(` ${key(p.name).toLowerCase()}`) || sameSpelling(key(p.name), k) || withMiddleName(key(p.name), k) || middleInitialOf(key(p.name), k) || (surnameInside(key(p.name), k) && !fatherOfNamesake(key(p.name), k, text)) || byNickname(key(p.name), k));
    if (!person) {
      person = { name: m.tokens, forms: new Set([k]), roles: [], mentions: [] };
      people.push(person);
    } else if (withMiddleName(key(person.name), k) && Math.abs(m.tokens.length - person.name.length) === 1 ? m.tokens.length < person.name.length : m.tokens.length > person.name.length) {
      // The longest form names the person, but a middle name does not: "Aretha Franklin", not "Aretha Louise Franklin".
      // Nor does a birth name ("Born Anita Belle Colton O'Day, …", round 105): it stays one of her names.
      if (!/\b(?:born|n[ée]e)\s+$/i.test(text.slice(Math.max(0, m.tokens[0]!.start - 6), m.tokens[0]!.start))) person.name = m.tokens;
    }
    person.forms.add(k);
    if (m.role && !person.roles.includes(m.role)) person.roles.push(m.role);
    person.mentions.push(evidenceOf(m.tokens, m.sentenceIndex, m.tokens[0]!.start));
  }

  // Single words: an alias of the one person whose name contains it, or of the most recently
  // mentioned of several; otherwise a person of their own when something marked them as one.
  const sortedSingles = [...singles].sort((a, b) => a.token.start - b.token.start);
  // "metorologists said Gonu was likely …" beside "Tropical Cyclone Gonu": a storm's name (round 70).
  const storms = new Set([...text.matchAll(new RegExp(String.raw`\b(?:${STORM_WORDS.join('|')})\s+(\p{Lu}[\p{L}’'-]*)`, 'gu'))].map((m) => m[1]!));
  // "the Concorde disaster", "design flaws with the Concorde": a one-word name the article also
  // writes after "the" is a thing's, not a person's (round 78). Found once per article.
  const things = new Set([...text.matchAll(/\bthe\s+(\p{Lu}[\p{L}’'-]*)(?![\p{L}’'-])(?!\s+\p{Lu})/gu)].map((m) => m[1]!));
  // "longtime host of A Prairie Home Companion" … "The final episode of Companion": a capital "A"
  // after a lower-case word opens a title, whose last word alone is the work, not a person (round 96).
  for (const m of text.matchAll(/(?<=\p{Ll}\s)(?:A|An)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(\p{Lu}[\p{L}’'-]*)(?![\p{L}’'-])/gu)) things.add(m[1]!);
  for (const s of sortedSingles) {
    if (storms.has(s.token.text)) continue;
    // "one Zanon worker", "the Zanon factory": a name used as a modifier names no one.
    if (/\b(?:a|an|one|another|two|three|some|several|many|every|each|any|no|the)\s+$/i.test(text.slice(Math.max(0, s.token.start - 12), s.token.start)) && /^\s+\p{Ll}/u.test(text.slice(s.token.end, s.token.end + 20)) && !s.token.possessive) continue;
    // A titled mention whose title contradicts the person's ("President Biden" vs "First Lady
    // Jill Biden") is someone else.
    // "Sarah Brady's husband, James" is James Brady, the press secretary: a relationship fits any
    // job, but not another relationship ("son James" is someone else).
    const kin = s.role ? KIN_WORD.exec(s.role)?.[0].toLowerCase() : undefined;
    const compatible = (p: Person) => {
      if (!s.role || p.roles.length === 0) return true;
      if (kin) {
        const theirs = p.roles.map((r) => KIN_WORD.exec(r)?.[0].toLowerCase()).filter(Boolean);
        return theirs.length === 0 || theirs.includes(kin);
      }
      // Only a title before the word can say it is someone else; a description after it
      // ("Cummings, the Democratic chairman of …") is more about the one already named (round 92).
      if (!s.title) return true;
      // "General Hayden" for CIA Director Michael Hayden: a military rank is held beside any office (round 151's wrong keys).
      if (MILITARY_RANK.test(s.title)) return true;
      return p.roles.some((r) => r.toLowerCase() === s.title!.toLowerCase() || sharesHead(r, s.title!)) || titledBefore(p, s.title);
    };
    // "New Jersey governor and former … presidential candidate Chris Christie" … "Governor Christie":
    // the title stands before the full name too, in the same clause with nobody else named between,
    // though the role kept was another (round 127).
    const titledBefore = (p: Person, title: string) => {
      const last = title.split(/\s+/).at(-1)!;
      // ("Gov Christie": an abbreviated title is its office written out.)
      const word = ABBREVIATED_TITLES[last.toLowerCase().replace(/\.$/, '')] ?? last;
      return p.mentions.some((m) => {
        const clause = text.slice(Math.max(0, m.start - 120), m.start).split(/[.;:!?,\n]/).at(-1)!;
        const at = new RegExp(`\\b${escapeRegExp(word)}\\b(?![\\s\\S]*\\b${escapeRegExp(word)}\\b)`, 'i').exec(clause)?.index;
        if (at === undefined) return false;
        const from = m.start - clause.length + at;
        // ("President Biden and First Lady Jill Biden": the title is the lone word's own, before it.)
        if (new RegExp(`\\b${escapeRegExp(s.token.text)}\\b`).test(text.slice(from, m.start))) return false;
        return !people.some((o) => o !== p && o.mentions.some((x) => x.start > from && x.start < m.start));
      });
    };
    // "Maliki" for Nouri al-Maliki: an Arabic surname is also written without its article.
    const bare = (w: string) => w.replace(/^(?:al|el|ad|an|ar|as|at|ash|az|ul)-(?=\p{Lu})/iu, '');
    let candidates = people.filter((p) => p.name.some((t) => (t.text === s.token.text || bare(t.text) === bare(s.token.text)) && !NAME_SUFFIXES.test(t.text)) && compatible(p));
    // "Prime Minister Siniori" beside Prime Minister Fouad Siniora: a long surname one letter off is
    // the article's slip for the one person whose surname it nearly is, not someone else.
    // "said Phelps" for Shirley Phelps-Roper: the first part of a double-barrelled surname.
    if (candidates.length === 0) {
      const barrelled = people.filter((p) => p.name.length > 1 && compatible(p) && p.name.at(-1)!.text.split('-').length === 2 && p.name.at(-1)!.text.split('-')[0] === s.token.text);
      if (barrelled.length === 1) candidates = barrelled;
    }
    if (candidates.length === 0 && s.token.text.length >= 6) {
      // ("Beshir" for "Omar al-Beahir": the surname without its Arabic article, round 150's wrong key.)
      const surname = (p: Person) => bare(p.name.at(-1)!.text);
      const near = people.filter((p) => p.name.length > 1 && compatible(p) && surname(p)[0] === s.token.text[0] && distance(surname(p), s.token.text, 1) === 1);
      if (near.length === 1) candidates = near;
    }
    let person: Person | undefined;
    if (candidates.length === 1) person = candidates[0];
    else if (candidates.length > 1) {
      // Several people share the word: the one mentioned most so far, then the most recent.
      const before = (p: Person) => p.mentions.filter((m) => m.order < s.token.start);
      const score = (p: Person) => before(p).length * 1e9 + Math.max(-1, ...before(p).map((m) => m.order));
      person = candidates.sort((a, b) => score(b) - score(a))[0];
    } else if (s.cued) {
      if (things.has(s.token.text)) continue;
      person = people.find((p) => key(p.name) === s.token.text && compatible(p));
      if (!person) {
        person = { name: [s.token], forms: new Set([s.token.text]), roles: [], mentions: [] };
        people.push(person);
      }
    }
    if (!person) continue;
    // "de Blasio" for Bill de Blasio: the surname with its particle, as the article writes it (round 95).
    const particle = /(?:^|\s)((?:de|van|von|der|den|da|di|le|la|del|du|dos|al|el|bin|ibn)\s+)$/.exec(text.slice(Math.max(0, s.token.start - 5), s.token.start))?.[1];
    const withParticle = particle && key(person.name).includes(`${particle}${s.token.text}`) ? `${particle}${s.token.text}` : null;
    person.forms.add(withParticle ?? s.token.text);
    if (s.role && !person.roles.includes(s.role)) person.roles.push(s.role);
    const start = withParticle ? s.token.start - particle!.length : s.token.start;
    person.mentions.push({ sentenceIndex: s.sentenceIndex, start, end: s.token.end, order: start });
  }

  // A surname the name lexicon files as a place ("Jeff Kingston … Kingston added"): on its own it
  // was not taken for a name; right before a speech verb it is the person.
  const taken = (at: number) => people.some((o) => o.mentions.some((x) => x.start <= at && at < x.end));
  for (const p of people) {
    if (p.name.length < 2) continue;
    // (The surname, not a suffix after it: "Belfast" of "Roy M. Belfast Jr.")
    const last = p.name.filter((t) => !NAME_SUFFIXES.test(t.text)).at(-1)!.text;
    if (people.some((o) => o !== p && o.name.some((t) => t.text === last))) continue;
    // (After a full formal name, "Roy M. Belfast Jr.", the surname alone is his wherever it is no
    // place's: "Belfast, a/k/a Chuckie Taylor, …", but not "in Belfast", round 149.)
    const formal = fullFormalName(p.name);
    const re = new RegExp(`(?<![\\p{L}’'-])(?<!\\p{Lu}\\p{L}*\\s)${escapeRegExp(last)}(?=${formal ? String.raw`[\s,’']` : `\\s+(?:also\\s+)?(?:${SPEECH_PATTERN})\\b`})`, 'gu');
    for (const m of text.matchAll(re)) {
      if (taken(m.index) || (formal && /\b(?:in|at|from|to|of|near)\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index)))) continue;
      const sentence = sentences.find((x) => x.start <= m.index && m.index < x.end);
      if (!sentence) continue;
      p.forms.add(last);
      p.mentions.push({ sentenceIndex: sentence.index, start: m.index, end: m.index + last.length, order: m.index });
    }
  }

  mergeBirthNames(people, text);
  mergeSpellingVariants(people);
  addKnownAsNames(people, text);
  mergeAlsoKnownAs(people, text);

  for (const p of people) p.written = written.get(key(p.name));

  const used = new Set<string>();
  return people.filter((p) => !(p.name.length === 1 && p.roles.length === 0 && (namesAThing(text, p.name[0]!.text) || namesABody(text, p.name[0]!.text)))).map((p) => {
    const name = p.written ?? key(p.name);
    let id = `person-${name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    while (used.has(id)) id += '-2';
    used.add(id);
    const mentionsSorted = p.mentions.sort((a, b) => a.order - b.order).map(({ sentenceIndex, start, end }) => ({ sentenceIndex, start, end }));
    return {
      kind: 'person' as const,
      id,
      name,
      aliases: [...p.forms].filter((f) => f !== name).sort(),
      roles: p.roles,
      mentions: mentionsSorted,
      evidence: mentionsSorted[0]!,
    };
  });
}

/**
 * "Webb is solving mysteries …" beside "the James Webb Space Telescope": a lone word the article
 * also writes inside a thing's name, before its kind, is short for the thing (round 116's wrong key).
 */
function namesAThing(text: string, word: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}’'-])${escapeRegExp(word)}\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Telescope|Observatory|Spacecraft|Satellite|Probe|Rover|Mission|Building|Bridge|Stadium|Airport|Prize|Award|Trophy|Medal|Center|Centre|Facility|Laboratory)\b`, 'u').test(text);
}

/**
 * "Patrice Clerc, head of Amuary", "a statement on Amuary’s website": a lone word the article gives
 * a head, staff or website is a body (round 121's wrong key typed "Amuary" as a person's name).
 */
function namesABody(text: string, word: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(String.raw`\b(?:head|chief|president|director|chair(?:man|woman)?|founder|owner|boss|CEO|members?|staff|employees?|spokes(?:man|woman|person))\s+of\s+${w}(?![\p{L}’'-])|(?<![\p{L}’'-])${w}[’']s\s+(?:website|headquarters|offices?|staff|board|shares?|stock|employees)\b`, 'u').test(text);
}

const NAME_WORDS = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}`;
// "Qandeel Baloch, born Fouzia Azeem", "née Fouzia Azeem", "whose real name is …"; "When Baloch was
// born, about 250 miles southwest of Lahore, she was Fouzia Azeem" (round 91).
const BIRTH_NAME = new RegExp(String.raw`(?:\b(?:born(?:\s+as)?|n[ée]e|(?:birth|real|original)\s+name\s+(?:is|was))\s+|\bwas\s+born\b[^.;]{0,100}?,\s+(?:she|he)\s+was\s+(?:named\s+|called\s+)?)(?=${NAME_WORDS})`, 'gu');

/**
 * A birth name is another name of the same person, not a second person: its mentions join those of
 * the person named right before "born" (whose birth it is), so a typed answer accepts it and a
 * question never offers it as someone else.
 */
function mergeBirthNames(people: { forms: Set<string>; roles: string[]; mentions: (Evidence & { order: number })[] }[], text: string): void {
  for (const m of text.matchAll(BIRTH_NAME)) {
    const at = m.index + m[0].length;
    const born = people.find((p) => p.mentions.some((x) => x.start === at));
    if (!born) continue;
    // Whose birth: the name right before "was born" or "born" ("When Baloch was born", "Qandeel
    // Baloch, born …"); with none there, no one's, since a wrong owner would make a wrong key.
    const lead = text.slice(Math.max(0, m.index - 60), m.index).trimEnd();
    const owner = people.find((p) => p !== born && [...p.forms].some((f) => new RegExp(`(?<![\\p{L}])${escapeRegExp(f)}(?:,|\\s+was)?$`, 'u').test(lead)));
    if (!owner) continue;
    for (const f of born.forms) owner.forms.add(f);
    for (const r of born.roles) if (!owner.roles.includes(r)) owner.roles.push(r);
    owner.mentions.push(...born.mentions);
    people.splice(people.indexOf(born), 1);
  }
}

/**
 * “Indestructable Anita O'Day,”: a title in quotation marks, every word of it capitalised, is a
 * work's name (her album), not a mention of anyone (round 105 asked eleven drafts with it for her
 * name); a nickname with "of" ("the “Kim Kardashian of Pakistan”") still names someone.
 */
function quotedTitle(run: Token[], text: string): boolean {
  const first = run[0]!;
  const last = run.at(-1)!;
  if (run.length < 3 || run.some((t) => t.text === 'of')) return false;
  return /[“"]$/.test(text.slice(Math.max(0, first.start - 1), first.start)) && /^[,.!?]?[”"]/.test(text.slice(last.end + (last.possessive ? 2 : 0)));
}

/** "Kaing Guek Eav, better known as Duch, …": the full name before "known as" is another name of the person after it. */
const KNOWN_AS = new RegExp(String.raw`(${NAME_WORDS}),\s+(?:better|also|more\s+commonly|commonly|popularly|widely)\s+known\s+as\s+`, 'gu');

/**
 * The name a person is "better known as" another by is one of their names (round 104's typed
 * "Duch" refused the article's "Kaing Guek Eav"); taken only when the name after "known as" is
 * one of someone's names and the one before is nobody else's.
 */
function addKnownAsNames(people: { forms: Set<string>; mentions: (Evidence & { order: number })[] }[], text: string): void {
  for (const m of text.matchAll(KNOWN_AS)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const known = people.find((p) => [...p.forms].some((f) => new RegExp(`^${escapeRegExp(f)}(?![\\p{L}])`, 'u').test(after)));
    if (!known || people.some((p) => p !== known && p.forms.has(m[1]!))) continue;
    known.forms.add(m[1]!);
  }
}

/** "Belfast, a/k/a Chuckie Taylor, Charles Taylor Jr. and …": a person's other names, listed up to the clause's verb. */
const ALSO_KNOWN_AS = /(?<![\p{L}])(\p{Lu}[\p{L}’'-]+),?\s+(?:a\/k\/a|a\.k\.a\.?|aka)\s+/giu;

/**
 * The people named in the list after "a/k/a" are the person before it (round 149's wrong key
 * refused "Charles Taylor Jr." for Belfast, a/k/a Chuckie Taylor, Charles Taylor Jr., …).
 */
function mergeAlsoKnownAs(people: { forms: Set<string>; roles: string[]; mentions: (Evidence & { order: number })[] }[], text: string): void {
  for (const m of text.matchAll(ALSO_KNOWN_AS)) {
    const owner = people.find((p) => p.mentions.some((x) => x.start === m.index));
    if (!owner) continue;
    const from = m.index + m[0].length;
    const end = /,\s+(?:was|is|were|are|who|has|had|will|pleaded|faces)\b|[.;](?=\s+\p{Lu}|\s*$)/u.exec(text.slice(from, from + 200));
    const until = from + (end?.index ?? 0);
    for (const other of people.filter((p) => p !== owner && p.mentions.some((x) => x.start >= from && x.end <= until))) {
      for (const f of other.forms) owner.forms.add(f);
      for (const r of other.roles) if (!owner.roles.includes(r)) owner.roles.push(r);
      owner.mentions.push(...other.mentions);
      people.splice(people.indexOf(other), 1);
    }
  }
}

/**
 * "Aboriginal Affairs Minister Gavan Jennings" and, later, "Aboriginal Affairs Minister Gavin
 * Jennings": one person spelt two ways, not two (round 96's wrong keys offered both). Taken only
 * when the surname is the same, the first names are one letter apart, and both hold the same role,
 * so that two relatives ("Mark Smith", "Mary Smith") stay apart.
 */
function mergeSpellingVariants(people: { name: Token[]; forms: Set<string>; roles: string[]; mentions: (Evidence & { order: number })[] }[]): void {
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    for (let j = people.length - 1; j > i; j--) {
      const q = people[j]!;
      if (p.name.length !== 2 || q.name.length !== 2 || p.name[1]!.text !== q.name[1]!.text) continue;
      const [a, b] = [p.name[0]!.text, q.name[0]!.text];
      if (a === b || a.length < 4 || a[0] !== b[0] || distance(a, b, 1) !== 1) continue;
      if (!p.roles.some((r) => q.roles.includes(r))) continue;
      for (const f of q.forms) p.forms.add(f);
      p.mentions.push(...q.mentions);
      people.splice(j, 1);
    }
  }
}

/**
 * A full name with a quoted nickname inside ("Koushik 'koush' Dutta", Abhisek "ciwrl" Devkota, Bauke
 * "Mike" de Vries): the quotes split the name into a first name and a surname that would otherwise
 * be read as two people, or as a surname alone (round 77). It is one person's name, named as the
 * article writes it; the name without the nickname is another form of it.
 */
// (A middle initial may stand before the nickname: Cynthia J. “CJ” Bixby, round 116.)
// ("Margaret (Maggie) Persinger": a nickname in brackets too, round 139; "Charles “Chuck” McClain",
// a surname with a capital inside, round 143.)
const NICKNAMED = /(?<![\p{L}’'-])(\p{Lu}[\p{Ll}’'-]+)(?:\s+\p{Lu}\.)?\s+(?:(["“'‘])[\p{L}\p{N}.+-]{2,20}(?:\s[\p{L}\p{N}.+-]{2,20})?(?:["”'’])|\(\p{Lu}\p{Ll}{1,15}\))\s+((?:(?:de|van|von|der|den|da|di|le|la|del|du|dos)\s+)?\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?(?:-\p{Lu}[\p{Ll}’'-]+)?)(?![\p{L}’'-])/gu;

function nicknamedNames(sentence: Sentence, tokens: Token[], text: string): { mention: Mention; written: string }[] {
  const found: { mention: Mention; written: string }[] = [];
  for (const m of sentence.text.matchAll(NICKNAMED)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const first = tokens.findIndex((t) => t.start === start);
    const lastStart = end - m[3]!.length;
    const rest = tokens.filter((t) => t.start >= lastStart && t.end <= end);
    if (first < 0 || rest.length === 0 || STOP_CAPITALS.has(lower(tokens[first]!)) || isTitle(tokens[first]!) || placeType(m[1]!) !== null) continue;
    // A bracketed word is a nickname only between two given names' worth of evidence: "Margaret
    // (Maggie) Persinger", never "Springfield (Louisiana) High".
    const bracketed = /\((\p{Lu}\p{Ll}+)\)/u.exec(m[0])?.[1];
    if (m[2] === undefined && !(bracketed && knownFirstName(bracketed) && knownFirstName(m[1]!))) continue;
    found.push({ mention: { tokens: [tokens[first]!, ...rest], sentenceIndex: sentence.index, role: roleBefore(tokens, first, text), cued: true }, written: text.slice(start, end) });
  }
  return found;
}

/**
 * A people's name the lexicons lack, before a person's ("Hawaiian Köhl Christensen", "including
 * Pichileminians Ramón Navarro", round 59): a plural in -ians or -eans, or a word in -an whose
 * stem is a place ("Hawaii"). Never a known first name ("Roman Polanski", "Christian Bale").
 */
function demonymOfPlace(word: string): boolean {
  if (knownFirstName(word) || !/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return false;
  if (/(?:ians|eans)$/.test(word)) return true;
  return ['ian', 'ean', 'an', 'n'].some((end) => {
    if (!word.endsWith(end)) return false;
    const stem = word.slice(0, -end.length);
    return [stem, `${stem}a`, `${stem}ia`, `${stem}e`].some((p) => p.length >= 4 && placeType(p) !== null);
  });
}
