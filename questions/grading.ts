// Grading for every question type. Pure functions: the server calls them with the stored answer
// key; nothing here trusts what a browser says about correctness.
import { HONORIFICS } from './engine/lexicon/titles';
import { distance } from './text-distance';

export type Grade = { correct: boolean; score: number };

const full = (ok: boolean): Grade => ({ correct: ok, score: ok ? 1 : 0 });

export function gradeChoice(correctId: string, givenId: string): Grade {
  return full(givenId === correctId);
}

export function gradeTrueFalse(value: boolean, given: boolean): Grade {
  return full(given === value);
}

/** A text without its accents ("Rémy" → "Remy"). */
export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Case, accents, hyphens, apostrophes and punctuation do not matter; spaces are folded. */
export function normalizeAnswer(s: string): string {
  return foldAccents(s)
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    // "Jammu & Kashmir" = "Jammu and Kashmir".
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[-‐‑–—_/.,;:!?"“”()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A leading article does not matter ("the Kremlin" = "Kremlin"), unless it is all there is.
    .replace(/^(?:the|a|an) (?=\S)/, '');
}

export type TextKey = { text: string; aliases?: string[]; rejects?: string[] };

/**
 * Typed answers: the key or a listed alias, allowing small typos (edit distance ≤ 1, or ≤ 2 for
 * answers over 8 characters) — but never a string that names, or is as close to, another entity of
 * the same type in the article (the key's `rejects`), so "Kim Jong Un" is not taken for "Kim Hong-kyun".
 */
/**
 * The titles a typed name may add or leave out ("Lord Mandelson", "Dr Smith", "Justice Simon"): the
 * engine's honorifics, and a few the engine reads otherwise (as roles, or as given names).
 */
const COURTESY_TITLES = new Set([...HONORIFICS, 'miss', 'lady', 'baron', 'judge', 'justice']);

export function gradeText(key: TextKey, given: string): Grade {
  const answer = normalizeAnswer(given);
  if (!answer) return full(false);
  const accepted = [key.text, ...(key.aliases ?? [])].map(normalizeAnswer).filter(Boolean);
  if (accepted.includes(answer)) return full(true);
  const rejects = (key.rejects ?? []).map(normalizeAnswer).filter(Boolean);
  if (rejects.includes(answer)) return full(false);
  // "Lord Widgery" for the key "Widgery", "Mandelson" for "Lord Mandelson" (round 106's wrong keys):
  // the same name with or without its courtesy title, unless that names another entity.
  const bare = (s: string) => {
    const space = s.indexOf(' ');
    return space > 0 && COURTESY_TITLES.has(s.slice(0, space)) ? s.slice(space + 1) : s;
  };
  if (bare(answer) !== answer || accepted.some((a) => bare(a) !== a)) {
    if (rejects.map(bare).includes(bare(answer))) return full(false);
    if (accepted.map(bare).includes(bare(answer))) return full(true);
  }
  for (const target of accepted) {
    const allowed = target.length > 8 ? 2 : 1;
    const d = distance(answer, target, allowed);
    if (d <= allowed && !rejects.some((r) => distance(answer, r, d) <= d)) return full(true);
  }
  return full(false);
}

export function gradeNumber(key: { value: number; tolerance: number }, given: number): Grade {
  return full(Number.isFinite(given) && Math.abs(given - key.value) <= key.tolerance + 1e-9);
}

/** Share of left items matched to their right item. */
export function gradeMatching(pairs: Record<string, string>, given: Record<string, string>): Grade {
  const keys = Object.keys(pairs);
  const right = keys.filter((k) => given[k] === pairs[k]).length;
  const score = keys.length ? right / keys.length : 0;
  return { correct: score === 1, score };
}

/** Share of items in their right position. */
export function gradeOrdering(order: string[], given: string[]): Grade {
  const right = order.filter((id, i) => given[i] === id).length;
  const score = order.length ? right / order.length : 0;
  return { correct: score === 1, score };
}

export type AnswerKey =
  | { correct: string }
  | { value: boolean }
  | (TextKey & { text: string })
  | { value: number; tolerance: number; unit?: string }
  | { pairs: Record<string, string> }
  | { order: string[] };

export type GivenAnswer =
  | { kind: 'choice'; optionId: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'pairs'; pairs: Record<string, string> }
  | { kind: 'order'; order: string[] };

/** Grades any question type; a given answer of the wrong shape scores zero. */
export function gradeAnswer(type: string, key: AnswerKey, given: GivenAnswer): Grade {
  switch (type) {
    case 'multiple_choice':
    case 'who_said_it':
      return given.kind === 'choice' && 'correct' in key ? gradeChoice(key.correct, given.optionId) : full(false);
    case 'true_false':
      return given.kind === 'boolean' && 'value' in key && typeof key.value === 'boolean' ? gradeTrueFalse(key.value, given.value) : full(false);
    case 'cloze':
      return given.kind === 'text' && 'text' in key ? gradeText(key, given.text) : full(false);
    case 'numeric':
      return given.kind === 'number' && 'value' in key && typeof key.value === 'number' ? gradeNumber({ value: key.value, tolerance: 'tolerance' in key ? key.tolerance : 0 }, given.value) : full(false);
    case 'matching':
      return given.kind === 'pairs' && 'pairs' in key ? gradeMatching(key.pairs, given.pairs) : full(false);
    case 'ordering':
      return given.kind === 'order' && 'order' in key ? gradeOrdering(key.order, given.order) : full(false);
    default:
      return full(false);
  }
}
