// Overgenerate and rank: score every draft that passed the checks, then pick in score order while
// keeping variety (at most two drafts per fact, no type over a third of the list).
import type { Draft, DraftContext } from './draft';

const ANGLE_WEIGHT: Record<string, number> = {
  'quote-speaker': 0.9,
  'who-role': 0.85,
  'matching-roles': 0.85,
  timeline: 0.8,
  'number-choice': 0.75,
  'role-of': 0.7,
  'mc-person': 0.7,
  'mc-place': 0.7,
  'true-false': 0.65,
  'date-choice': 0.65,
  'number-typed': 0.6,
  cloze: 0.6,
  'mc-organisation': 0.55,
};

/** How central a fact is: facts in early sentences and about often-mentioned people matter more. */
function salience(d: Draft, ctx: DraftContext): number {
  const first = Math.min(...d.meta.evidenceSpans.map((e) => e.sentenceIndex));
  const position = 1 - Math.min(1, first / Math.max(8, ctx.sentences.length));
  const mentioned = Math.max(0, ...d.meta.factIds.map((id) => ctx.people.find((p) => p.id === id)?.mentions.length ?? 1));
  return 0.6 * position + 0.4 * Math.min(1, mentioned / 5);
}

function lengthPenalty(d: Draft): number {
  const words = d.prompt.split(/\s+/).length;
  return words > 40 ? 0.15 : words > 30 ? 0.07 : 0;
}

export function rankDrafts(drafts: Draft[], ctx: DraftContext, limit = Infinity): Draft[] {
  const scored = drafts
    .map((d) => ({ ...d, meta: { ...d.meta, quality: Math.round((0.6 * (ANGLE_WEIGHT[d.meta.angle] ?? 0.5) + 0.4 * salience(d, ctx) - lengthPenalty(d)) * 1000) / 1000 } }))
    .sort((a, b) => b.meta.quality - a.meta.quality || a.id.localeCompare(b.id));
  const chosen: Draft[] = [];
  const perFact = new Map<string, number>();
  const perType = new Map<string, number>();
  const perSentence = new Map<number, number>();
  const typeCap = (n: number) => Math.max(4, Math.ceil(n / 3));
  const deferred: Draft[] = [];
  for (const d of scored) {
    const main = d.meta.factIds[0]!;
    const sentence = d.meta.evidenceSpans.length === 1 ? d.meta.evidenceSpans[0]!.sentenceIndex : -1;
    if ((perFact.get(main) ?? 0) >= 2 || (perType.get(d.type) ?? 0) >= typeCap(Math.min(scored.length, limit)) || (sentence >= 0 && (perSentence.get(sentence) ?? 0) >= 2)) {
      deferred.push(d);
      continue;
    }
    chosen.push(d);
    perFact.set(main, (perFact.get(main) ?? 0) + 1);
    perType.set(d.type, (perType.get(d.type) ?? 0) + 1);
    if (sentence >= 0) perSentence.set(sentence, (perSentence.get(sentence) ?? 0) + 1);
  }
  return [...chosen, ...deferred].slice(0, limit);
}
