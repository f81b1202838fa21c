// A small curated gazetteer: countries (with demonyms), major cities, and regions. It classifies
// places and keeps place names out of the people list; it also feeds distractors.
export const COUNTRIES = [
  'Afghanistan', 'Albania', 'Algeria', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bahrain', 'Bangladesh',
  'Belarus', 'Belgium', 'Bolivia', 'Bosnia and Herzegovina', 'Brazil', 'Bulgaria', 'Cambodia', 'Cameroon', 'Canada', 'Chile',
  'China', 'Colombia', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Ecuador',
  'Egypt', 'Estonia', 'Ethiopia', 'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Guatemala', 'Haiti', 'Honduras',
  'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan',
  'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Libya', 'Lithuania', 'Luxembourg',
  'Malaysia', 'Mali', 'Malta', 'Mexico', 'Moldova', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Nepal',
  'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman', 'Pakistan',
  'Palestine', 'Panama', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda',
  'Saudi Arabia', 'Senegal', 'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea',
  'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand',
  'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States',
  'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'U.S.', 'US', 'USA', 'UK', 'Britain',
  'Great Britain', 'England', 'Scotland', 'Wales', 'America', 'Liberia', 'Sierra Leone', 'Guinea', 'Ivory Coast', 'Côte d’Ivoire',
  'Botswana', 'Namibia', 'Angola', 'Madagascar', 'Malawi', 'Benin', 'Togo', 'Burkina Faso', 'Chad', 'Eritrea', 'Djibouti', 'Gabon',
  'Lesotho', 'Mauritania', 'Mauritius', 'Burundi', 'Bhutan', 'Brunei', 'Fiji', 'Papua New Guinea', 'Samoa', 'Tonga', 'Maldives',
  'Andorra', 'Monaco', 'Liechtenstein', 'San Marino', 'Vatican', 'Belize', 'El Salvador', 'Dominican Republic', 'Bahamas',
  'Barbados', 'Guyana', 'Suriname', 'Timor-Leste', 'East Timor', 'Greenland', 'Puerto Rico', 'Trinidad and Tobago',
];

export const DEMONYMS = [
  'Afghan', 'American', 'Argentine', 'Australian', 'Austrian', 'Belgian', 'Brazilian', 'British', 'Canadian', 'Chinese',
  'Colombian', 'Cuban', 'Czech', 'Danish', 'Dutch', 'Egyptian', 'English', 'Estonian', 'European', 'Finnish', 'French',
  'German', 'Greek', 'Hungarian', 'Indian', 'Indonesian', 'Iranian', 'Iraqi', 'Irish', 'Israeli', 'Italian', 'Japanese',
  'Jordanian', 'Kenyan', 'Korean', 'Latvian', 'Lebanese', 'Lithuanian', 'Mexican', 'Nigerian', 'North Korean', 'Norwegian',
  'Pakistani', 'Palestinian', 'Polish', 'Portuguese', 'Russian', 'Saudi', 'Scottish', 'Serbian', 'South Korean', 'Spanish',
  'Swedish', 'Swiss', 'Syrian', 'Taiwanese', 'Thai', 'Turkish', 'Ukrainian', 'Venezuelan', 'Vietnamese', 'Welsh', 'Western',
  'Asian', 'African', 'Arab', 'Latin', 'Soviet', 'Kremlin',
  // "the Laotian rock rat" was read as a person (round 100): more nationalities no one is named.
  'Laotian', 'Burmese', 'Cambodian', 'Malaysian', 'Filipino', 'Singaporean', 'Bangladeshi', 'Nepalese', 'Mongolian',
  'Ethiopian', 'Somali', 'Sudanese', 'Ghanaian', 'Zimbabwean', 'Moroccan', 'Algerian', 'Tunisian', 'Libyan', 'Yemeni',
  'Qatari', 'Emirati', 'Kuwaiti', 'Chilean', 'Peruvian', 'Bolivian', 'Ecuadorian', 'Uruguayan',
];

