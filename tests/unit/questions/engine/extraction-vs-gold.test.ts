// Extraction scored against the gold files of the development articles, with fixed floors.
// A name counts when it equals the gold name or one of its aliases.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { loadFixtureArticles, normalizeName, normalizeText } from '../../../support/fixture-articles';

const articles = loadFixtureArticles();

function scorePeople() {
  let extracted = 0;
  let correct = 0;
  let gold = 0;
  let found = 0;
  const misses: string[] = [];
  for (const a of articles) {
    const { people } = extractFacts(a.text);
    const goldNames = a.gold.people.map((p) => [p.name, ...(p.aliases ?? [])].map(normalizeName));
    const matched = new Set<number>();
    for (const p of people) {
      extracted++;
      const i = goldNames.findIndex((names) => names.includes(normalizeName(p.name)));
      if (i >= 0) {
        correct++;
        matched.add(i);
      } else misses.push(`${a.slug}: extra "${p.name}"`);
    }
    gold += goldNames.length;
    found += matched.size;
    a.gold.people.forEach((p, i) => matched.has(i) || misses.push(`${a.slug}: missed "${p.name}"`));
  }
  return { precision: correct / extracted, recall: found / gold, misses };
}

function scoreQuotes() {
  let matched = 0;
  let rightSpeaker = 0;
  let goldCount = 0;
  const misses: string[] = [];
  for (const a of articles) {
    const facts = extractFacts(a.text);
    for (const g of a.gold.quotes) {
      goldCount++;
      const gText = normalizeText(g.text).slice(0, 40);
      const q = facts.quotes.find((q) => normalizeText(q.text).includes(gText) || gText.includes(normalizeText(q.text).slice(0, 40)));
      if (!q) {
        misses.push(`${a.slug}: quote not found "${g.text.slice(0, 40)}"`);
        continue;
      }
      matched++;
      const person = facts.people.find((p) => p.id === q.speakerId);
      const names = [q.speaker, person?.name, ...(person?.aliases ?? [])].filter(Boolean).map((n) => normalizeName(n!));
      if (names.includes(normalizeName(g.speaker))) rightSpeaker++;
      else misses.push(`${a.slug}: speaker of "${g.text.slice(0, 30)}" is ${q.speaker}, gold ${g.speaker}`);
    }
  }
  return { found: matched / goldCount, speakerAccuracy: rightSpeaker / matched, misses };
}

describe('extraction against the gold files', () => {
  it('uses at least 8 real articles with gold files', () => {
    expect(articles.filter((a) => !a.heldOut).length).toBeGreaterThanOrEqual(8);
  });

  it('finds people with precision ≥ 0.85 and recall ≥ 0.75', () => {
    const { precision, recall, misses } = scorePeople();
    expect({ precision, recall, misses }).toMatchObject({ precision: expect.any(Number) });
    expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.75);
  });

  it('finds quotations and attributes them to the right speaker (≥ 0.85)', () => {
    const { found, speakerAccuracy, misses } = scoreQuotes();
    expect(found, misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(speakerAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
