// Extraction scored against the gold files of the development and held-out articles, with fixed
// floors. A name counts when it equals the gold name or one of its aliases.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { scoreExtraction, sumScores } from '@/questions/engine/score-extraction';
import { loadFixtureArticles } from '../../../support/fixture-articles';

// The floors hold over the development and held-out articles. The fresh ones are a measurement of
// unseen text (`npm run questions -- score` prints them); there only precision has a floor: the
// engine may miss people on text it has never met, but never invent them.
const all = loadFixtureArticles();
const articles = all.filter((a) => a.group !== 'fresh');
const scored = (list: typeof all) => list.map((a) => ({ slug: a.slug, score: scoreExtraction(extractFacts(a.text, a.publishedOn), a.gold) }));
const scores = scored(articles);
const totals = sumScores(scores.map((s) => s.score));
const misses = scores.flatMap((s) => s.score.misses.map((m) => `${s.slug}: ${m}`)).join('\n');
const fresh = scored(all.filter((a) => a.group === 'fresh'));

describe('extraction against the gold files', () => {
  it('uses at least 8 real development articles with gold files, and held-out ones', () => {
    expect(articles.filter((a) => !a.heldOut).length).toBeGreaterThanOrEqual(8);
    expect(articles.filter((a) => a.heldOut).length).toBeGreaterThanOrEqual(2);
  });

  it('finds people with precision ≥ 0.85 and recall ≥ 0.75', () => {
    expect(totals.peoplePrecision, misses).toBeGreaterThanOrEqual(0.85);
    expect(totals.peopleRecall, misses).toBeGreaterThanOrEqual(0.75);
  });

  it('finds quotations and attributes them to the right speaker (≥ 0.85)', () => {
    expect(totals.quotesFound, misses).toBeGreaterThanOrEqual(0.85);
    expect(totals.speakerAccuracy, misses).toBeGreaterThanOrEqual(0.85);
  });

  it('invents no one on the fresh articles (people precision ≥ 0.85)', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(4);
    expect(sumScores(fresh.map((s) => s.score)).peoplePrecision).toBeGreaterThanOrEqual(0.85);
  });
});
