// Extraction scored against a gold file: people (a name counts when it equals the gold name or a
// gold alias) and quotations with their speakers.
import type { ArticleFacts } from './extract-facts';

export type GoldFile = {
  people: { name: string; role?: string; aliases?: string[] }[];
  quotes: { speaker: string; text: string }[];
};

export type ExtractionScore = { extracted: number; correct: number; gold: number; found: number; quotes: number; quotesFound: number; speakersRight: number; misses: string[] };

export const normalizeName = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
export const normalizeText = (s: string) => s.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();

export function scoreExtraction(facts: Pick<ArticleFacts, 'people' | 'quotes'>, gold: GoldFile): ExtractionScore {
  const s: ExtractionScore = { extracted: 0, correct: 0, gold: gold.people.length, found: 0, quotes: gold.quotes.length, quotesFound: 0, speakersRight: 0, misses: [] };
  const goldNames = gold.people.map((p) => [p.name, ...(p.aliases ?? [])].map(normalizeName));
  const matched = new Set<number>();
  for (const p of facts.people) {
    s.extracted++;
    const i = goldNames.findIndex((names) => names.includes(normalizeName(p.name)));
    if (i >= 0) {
      s.correct++;
      matched.add(i);
    } else s.misses.push(`extra person "${p.name}"`);
  }
  s.found = matched.size;
  gold.people.forEach((p, i) => matched.has(i) || s.misses.push(`missed person "${p.name}"`));
  for (const g of gold.quotes) {
    const gText = normalizeText(g.text).slice(0, 40);
    const q = facts.quotes.find((x) => normalizeText(x.text).includes(gText) || gText.includes(normalizeText(x.text).slice(0, 40)));
    if (!q) {
      s.misses.push(`quote not found "${g.text.slice(0, 40)}"`);
      continue;
    }
    s.quotesFound++;
    const person = facts.people.find((p) => p.id === q.speakerId);
    const names = [q.speaker, person?.name, ...(person?.aliases ?? [])].filter((n): n is string => Boolean(n)).map(normalizeName);
    if (names.includes(normalizeName(g.speaker))) s.speakersRight++;
    else s.misses.push(`speaker of "${g.text.slice(0, 30)}" is ${q.speaker}, gold ${g.speaker}`);
  }
  return s;
}

export function sumScores(scores: ExtractionScore[]) {
  const t = scores.reduce((a, b) => ({ extracted: a.extracted + b.extracted, correct: a.correct + b.correct, gold: a.gold + b.gold, found: a.found + b.found, quotes: a.quotes + b.quotes, quotesFound: a.quotesFound + b.quotesFound, speakersRight: a.speakersRight + b.speakersRight }), { extracted: 0, correct: 0, gold: 0, found: 0, quotes: 0, quotesFound: 0, speakersRight: 0 });
  return { peoplePrecision: t.correct / t.extracted, peopleRecall: t.found / t.gold, quotesFound: t.quotesFound / t.quotes, speakerAccuracy: t.speakersRight / t.quotesFound };
}