export const CITIES = [
  'Abu Dhabi', 'Accra', 'Addis Ababa', 'Amsterdam', 'Ankara', 'Athens', 'Atlanta', 'Baghdad', 'Bangkok', 'Beijing', 'Beirut',
  'Belgrade', 'Berlin', 'Bern', 'Bogotá', 'Boston', 'Brasília', 'Brussels', 'Bucharest', 'Budapest', 'Buenos Aires', 'Cairo',
  'Canberra', 'Cape Canaveral', 'Cape Town', 'Caracas', 'Chicago', 'Copenhagen', 'Damascus', 'Delhi', 'Denver', 'Doha', 'Dubai',
  'Dublin', 'Geneva', 'Hanoi', 'Havana', 'Helsinki', 'Helena', 'Hong Kong', 'Honolulu', 'Houston', 'Islamabad', 'Istanbul',
  'Jakarta', 'Jerusalem', 'Johannesburg', 'Kabul', 'Karachi', 'Kathmandu', 'Khartoum', 'Kyiv', 'Kiev', 'Lagos', 'Lima',
  'Lisbon', 'London', 'Los Angeles', 'Madrid', 'Manila', 'Melbourne', 'Mexico City', 'Miami', 'Minsk', 'Montreal', 'Moscow',
  'Mumbai', 'Munich', 'Nairobi', 'New Delhi', 'New Orleans', 'New York', 'New York City', 'Oslo', 'Ottawa', 'Paris', 'Pensacola',
  'Philadelphia', 'Phoenix', 'Prague', 'Pyongyang', 'Rabat', 'Riga', 'Rio de Janeiro', 'Riyadh', 'Rome', 'San Francisco',
  'Santiago', 'São Paulo', 'Sacramento', 'Seattle', 'Seoul', 'Shanghai', 'Singapore', 'Sofia', 'Stockholm', 'Sydney', 'Taipei',
  'Tallinn', 'Tehran', 'Tel Aviv', 'Tokyo', 'Toronto', 'Tripoli', 'Tunis', 'Vienna', 'Vilnius', 'Warsaw', 'Washington',
  'Wellington', 'Zagreb', 'Zurich',
  // Other large cities the news names often ("said Rudd to reporters in Adelaide" read a person, round 102);
  // not those that are also common first names (Florence, Austin, Charlotte, Madison), nor those a
  // football or other club is called by ("Marseille were awarded three free-kicks", "United's goalkeeper").
  'Adelaide', 'Brisbane', 'Perth', 'Auckland', 'Edinburgh', 'Osaka', 'Kyoto', 'Busan', 'Chennai', 'Kolkata', 'Lahore',
  'Dhaka', 'Kuala Lumpur', 'Guangzhou', 'Shenzhen', 'Wuhan', 'Kinshasa', 'Dakar', 'Harare', 'Kampala', 'Kigali',
  'Mogadishu', 'Tbilisi', 'Yerevan', 'Baku', 'Tashkent', 'Almaty', 'Montevideo', 'Quito', 'Bogota', 'Guatemala City',
  'Port-au-Prince',
];

export const REGIONS = [
  'Africa', 'Antarctica', 'Arctic', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Middle East',
  'Far East', 'Central Asia', 'Southeast Asia', 'East Asia', 'South Asia', 'Balkans', 'Caribbean', 'Scandinavia', 'Siberia',
  'Crimea', 'Donbas', 'Gaza', 'West Bank', 'Kashmir', 'Sahel', 'Pacific', 'Atlantic', 'Mediterranean', 'Gulf', 'Persian Gulf',
  'California', 'Texas', 'Florida', 'New York State', 'Montana', 'Alaska', 'Hawaii', 'Ohio', 'Oregon', 'Arizona', 'Nevada',
  'Utah', 'Colorado', 'Virginia', 'Maryland', 'Michigan', 'Georgia', 'Louisiana', 'Kentucky', 'Tennessee', 'Alabama',
  'Mississippi', 'Maine', 'Vermont', 'Massachusetts', 'Pennsylvania', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Missouri',
  'Nebraska', 'Oklahoma', 'Wisconsin', 'Minnesota', 'Idaho', 'Wyoming', 'New Mexico', 'Washington State', 'Ontario',
  'Quebec', 'Bavaria', 'Catalonia', 'Moon', 'Mars', 'Earth',
  'North Carolina', 'South Carolina', 'North Dakota', 'South Dakota', 'Arkansas', 'Connecticut', 'Delaware', 'New Jersey', 'New Hampshire', 'Rhode Island', 'West Virginia',
];

