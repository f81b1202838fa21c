// Words that make a role or title in front of a name ("Defense Minister Andrei Belousov",
// "NASA astronaut Jasmin Moghbeli"). Lower-cased; matched case-insensitively.
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'deputy', 'secretary', 'chancellor', 'governor', 'senator', 'representative',
  // "U.S. Poet Laureate Ada Limón" (round 124's wrong key kept the title in her name).
  'laureate',
  // "Assemblywoman Selena Torres" (round 94).
  'assemblywoman', 'assemblyman', 'assemblymember', 'councilwoman', 'councilman',
  'rep', 'sen', 'gov', 'mayor', 'judge', 'justice', 'chief', 'general', 'gen', 'admiral', 'colonel', 'col', 'lt', 'lieutenant',
  'captain', 'capt', 'sergeant', 'sgt', 'officer', 'director', 'administrator', 'commissioner', 'ambassador', 'envoy',
  'spokesperson', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'queen',
  'king', 'prince', 'princess', 'crown', 'pope', 'cardinal', 'bishop', 'archbishop', 'rev', 'reverend', 'sheikh', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'ceo', 'cfo', 'leader', 'speaker', 'astronaut', 'cosmonaut', 'coach', 'manager',
  'commander', 'sir', 'dame', 'lord', 'lady', 'emperor', 'empress', 'sultan', 'emir', 'premier', 'founder', 'head',
  'scientist', 'researcher', 'engineer', 'economist', 'analyst', 'official', 'officials', 'correspondent', 'reporter',
  'editor', 'executive', 'attorney', 'lawyer', 'prosecutor', 'counsel', 'dean', 'principal', 'teacher', 'student',
  'associate', 'assistant', 'acting', 'former', 'senior', 'junior', 'undersecretary', 'under', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'state', 'health', 'trade', 'energy', 'justice', 'education', 'agriculture', 'labor',
  'labour', 'transport', 'environment', 'culture', 'economy', 'treasury', 'commerce', 'homeland', 'security', 'policy',
  'press', 'communications', 'deputy', 'candidate', 'nominee', 'activist',
  'author', 'writer', 'actor', 'actress', 'singer', 'player', 'athlete', 'pilot', 'doctor', 'physician', 'nurse',
  'director-general', 'secretary-general', 'vice-president', 'co-founder', 'chief executive', 'legislator', 'lawmaker',
  'clerk', 'alderman', 'aldermen', 'alderwoman', 'treasurer', 'comptroller', 'consultant', 'biographer', 'cricketer',
  'policeman', 'policewoman', 'goalkeeper', 'striker', 'midfielder', 'bodyguard', 'businessman', 'businesswoman',
  'footballer', 'golfer', 'boxer', 'swimmer', 'cyclist', 'wrestler', 'jockey',
  'major-general', 'lieutenant-general', 'brigadier-general', 'lieutenant-colonel', 'rear-admiral', 'vice-admiral', 'brigadier',
  'congressman', 'congresswoman', 'councillor', 'councilor', 'councilmember', 'member', 'staff', 'host', 'investigator',
  'principal investigator', 'lead', 'manager', 'coordinator', 'specialist', 'expert', 'chef', 'monarch', 'mp',
  'boss', 'conductor', 'police', 'constable', 'superintendent', 'inspector', 'detective', 'sheriff', 'marshal', 'solicitor',
  'barrister', 'guitarist', 'bassist', 'drummer', 'vocalist', 'pianist', 'violinist', 'keyboardist', 'songwriter',
  // "Magistrate Janice M. Stewart", "Special Agent in Charge" (round 149).
  'magistrate', 'agent',
]);

