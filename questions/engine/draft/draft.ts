// A drafted question: the content-question shape (so teachers' sets, content files and drafts are
// one type) plus what the engine knows about it.
import type { ContentQuestion } from '../../question-schema';
import type { ArticleFacts } from '../extract-facts';

export type EvidenceSpan = { sentenceIndex: number; start: number; end: number; text: string };

export type DraftMeta = {
  /** What the question asks about a fact ("who-role", "quote-speaker", "number-cloze", …). */
  angle: string;
  factIds: string[];
  evidenceSpans: EvidenceSpan[];
  /** 0 (easy) … 1 (hard). */
  difficulty: number;
  /** 0 … 1, the ranking score. */
  quality: number;
  /** The fact kind of the answer and of every option, for the "distractor type = answer type" check. */
  optionKinds?: string[];
  /** The answer's text as it appears in the evidence (for the "answer cited in evidence" check). */
  answerText: string;
  /** Why the draft may not be worth asking ("main-place", …): such drafts rank after all others. */
  doubts?: string[];
};

export type Draft = ContentQuestion & { meta: DraftMeta };

export type DraftContext = ArticleFacts & { claimSentenceIndexes: Set<number> };

/** A small deterministic hash (FNV-1a) so that the same article always gives the same drafts. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic shuffle keyed by a string. */
export function shuffleBy<T>(items: T[], key: string): T[] {
  return items
    .map((item, i) => ({ item, k: hash(`${key}:${i}:${JSON.stringify(item)}`) }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.item);
}

export const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

export function evidenceSpan(ctx: DraftContext, sentenceIndex: number): EvidenceSpan {
  const s = ctx.sentences[sentenceIndex]!;
  return { sentenceIndex, start: s.start, end: s.end, text: s.text };
}

/** Options in a deterministic order with letter ids; returns the correct option's id. */
export function letteredOptions(answer: string, distractors: string[], key: string): { options: { id: string; text: string }[]; correct: string } {
  const texts = shuffleBy([answer, ...distractors], key);
  const options = texts.map((text, i) => ({ id: LETTERS[i]!, text }));
  return { options, correct: options.find((o) => o.text === answer)!.id };
}

export const LEADING_PRONOUN = /^(?:[“"‘]\s*)?(?:he|she|it|they|this|that|these|those|his|her|its|their|him|them|we|our|i)\b/i;

/**
 * Openings that lean on the previous sentence ("In response, …"; the "Also" of "Also on Sunday, …",
 * round 90); dropped from prompts.
 */
export const LEADING_CONNECTIVE = /^(?:(?:For example|For instance|In fact|Indeed|Of course|In response|However|Meanwhile|Also|Additionally|In addition|As a result|Instead|Still|Despite this|Therefore|Furthermore|Further|Moreover|Similarly|Likewise|Nevertheless|Nonetheless|Then|Later|Afterwards|Finally|Lastly|So|But|And|Yet|Even so|Now),\s+|(?:So|But|And|Yet)\s+(?=\p{Lu})|Also\s+(?=(?:on|in|at|during|earlier|later|last|this|that)\s)|However\s+(?=(?:the|a|an|this|that|these|those|in|on|at|it|he|she|they|we)\s|\p{Lu}))/u;

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