const lower = (list: string[]) => new Set(list.map((s) => s.toLowerCase()));
export const COUNTRY_SET = lower(COUNTRIES);
export const CITY_SET = lower(CITIES);
export const REGION_SET = lower(REGIONS);
export const DEMONYM_SET = lower(DEMONYMS);

export type PlaceType = 'country' | 'city' | 'region';

export function placeType(name: string): PlaceType | null {
  const key = name.toLowerCase();
  if (COUNTRY_SET.has(key)) return 'country';
  if (CITY_SET.has(key)) return 'city';
  if (REGION_SET.has(key)) return 'region';
  return null;
}

/** Finer classes than `PlaceType`, so that a distractor is a place of the answer's own kind. */
export type PlaceClass = 'country' | 'city' | 'subnational' | 'world-region' | 'water' | 'celestial';

const CELESTIAL = new Set(['moon', 'mars', 'earth']);
const WATER = new Set(['pacific', 'atlantic', 'mediterranean', 'gulf', 'persian gulf', 'arctic']);
const WORLD_REGIONS = new Set(['africa', 'antarctica', 'asia', 'europe', 'north america', 'south america', 'latin america', 'middle east', 'far east', 'central asia', 'southeast asia', 'east asia', 'south asia', 'balkans', 'caribbean', 'scandinavia', 'sahel']);

export function placeClass(name: string): PlaceClass | null {
  const key = name.toLowerCase();
  const type = placeType(name);
  if (!type) return null;
  if (type !== 'region') return type;
  if (CELESTIAL.has(key)) return 'celestial';
  if (WATER.has(key)) return 'water';
  if (WORLD_REGIONS.has(key)) return 'world-region';
  return 'subnational';
}

