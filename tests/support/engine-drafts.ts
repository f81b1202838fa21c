// Shared by the engine's rule tests: the draft context of a made-up text, its ranked drafts, a
// choice draft's option texts, and who-said-it questions and their rivals.
import fs from 'node:fs';
import type { Draft, DraftContext } from '@/questions/engine/draft/draft';
import { displayName } from '@/questions/engine/draft/distractors';
import { placeDistractors } from '@/questions/engine/draft/place-distractors';
import { quoteStatement, speakerRivals } from '@/questions/engine/draft/people-drafts';
import { resolveReferences } from '@/questions/engine/draft/dangling';
import { claimSentences } from '@/questions/engine/extract/claims';
import { extractFacts } from '@/questions/engine/extract-facts';
import { generateDrafts } from '@/questions/engine/generate-drafts';
import { prepareArticle } from '@/questions/engine/prepare-article';

export function draftContext(text: string, publishedOn: string | null = null): DraftContext {
  const facts = extractFacts(text, publishedOn);
  return { ...facts, claimSentenceIndexes: claimSentences(facts.claims) };
}

/** One fresh fixture article, as the engine reads it: for a fault made-up text did not reproduce. */
export function freshArticle(slug: string): { text: string; date: string | null } {
  const article = prepareArticle(fs.readFileSync(`tests/fixtures/fresh/${slug}.txt`, 'utf8'));
  if (!article.ok) throw new Error(article.reason);
  return { text: article.text, date: article.meta.publishedOn };
}

/** The second of two sentences as a stem or statement reads it, or null when it leans on the first. */
export function stemAfter(first: string, second: string): string | null {
  const ctx = draftContext([first, second].join('\n\n'));
  return resolveReferences(ctx, ctx.sentences[1]!.text, 1);
}

export function rankedDrafts(text: string, publishedOn?: string | null): Draft[] {
  const result = generateDrafts(text, publishedOn ? { publishedOn } : {});
  if (!result.ok) throw new Error(result.reason);
  return result.drafts;
}

/**
 * The places a true-or-false statement may swap in for `name` at its first mention after `before`
 * (or its first mention): the rivals the engine finds in the article and its bank.
 */
export function placeRivals(text: string, name: string, publishedOn: string | null = null, before = ''): string[] {
  const ctx = draftContext(text, publishedOn);
  const place = ctx.places.find((p) => p.name === name);
  if (!place) throw new Error(`no place ${name}`);
  const s = ctx.sentences.find((x) => x.text.includes(`${before}${name}`))!;
  return placeDistractors(ctx, place, s.index, s.text.slice(0, s.text.indexOf(`${before}${name}`) + before.length));
}

export function optionTexts(d: Draft | undefined): string[] {
  return d && (d.type === 'multiple_choice' || d.type === 'who_said_it') ? d.options.map((o) => o.text) : [];
}

/** The question on who said the words (a choice, or the name typed), if any. */
export function speakerQuestion(drafts: Draft[], words: string): Draft | undefined {
  return drafts.find((d) => d.meta.angle === 'quote-speaker' && d.prompt.includes(words));
}

/** The speaker a who-said-it question keys, chosen or typed. */
export function speakerKey(d: Draft | undefined): string | undefined {
  if (d?.type === 'who_said_it') return d.options.find((o) => o.id === d.answer.correct)?.text;
  return d?.type === 'cloze' ? d.answer.text : undefined;
}

/** Who a who-said-it choice on the words would offer: the speaker, then the rivals. */
export function speakerChoices(text: string, publishedOn: string | null, words: string): string[] {
  const ctx = draftContext(text, publishedOn);
  const q = ctx.quotes.find((x) => quoteStatement(ctx, x).includes(words));
  const speaker = ctx.people.find((p) => p.id === q?.speakerId);
  return q && speaker ? [displayName(speaker), ...speakerRivals(ctx, q, speaker).map(displayName)] : [];
}
