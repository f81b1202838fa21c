import 'server-only';
import { randomInt } from 'node:crypto';

// Sign-in details for teacher-made student accounts: a username derived from the name and a
// password meant to be typed from a printed card. No database here; student-accounts.ts uses these.

/** better-auth's username plugin is configured with 3–32 characters of [a-z0-9_.] (create-auth.ts). */
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;

// Letters that NFKD does not split into a base letter and an accent.
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h' };

/**
 * "María-José López" → "maria.jose.lopez": lower-case ASCII, accents folded, apostrophes dropped,
 * other separators become single dots. Empty (e.g. a name in a non-Latin script) → "student".
 * Leaves room for a numeric suffix within the length limit.
 */
export function usernameBase(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłıħ]/g, (c) => FOLD[c] ?? '')
    .replace(/['’`ʼ]/g, '');
  const parts = folded.split(/[^a-z0-9]+/).filter(Boolean);
  let base = '';
  for (const part of parts) {
    const next = base ? `${base}.${part}` : part;
    if (next.length > USERNAME_MAX - 3) break;
    base = next;
  }
  if (!base && parts[0]) base = parts[0].slice(0, USERNAME_MAX - 3);
  return base || 'student';
}

/**
 * The first free username for a base: "maria.lopez", then "maria.lopez2", "maria.lopez3"…; a base
 * shorter than the minimum always carries a number ("li1", "x10"). `taken` is updated.
 */
export function allocateUsername(base: string, taken: Set<string>): string {
  for (let n = base.length < USERNAME_MIN ? 1 : 0; ; n = n === 0 ? 2 : n + 1) {
    const candidate = n === 0 ? base : `${base}${n}`;
    if (candidate.length > USERNAME_MAX) throw new Error(`No free username for ${base}.`);
    if (candidate.length >= USERNAME_MIN && !taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

// Short, common, concrete words that are hard to misspell (272: about 8 bits each).
const WORDS = (
  'ant ape arm art axe bag bat bay bead bean bear bed bee bell belt bird boat bone book boot bowl box ' +
  'bread brick bus cake calf camp cap car card cart cat cave chair chalk cheek chin city clay cliff ' +
  'cloud coat cod coin comb cook corn cow crab crow cube cup dart deer desk dice dish dog doll door dot ' +
  'dove drum duck dust eagle ear egg elf elk elm fan farm fern fig fish flag foam fork fox frog gate ' +
  'gift goat gold grape grass gull hand harp hat hawk hen hill hive hook horn horse hut ice ink iron jam ' +
  'jar jet kayak kelp key kite kiwi knot lake lamb lamp leaf lemon lily lime lion lock log map maple mask ' +
  'melon milk mint mole moon moss moth mouse mud mug nest net nut oak oar owl ox palm pan park pear pen ' +
  'piano pie pig pine plum pond pony pot puma quilt rain reed rice ring river road robin rock roof rope ' +
  'rose ruby sail salt sand seal seed shark sheep shell ship shoe silk sky sled slug snail snow sock ' +
  'sofa soup star stem stone sun swan table taxi tent tiger toad toe tool tooth torch tower toy train ' +
  'tree truck tulip tuna van vase vest wagon wall wasp wave whale wheat wheel wing wolf wool worm yak ' +
  'yarn zebra zoo acorn apple badge bench berry blue brush cabin candy canoe cedar chess cloak clock ' +
  'coral daisy dune fairy feather field flute fruit giant glove hazel honey igloo jelly koala ladder ' +
  'mango medal mitten noodle ocean olive onion otter panda paper pearl pepper pillow pizza planet'
).split(' ');

/**
 * Three short words and two digits, e.g. "otter-lamp-cedar-47": easy for a child to type, and about
 * 31 bits, which is plenty behind the sign-in throttle (5 failures per account per 15 minutes).
 */
export function newStudentPassword(): string {
  const words = Array.from({ length: 3 }, () => WORDS[randomInt(WORDS.length)]!);
  return `${words.join('-')}-${String(randomInt(100)).padStart(2, '0')}`;
}
