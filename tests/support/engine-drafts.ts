// Shared by the engine's rule tests: the draft context of a made-up text, its ranked drafts, and a
// choice draft's option texts.
import type { Draft, DraftContext } from '@/questions/engine/draft/draft';
import { claimSentences } from '@/questions/engine/extract/claims';
import { extractFacts } from '@/questions/engine/extract-facts';
import { generateDrafts } from '@/questions/engine/generate-drafts';

export function draftContext(text: string, publishedOn: string | null = null): DraftContext {
  const facts = extractFacts(text, publishedOn);
  return { ...facts, claimSentenceIndexes: claimSentences(facts.claims) };
}

export function rankedDrafts(text: string, publishedOn?: string | null): Draft[] {
  const result = generateDrafts(text, publishedOn ? { publishedOn } : {});
  if (!result.ok) throw new Error(result.reason);
  return result.drafts;
}

export function optionTexts(d: Draft | undefined): string[] {
  return d && (d.type === 'multiple_choice' || d.type === 'who_said_it') ? d.options.map((o) => o.text) : [];
}
