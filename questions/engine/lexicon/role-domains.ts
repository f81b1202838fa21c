// The sphere a role belongs to (government, faith, science, sport, a victim's family …). A wrong
// option for "who is the referendum officer?" must be someone a student could believe holds that
// post: the Pope or a victim's father is not, whatever the article says about them.

export type RoleDomain = 'government' | 'royalty' | 'faith' | 'law' | 'military' | 'expert' | 'activism' | 'sport' | 'business' | 'media' | 'arts' | 'private';

// First match wins, so the more specific words come first ("first lady" before "lady",
// "team principal" before "principal", "spokesman" before "man").
const DOMAINS: [RoleDomain, RegExp][] = [
  // Offices named "… General" are civil, not military.
  ['government', /\b(?:secretary|attorney|director|solicitor|surgeon|governor|inspector|consul|auditor)[- ]general\b/i],
  ['private', /\b(?:first lady|mother|father|parents?|son|daughter|wife|husband|widow(?:er)?|brother|sister|sibling|uncle|aunt|niece|nephew|cousin|grand(?:father|mother|son|daughter|child)|relatives?|fianc[ée]e?|girlfriend|boyfriend|victim|survivor|witness|resident|passenger|neighbou?r|citizen|family|student|pupil|friend)\b/i],
  ['faith', /\b(?:pope|bishop|archbishop|cardinal|priest|pastor|vicar|imam|rabbi|cleric|reverend|nun|monk|ayatollah|patriarch|mufti|chaplain|deacon|dalai lama)\b/i],
  ['royalty', /\b(?:king|queen|prince|princess|emperor|empress|pharaoh|monarch|sultan|emir|duke|duchess|tsar|czar)\b/i],
  ['sport', /\b(?:driver|player|coach|athlete|champion|racer|footballer|cricketer|cyclist|swimmer|runner|boxer|golfer|goalkeeper|striker|midfielder|defender|team principal|captain of the team|referee|olympian|jockey|skier|tennis)\b/i],
  ['arts', /\b(?:actor|actress|singer|musician|artist|composer|painter|novelist|poet|film-?maker|rapper|comedian|dancer|band|guitarist|bassist|drummer|vocalist|pianist|violinist|cellist|keyboardist|frontman|frontwoman|songwriter|lyricist|cartoonist|sculptor)\b/i],
  ['media', /\b(?:journalist|reporter|editor|correspondent|presenter|broadcaster|columnist|anchor|blogger|photographer|commentator)\b/i],
  ['military', /\b(?:general|colonel|commander|admiral|soldier|marshal|lieutenant|sergeant|troops?|marine|brigadier)\b/i],
  ['law', /\b(?:judge|justice|lawyer|attorney|prosecutor|barrister|solicitor|police|detective|sheriff|magistrate|coroner|constable|inspector|counsel)\b/i],
  ['activism', /\b(?:activist|campaigner|advocate|protester|protestor|organi[sz]er|dissident|volunteer)\b/i],
  ['expert', /\b(?:professor|scientist|researcher|archaeologist|expert|economist|analyst|historian|physician|doctor|dr\.?|surgeon|engineer|astronomer|environmentalist|climatologist|academic|lecturer|scholar|biologist|geologist|physicist|chemist|epidemiologist|specialist|astronaut|cosmonaut)\b/i],
  ['business', /\b(?:ceo|executive|founder|businessman|businesswoman|entrepreneur|investor|banker|chairman of the board|owner|managing director|chief executive)\b/i],
  ['government', /\b(?:president|prime minister|premier|taoiseach|chancellor|minister|secretary|senator|sen\.|representative|rep\.|congress(?:man|woman)|lawmaker|legislator|mp|governor|mayor|leader|politician|candidate|speaker|deputy|council(?:l?or|man|woman|member)|ambassador|diplomat|envoy|official|officer|spokes(?:man|woman|person)|adviser|advisor|administrator|director|commissioner|chief|head|chair(?:man|woman|person)?|regulator|delegate)\b/i],
];

/** Spheres whose people could stand in for each other as options: a minister for an ambassador. */
const NEIGHBOURS: Record<RoleDomain, RoleDomain[]> = {
  government: ['government', 'royalty', 'law', 'military', 'activism'],
  royalty: ['royalty', 'government'],
  faith: ['faith'],
  law: ['law', 'government', 'military'],
  military: ['military', 'government', 'law'],
  expert: ['expert', 'government', 'media'],
  activism: ['activism', 'government', 'private'],
  sport: ['sport'],
  business: ['business', 'government'],
  media: ['media', 'expert', 'arts'],
  arts: ['arts', 'media'],
  private: ['private', 'activism'],
};

/** The sphere of a role, or null when its words do not say. */
export function roleDomain(role: string): RoleDomain | null {
  for (const [domain, re] of DOMAINS) if (re.test(role)) return domain;
  return null;
}

/** Whether a holder of one role is a believable option for a question about the other. */
export function domainsMatch(a: RoleDomain, b: RoleDomain): boolean {
  return NEIGHBOURS[a].includes(b);
}
