// The engine's front door: article text → facts → checked, ranked question drafts.
import { claimSentences } from './extract/claims';
import { extractFacts, type ArticleFacts } from './extract-facts';
import type { Draft, DraftContext } from './draft/draft';
import { organisationQuoteDrafts } from './draft/organisation-quote-drafts';
import { peopleDrafts } from './draft/people-drafts';
import { failedChecks, type CheckName } from './draft/quality-checks';
import { rankDrafts } from './draft/rank-drafts';
import { scoreDrafts } from './draft/score-drafts';
import { sentenceDrafts } from './draft/sentence-drafts';
import { timelineDrafts } from './draft/timeline-drafts';
import { trueFalseDrafts } from './draft/true-false-drafts';
import { prepareArticle, type ArticleMeta } from './prepare-article';

export type GenerateResult =
  | { ok: true; meta: ArticleMeta; facts: ArticleFacts; drafts: Draft[]; dropped: { id: string; checks: CheckName[] }[] }
  | { ok: false; reason: string };

export function generateFromFacts(facts: ArticleFacts): { drafts: Draft[]; dropped: { id: string; checks: CheckName[] }[] } {
  const ctx: DraftContext = { ...facts, claimSentenceIndexes: claimSentences(facts.claims) };
  const all = [...peopleDrafts(ctx), ...organisationQuoteDrafts(ctx), ...sentenceDrafts(ctx), ...scoreDrafts(ctx), ...trueFalseDrafts(ctx), ...timelineDrafts(ctx)];
  // One draft per fact and angle: the first generated wins.
  const unique = new Map<string, Draft>();
  for (const d of all) if (!unique.has(d.id)) unique.set(d.id, d);
  const passed: Draft[] = [];
  const dropped: { id: string; checks: CheckName[] }[] = [];
  for (const d of unique.values()) {
    const failed = failedChecks(d, ctx);
    if (failed.length) dropped.push({ id: d.id, checks: failed });
    else passed.push(d);
  }
  return { drafts: rankDrafts(passed, ctx), dropped };
}

export function generateDrafts(raw: string, given: Partial<ArticleMeta> = {}): GenerateResult {
  const prepared = prepareArticle(raw, given);
  if (!prepared.ok) return prepared;
  const facts = extractFacts(prepared.text, prepared.meta.publishedOn);
  return { ok: true, meta: prepared.meta, facts, ...generateFromFacts(facts) };
}
