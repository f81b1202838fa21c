// Roles that only one gender holds ("Queen of Denmark", "First Lady", "spokesman"): what the
// article's own words say about a person's gender, before any pronoun or first-name guess.

export type Gender = 'female' | 'male';

const FEMALE_ROLE = /\b(?:queen|princess|lady|empress|duchess|spokeswoman|chairwoman|congresswoman|businesswoman|actress|mother|wife|daughter|sister|grandmother|widow|girl|woman|\p{L}+woman|heiress|hostess|waitress|stewardess)\b/iu;
const MALE_ROLE = /\b(?:king|prince|emperor|duke|spokesman|chairman|congressman|businessman|father|husband|son|brother|grandfather|widower|boy|man)\b/i;

/** A role that only fits one gender, or null. */
export function roleGender(role: string): Gender | null {
  if (FEMALE_ROLE.test(role)) return 'female';
  if (MALE_ROLE.test(role)) return 'male';
  return null;
}
