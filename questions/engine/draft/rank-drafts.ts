// Overgenerate and rank: score every draft that passed the checks, then pick greedily so that the
// top of the list covers the story's key facts first (the lead sentences, one draft per fact and
// angle) and keeps variety (no type over a third of the list, no angle crowding the rest out).
import type { Draft, DraftContext } from './draft';

const ANGLE_WEIGHT: Record<string, number> = {
  'quote-speaker': 0.85,
  'who-role': 0.8,
  'matching-roles': 0.8,
  timeline: 0.8,
  'number-choice': 0.8,
  'role-of': 0.65,
  'mc-person': 0.75,
  'mc-place': 0.72,
  'true-false': 0.65,
  'date-choice': 0.7,
  'number-typed': 0.55,
  cloze: 0.6,
  'mc-organisation': 0.6,
};

/** How many drafts of one angle the top of the list takes before others get their turn. */
const ANGLE_SOFT_CAP: Record<string, number> = { 'who-role': 4, 'role-of': 2, cloze: 4, 'number-typed': 2, 'true-false': 6, 'mc-organisation': 3, 'mc-place': 4 };

/** The paragraphs of the article: the lead is its first two paragraphs (or first three sentences). */
export function leadSentences(ctx: DraftContext): number {
  let paragraphs = 0;
  for (const s of ctx.sentences) {
    if (s.index > 0 && ctx.text.slice(ctx.sentences[s.index - 1]!.end, s.start).includes('\n')) paragraphs++;
    if (paragraphs >= 2) return Math.max(3, s.index);
  }
  // One block of text: the lead is its first three sentences.
  return paragraphs === 0 ? Math.min(3, ctx.sentences.length) : Math.max(3, ctx.sentences.length);
}

/** How central a fact is: the lead matters most, then early sentences and often-mentioned people. */
function salience(d: Draft, ctx: DraftContext, lead: number): number {
  const first = Math.min(...d.meta.evidenceSpans.map((e) => e.sentenceIndex));
  const position = first < lead ? 1 : 0.75 - 0.5 * Math.min(1, (first - lead) / Math.max(6, ctx.sentences.length - lead));
  // People the story keeps returning to matter more; other facts count as middling.
  const mentioned = Math.max(0, ...d.meta.factIds.map((id) => ctx.people.find((p) => p.id === id)?.mentions.length ?? 2.5));
  return 0.75 * position + 0.25 * Math.min(1, mentioned / 5);
}

function lengthPenalty(d: Draft): number {
  // The sentence the student reads, without the question's fixed opening ("How many? Choose …:").
  const body = d.type === 'true_false' || d.type === 'matching' || d.type === 'ordering' ? d.prompt : d.prompt.replace(/^[^“:]{0,80}[:?]\s+(?=\S)/, '');
  const words = body.split(/\s+/).length;
  return words > 40 ? 0.15 : words > 30 ? 0.07 : 0;
}

/** What a draft tests: a person's role (asked either way), or a fact in one sentence. */
function topicOf(d: Draft): string {
  const main = d.meta.factIds[0]!;
  if (d.meta.angle === 'who-role' || d.meta.angle === 'role-of') return `role:${main}`;
  // A true-or-false statement tests its sentence, not the first person it names.
  if (d.meta.angle === 'true-false') return `sentence:${d.meta.evidenceSpans[0]!.sentenceIndex}`;
  return main;
}

function blanksSentence(d: Draft): boolean {
  return d.type !== 'true_false' && d.meta.angle !== 'who-role' && d.meta.angle !== 'role-of';
}

export function rankDrafts(drafts: Draft[], ctx: DraftContext, limit = Infinity): Draft[] {
  const lead = leadSentences(ctx);
  const scored = drafts
    .map((d) => ({ ...d, meta: { ...d.meta, quality: Math.round((0.45 * (ANGLE_WEIGHT[d.meta.angle] ?? 0.5) + 0.55 * salience(d, ctx, lead) - lengthPenalty(d)) * 1000) / 1000 } }))
    .sort((a, b) => b.meta.quality - a.meta.quality || a.id.localeCompare(b.id));
  const n = Math.min(scored.length, limit);
  const typeCap = Math.max(4, Math.ceil(n / 3));
  const perTopic = new Map<string, number>();
  const perType = new Map<string, number>();
  const perAngle = new Map<string, number>();
  const perSentence = new Map<number, number>();
  const chosen: Draft[] = [];
  const left = [...scored];
  // Greedy: each pick lowers the value of drafts on the same fact, sentence or angle.
  while (left.length && chosen.length < n) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < left.length; i++) {
      const d = left[i]!;
      const topic = perTopic.get(topicOf(d)) ?? 0;
      const sentence = d.meta.evidenceSpans.length === 1 && blanksSentence(d) ? (perSentence.get(d.meta.evidenceSpans[0]!.sentenceIndex) ?? 0) : 0;
      const angle = perAngle.get(d.meta.angle) ?? 0;
      const overAngle = Math.max(0, angle + 1 - (ANGLE_SOFT_CAP[d.meta.angle] ?? 5));
      const overType = (perType.get(d.type) ?? 0) >= typeCap ? 1 : 0;
      // A doubtful draft (see `DraftMeta.doubts`) comes only after every other one.
      const doubtful = d.meta.doubts?.length ? 10 : 0;
      const value = d.meta.quality - 0.3 * topic - 0.15 * sentence - 0.06 * overAngle - 0.3 * overType - doubtful;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    const d = left.splice(best, 1)[0]!;
    chosen.push(d);
    perTopic.set(topicOf(d), (perTopic.get(topicOf(d)) ?? 0) + 1);
    perType.set(d.type, (perType.get(d.type) ?? 0) + 1);
    perAngle.set(d.meta.angle, (perAngle.get(d.meta.angle) ?? 0) + 1);
    // A question on one sentence uses it up; a matching or a quotation spanning several does not.
    // Only a blank uses its sentence up: a true-or-false statement restates it, and a role question
    // asks about the person, not the sentence that happens to state the role.
    if (d.meta.evidenceSpans.length === 1 && blanksSentence(d)) perSentence.set(d.meta.evidenceSpans[0]!.sentenceIndex, (perSentence.get(d.meta.evidenceSpans[0]!.sentenceIndex) ?? 0) + 1);
  }
  return chosen;
}