/** Countries by part of the world, for distractors when the article names too few countries. */
export const COUNTRY_NEIGHBOURHOODS: string[][] = [
  ['Liberia', 'Ghana', 'Sierra Leone', 'Guinea', 'Ivory Coast', 'Nigeria', 'Senegal', 'Mali', 'Burkina Faso', 'Togo', 'Benin', 'Niger', 'Mauritania', 'Cameroon', 'Gabon', 'Chad'],
  ['Kenya', 'Ethiopia', 'Somalia', 'Uganda', 'Tanzania', 'Rwanda', 'Burundi', 'Sudan', 'South Sudan', 'Eritrea', 'Djibouti', 'Congo'],
  ['South Africa', 'Zimbabwe', 'Zambia', 'Mozambique', 'Botswana', 'Namibia', 'Angola', 'Malawi', 'Madagascar', 'Lesotho'],
  ['Egypt', 'Libya', 'Tunisia', 'Algeria', 'Morocco'],
  ['Israel', 'Palestine', 'Lebanon', 'Syria', 'Jordan', 'Iraq', 'Iran', 'Saudi Arabia', 'Yemen', 'Oman', 'United Arab Emirates', 'Qatar', 'Kuwait', 'Bahrain', 'Turkey'],
  ['Russia', 'Ukraine', 'Belarus', 'Moldova', 'Georgia', 'Armenia', 'Azerbaijan', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan'],
  ['United Kingdom', 'France', 'Germany', 'Belgium', 'Netherlands', 'Luxembourg', 'Ireland', 'Denmark', 'Norway', 'Sweden', 'Finland', 'Iceland', 'Switzerland', 'Austria', 'Spain', 'Portugal', 'Italy', 'Greece', 'Malta', 'Cyprus'],
  ['Poland', 'Czech Republic', 'Slovakia', 'Hungary', 'Romania', 'Bulgaria', 'Serbia', 'Croatia', 'Slovenia', 'Bosnia and Herzegovina', 'Montenegro', 'Albania', 'North Macedonia', 'Kosovo', 'Estonia', 'Latvia', 'Lithuania'],
  ['China', 'Japan', 'South Korea', 'North Korea', 'Taiwan', 'Mongolia'],
  ['Vietnam', 'Thailand', 'Cambodia', 'Laos', 'Myanmar', 'Malaysia', 'Singapore', 'Indonesia', 'Philippines', 'Brunei', 'Timor-Leste'],
  ['India', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Bhutan', 'Afghanistan', 'Maldives'],
  ['United States', 'Canada', 'Mexico'],
  ['Guatemala', 'Honduras', 'El Salvador', 'Nicaragua', 'Costa Rica', 'Panama', 'Belize', 'Cuba', 'Haiti', 'Dominican Republic', 'Jamaica'],
  ['Brazil', 'Argentina', 'Chile', 'Colombia', 'Peru', 'Venezuela', 'Ecuador', 'Bolivia', 'Paraguay', 'Uruguay'],
  ['Australia', 'New Zealand', 'Papua New Guinea', 'Fiji', 'Samoa', 'Tonga'],
];

/** US states (and a few other first-level regions) that stand in for each other. */
export const US_STATES = ['California', 'Texas', 'Florida', 'Montana', 'Alaska', 'Hawaii', 'Ohio', 'Oregon', 'Arizona', 'Nevada', 'Utah', 'Colorado', 'Virginia', 'Maryland', 'Michigan', 'Louisiana', 'Kentucky', 'Tennessee', 'Alabama', 'Mississippi', 'Maine', 'Vermont', 'Massachusetts', 'Pennsylvania', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Missouri', 'Nebraska', 'Oklahoma', 'Wisconsin', 'Minnesota', 'Idaho', 'Wyoming', 'New Mexico', 'North Carolina', 'South Carolina', 'North Dakota', 'South Dakota', 'Arkansas', 'Connecticut', 'Delaware', 'New Jersey', 'New Hampshire', 'Rhode Island', 'West Virginia'];

/** Places of the same neighbourhood as `name` (its region's countries, or other US states). */
export function neighbours(name: string): string[] {
  if (US_STATES.includes(name)) return US_STATES.filter((s) => s !== name);
  return COUNTRY_NEIGHBOURHOODS.find((g) => g.includes(name))?.filter((c) => c !== name) ?? [];
}

/** The words that name a storm ("Cyclone Gonu"): neither they nor the name after them are a person. */
export const STORM_WORDS = ['Storm', 'Cyclone', 'Hurricane', 'Typhoon', 'Depression'];

/** Words that mark a capitalised run as an organisation, building or thing rather than a person. */
export const NON_PERSON_WORDS = new Set([
  // Instruments ("Laser Retroreflective Arrays said: …", round 145).
  'array', 'arrays', 'retroreflector', 'retroreflectors', 'spectrometer', 'altimeter', 'radiometer',
  'department', 'ministry', 'agency', 'university', 'college', 'school', 'institute', 'center', 'centre', 'council', 'radio',
  'television', 'broadcasting', 'catholic', 'catholics', 'protestant', 'orthodox', 'islamic', 'jewish', 'muslim', 'buddhist',
  'hindu', 'regulation', 'regulations', 'reform', 'reforms', 'ordinance',
  // "said Eileen Mayer, IRS Chief, Criminal Investigation" (round 150's wrong key).
  'investigation', 'investigations',
  // "senior members of the British Royal Family" (round 151).
  'family',
  // Instruments and craft ("Neutron Star Interior Composition Explorer", round 114).
  'explorer', 'explorers', 'telescope', 'spectrometer', 'orbiter', 'observatory', 'spacecraft', 'satellite',
  // Events and prizes ("FIRST Robotics Competition", "Best Picture", round 121).
  'competition', 'competitions', 'tournament', 'festival', 'robotics', 'picture',
  // "Silver Achievement Medal", "the National Academies", "Boy Scouts", "Geostationary Extended
  // Observations", "Falcon Heavy" (rounds 130 to 132).
  'medal', 'medals', 'academies', 'scouts', 'observations', 'heavy',
  // "the Artemis Generation, who will explore …" (round 126).
  'generation',
  'committee', 'commission', 'court', 'party', 'house', 'office', 'administration', 'association', 'union', 'company',
  'corporation', 'inc', 'corp', 'ltd', 'group', 'bank', 'fund', 'foundation', 'organization', 'organisation', 'station',
  'space', 'program', 'programme', 'mission', 'accords', 'accord', 'treaty', 'agreement', 'act', 'convention', 'summit',
  'conference', 'museum', 'hospital', 'army', 'navy', 'force', 'forces', 'police', 'government', 'parliament', 'congress',
  'senate', 'assembly', 'kremlin', 'nations', 'news', 'times', 'post', 'journal', 'press', 'network', 'laboratory', 'lab',
  'project', 'initiative', 'award', 'prize', 'cup', 'games', 'championship', 'league', 'war', 'conflict', 'day', 'week',
  'month', 'year', 'street', 'avenue', 'river', 'lake', 'mountain', 'island', 'islands', 'county', 'city', 'state', 'states',
  'province', 'region', 'district', 'republic', 'kingdom', 'federation', 'republic', 'airport', 'port', 'bridge', 'road',
  'east', 'west', 'north', 'south', 'challenge', 'report', 'budget', 'rocket', 'spacecraft', 'satellite', 'telescope',
  'module', 'facility', 'base', 'fleet', 'system', 'service', 'services', 'market', 'exchange', 'index', 'resolution',
  'resolutions', 'team', 'teams', 'crew', 'law', 'code', 'plan', 'strategy', 'policy', 'ceremony', 'festival', 'church', 'temple', 'mosque',
  // Transport: "TransAsia Airways Flight 235" is no person, nor any part of it (round 67).
  'airways', 'airlines', 'flight', 'flights',
  // Weather: "Tropical Storm Gonu", "Hurricane Katrina" are no people (round 70).
  ...STORM_WORDS.map((w) => w.toLowerCase()), 'tropical',
  // "Occupational Safety and Health Inspectorate": a body's head word ends no person's name (round 67).
  'inspectorate', 'directorate', 'secretariat', 'command',
  // Newspapers and parks: "Herald Sun", "Alexandra Gardens" are no people (round 96).
  'herald', 'tribune', 'gazette', 'chronicle', 'telegraph', 'gardens',
  // Police units: "the specialist Robbery Squad" (round 96).
  'squad', 'brigade',
  // "Best Foreign Language Film", "the Kuiper Belt", "the Bali Roadmap" (round 97).
  'film', 'films', 'belt', 'roadmap',
  // Events and venues: "Basketball Tournament", "Georgia Dome" are never people.
  'tournament', 'tournaments', 'championships', 'game', 'stadium', 'arena', 'dome', 'bowl', 'series', 'playoff', 'playoffs',
  'finals', 'match', 'season', 'olympics', 'olympic', 'marathon', 'derby', 'invitational', 'expo', 'gala', 'parade', 'sports',
  'basketball', 'football', 'baseball', 'soccer', 'hockey', 'tennis', 'golf', 'athletics', 'shelter', 'reserve', 'guard',
  // Motor sport, prisons and the like: "Formula One", "Grand Prix", "Prison Barlinnie" are never people.
  'formula', 'prix', 'rally', 'circuit', 'raceway', 'speedway', 'trophy', 'prison', 'jail', 'gaol', 'penitentiary', 'clinic',
  'academy', 'institution', 'barracks',
  // The last words of bodies' names: "Committee on Foreign Affairs" left "Affairs" as a person (round 52).
  'affairs', 'relations', 'resources', 'development', 'defence', 'defense', 'security', 'intelligence', 'communications',
  // Movements named by one word: "Anonymous announced …" (round 51).
  'anonymous',
  // Religious bodies: "the Raven-Taylor-Hales Brethren" (round 102), "Jehovah's Witnesses".
  'brethren', 'witnesses', 'congregation', 'diocese', 'synod', 'fellowship', 'ministries',
  // "Australian Transaction Reports and Analysis Centre", "Civic Platform" (round 102).
  'reports', 'analysis', 'platform',
  // "the Harding Collection" of the Bodleian (round 109).
  'collection', 'collections', 'archive', 'archives', 'paradise',
]);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** First words of multi-word place names ("San Ramon", "Fort Worth", "Lake Tahoe"). */
export const PLACE_PREFIXES = new Set(['san', 'santa', 'los', 'las', 'new', 'fort', 'port', 'saint', 'st', 'mount', 'mt', 'lake', 'cape', 'el', 'la', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'punta', 'puerto', 'cerro', 'bandar']);