/** Title words that can stand alone as the head of a role ("the foreign policy adviser"). */
export const ROLE_HEAD_WORDS = new Set([
  'president', 'minister', 'secretary', 'undersecretary', 'under-secretary', 'chancellor', 'governor', 'senator', 'mayor', 'judge', 'justice', 'general', 'admiral',
  'director', 'administrator', 'commissioner', 'ambassador', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'adviser',
  'advisor', 'professor', 'queen', 'king', 'prince', 'princess', 'pope', 'chairman', 'chairwoman', 'chair', 'ceo', 'leader',
  'speaker', 'astronaut', 'cosmonaut', 'coach', 'manager', 'commander', 'premier', 'founder', 'head', 'boss', 'conductor', 'scientist',
  'researcher', 'engineer', 'economist', 'analyst', 'official', 'correspondent', 'reporter', 'editor', 'executive',
  'attorney', 'lawyer', 'prosecutor', 'dean', 'principal', 'teacher', 'student', 'candidate', 'activist', 'author', 'writer',
  'actor', 'actress', 'singer', 'player', 'athlete', 'pilot', 'doctor', 'physician', 'nurse', 'director-general',
  'secretary-general', 'legislator', 'lawmaker', 'monarch', 'investigator', 'coordinator', 'co-ordinator', 'specialist', 'expert', 'member',
  'officer', 'captain', 'colonel', 'lieutenant', 'sergeant', 'chief', 'emperor', 'empress', 'sultan', 'emir', 'host', 'lead', 'mp', 'refugee', 'resident',
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'successor', 'predecessor', 'owner', 'farmer', 'worker',
  'representative', 'congressman', 'congresswoman', 'dentist', 'surgeon', 'midwife', 'paramedic', 'firefighter', 'archaeologist',
  'environmentalist', 'historian', 'journalist', 'photographer', 'priest', 'bishop', 'campaigner', 'detective', 'sheriff',
  'constable', 'superintendent', 'inspector', 'marshal', 'solicitor', 'barrister', 'guitarist', 'bassist', 'drummer',
  'vocalist', 'pianist', 'violinist', 'keyboardist', 'songwriter', 'musician',
  'clerk', 'alderman', 'alderwoman', 'treasurer', 'comptroller', 'consultant', 'second-in-command', 'deputy', 'biographer', 'aide',
  'cricketer', 'footballer', 'golfer', 'boxer', 'swimmer', 'cyclist', 'wrestler', 'jockey',
  'policeman', 'policewoman', 'goalkeeper', 'striker', 'midfielder', 'defender', 'bodyguard', 'businessman', 'businesswoman',
]);

/** Honorifics dropped from names without being a role ("Mr. Smith" is "Smith"; "Lord Coe" is Sebastian Coe). */
// "His Excellency Ban Ki-moon": the forms of address of diplomacy are no part of a name.
// "Cde Mugabe": Zimbabwe's "comrade" (round 95).
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'madam', 'mx', 'lord', 'baroness', 'excellency', 'highness', 'majesty', 'cde', 'comrade']);

/**
 * Generic nouns that describe someone in a story without being part of their name or a title:
 * "Passenger Maria Lopez", "Witness Sarah Brown", "Resident Tom Greene". Stripped only from the
 * front of a name (never from its end: "Adam Driver", "Paul Farmer" keep their surnames).
 */
export const DESCRIPTOR_WORDS = new Set([
  'passenger', 'passengers', 'witness', 'witnesses', 'eyewitness', 'resident', 'residents', 'survivor', 'survivors', 'victim',
  'driver', 'neighbour', 'neighbor', 'volunteer', 'firefighter', 'paramedic', 'rescuer', 'homeowner', 'shopkeeper', 'owner',
  'farmer', 'worker', 'fan', 'tourist', 'visitor', 'patient', 'protester', 'protestor', 'villager', 'pastor', 'priest', 'imam',
  'rabbi', 'soldier', 'veteran', 'journalist', 'photographer', 'miner', 'engineer', 'spokesman', 'spokeswoman', 'spokesperson',
  'local', 'relative', 'parent', 'shopper', 'customer', 'bystander', 'motorist', 'pedestrian', 'commuter', 'traveller',
  'traveler', 'climber', 'hiker', 'diver', 'crewman', 'sailor', 'mechanic', 'technician', 'contractor', 'employee',
  // Party labels in front of a name ("Liberal Democrat Vince Cable", "Labour MP …").
  'liberal', 'democrat', 'republican', 'conservative', 'labour', 'socialist', 'tory',
]);

/**
 * Titles an article misspells so often that the slip is read as the title (round 60: "Prime
 * Minster Recep Tayyip Erdogan"); roles are shown spelt right, and no question copies the slip.
 */
export const MISSPELT_TITLES: Record<string, string> = { minster: 'Minister' };
