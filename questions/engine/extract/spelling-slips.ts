// Names the article misspells once or twice ("Sakharove" beside "Sakharov", "Yeltin" beside
// "Boris Yeltsin"). A question must not copy a slip: teachers and the judges fail a stem that
// teaches a misspelt name. Guessing which form is right could put the slip into a question, so
// the engine only finds the doubtful form and the drafts that show it are dropped.
import { normalizeAnswer } from '../../grading';
import { distance } from '../../text-distance';
import { lexiconKind } from '../pos-tags';
import type { ArticleFacts } from '../extract-facts';

const CAPITALISED = /(?<![\p{L}’'-])\p{Lu}\p{L}+(?:-\p{L}+)*/gu;
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// Endings that make another word of a name, not a slip of it ("Korea"/"Korean", "Obama"/"Obamas").
const INFLECTION = /^(?:s|es|n|an|ian|ese|i)$/;

// Accents and case aside, as the grader compares answers ("Şahin" = "Sahin").
const fold = normalizeAnswer;

function inflected(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A demonym may drop the name's last vowel ("Argentina" / "Argentinian").
  return [short, short.replace(/[aeo]$/, '')].some((stem) => long.startsWith(stem) && INFLECTION.test(long.slice(stem.length)));
}

/** Two letters side by side swapped ("Magwneya" for "Magwenya"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

const cache = new WeakMap<ArticleFacts['sentences'], Set<string>>();

/** The article's doubtful spellings of a name it spells more surely elsewhere. */
export function spellingSlips(facts: Pick<ArticleFacts, 'sentences' | 'people' | 'places' | 'organisations'>): Set<string> {
  const hit = cache.get(facts.sentences);
  if (hit) return hit;
  const counts = new Map<string, number>();
  const sentencesOf = new Map<string, Set<number>>();
  for (const s of facts.sentences) {
    for (const m of s.text.matchAll(CAPITALISED)) {
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      sentencesOf.set(m[0], (sentencesOf.get(m[0]) ?? new Set()).add(s.index));
    }
  }
  // Words of a full name the article gives ("Boris Yeltsin") are surer than a lone word.
  const inFullNames = new Set<string>();
  const names = [...facts.people.flatMap((p) => [p.name, ...p.aliases]), ...facts.places.map((p) => p.name), ...facts.organisations.map((o) => o.name)];
  for (const n of names) {
    const words = n.split(/\s+/);
    if (words.length > 1) for (const w of words) inFullNames.add(w);
  }
  // A word of the name the engine shows for a person is never dropped as a slip: every option list
  // naming them would go ("Abdourahim Said Bakar", spelled "Bacar" once, beside Colonel Mohamed Bacar).
  const shown = new Set(facts.people.flatMap((p) => p.name.split(/\s+/)));
  const trust = (w: string) => (lexiconKind(w) === 'name' ? 2 : inFullNames.has(w) ? 1 : 0);
  const words = [...counts.keys()].filter((w) => w.length >= 5 && !CALENDAR.test(w));
  const slips = new Set<string>();
  // A slip keeps its first letter (every one the judges found did): compare within those groups only.
  const byInitial = new Map<string, string[]>();
  for (const w of words) byInitial.set(fold(w)[0]!, [...(byInitial.get(fold(w)[0]!) ?? []), w]);
  for (const w of words) {
    if (lexiconKind(w) || shown.has(w)) continue;
    const fw = fold(w);
    for (const v of byInitial.get(fw[0]!)!) {
      const fv = fold(v);
      if (fw === fv || inflected(fw, fv)) continue;
      // "Colomobian" is a slip of "Colombia" through its demonym "Colombian".
      if (!['', 'n', 'an'].some((end) => distance(fw, fv + end, 1) <= 1) && !swapped(fw, fv)) continue;
      // A slip and its right form in one sentence are rather two names ("Eddison Academy … Edison").
      if ([...sentencesOf.get(w)!].some((i) => sentencesOf.get(v)!.has(i))) continue;
      if (trust(v) > trust(w) || (trust(v) === trust(w) && counts.get(v)! > counts.get(w)!)) slips.add(w);
    }
  }
  // A short word is too often another name ("Iran"/"Iraq"), but after the same word it is one name
  // spelled two ways ("Kalameh Sabz" / "Kalameh Sabs"): the rarer form, or both when neither is surer.
  const pairs = new Map<string, number>();
  for (const s of facts.sentences) for (const m of s.text.matchAll(/(?<![\p{L}’'-])(\p{Lu}\p{L}+) (\p{Lu}\p{L}{2,})(?![\p{L}’'-])/gu)) pairs.set(`${m[1]} ${m[2]}`, (pairs.get(`${m[1]} ${m[2]}`) ?? 0) + 1);
  for (const [a, na] of pairs) {
    for (const [b, nb] of pairs) {
      const [[a1, a2], [b1, b2]] = [a.split(' '), b.split(' ')];
      // (A plural is no slip: "Moon Tree" beside "Moon Trees", round 137.)
      if (a === b || a1 !== b1 || a2!.length > 4 || a2![0] !== b2![0] || distance(fold(a2!), fold(b2!), 1) !== 1 || inflected(fold(a2!), fold(b2!)) || shown.has(a2!) || nb < na) continue;
      slips.add(a2!);
    }
  }
  // The family plural of a slip is one too ("the Sakharoves").
  for (const w of words) if (w.endsWith('s') && slips.has(w.slice(0, -1))) slips.add(w);
  cache.set(facts.sentences, slips);
  return slips;
}
