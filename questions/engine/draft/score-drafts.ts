// Match scores ("Germany beat the Americans 2-1"): a result every sport report turns on, which no
// number question asks, since "2-1" is two figures read as one (round 65's judge).
import { evidenceSpan, hash, letteredOptions, type Draft, type DraftContext } from './draft';
import { blanked, standaloneSentence } from './sentence-drafts';

/** A score after a result word: "beat the Americans 2-1", "won 4–3 on penalties", "a 1–0 win". */
const SCORE = /(?<![\d.,:/-])(\d{1,2})\s?([-–])\s?(\d{1,2})(?![\d.,:/%-]|\s*(?:percent|per cent|vote|votes|years?|months?|weeks?|days?|hours?|minutes?|seconds?|ratio|majority)\b)/gu;
const RESULT = /\b(?:beat|beats|beaten|defeated|defeats|won|wins|win|lost|loses|lose|drew|draws|draw|victory|defeat|thrashed|edged|trounced|routed|scoreline|score|final score|result)\b/i;
const WINNER_FIRST = /\b(?:beat|beats|beaten|defeated|defeats|won|wins|thrashed|edged|trounced|routed|victory|win)\b/i;

/** Three wrong scores of the same kind as the right one: a win stays a win, a draw a draw. */
export function scoreDistractors(a: number, b: number, key: string, taken: ReadonlySet<string> = new Set()): [number, number][] {
  const kind = Math.sign(a - b);
  const candidates: [number, number][] = [
    [a + 1, b],
    [a, b + 1],
    [a + 1, b + 1],
    [a - 1, b],
    [a, b - 1],
    [a + 2, b],
    [a - 1, b - 1],
    [a + 2, b + 1],
    [a + 2, b + 2],
    [a + 3, b + 3],
  ];
  const fit = candidates.filter(([x, y]) => x >= 0 && y >= 0 && Math.sign(x - y) === kind && !(x === a && y === b));
  const unique = fit.filter(([x, y], i) => fit.findIndex(([p, q]) => p === x && q === y) === i);
  // Near scores first, in an order fixed by the key, so the same article always gives the same options.
  // A score the article gives elsewhere comes last: it may be this match's, written again ("defeated
  // Sweden 2–1" and "the scoreline remained 2–0", round 125's wrong keys).
  const given = ([x, y]: [number, number]) => (taken.has(`${x}-${y}`) ? 1 : 0);
  return unique.sort((p, q) => given(p) - given(q) || Math.abs(p[0] - a) + Math.abs(p[1] - b) - (Math.abs(q[0] - a) + Math.abs(q[1] - b)) || (hash(`${key}:${p}`) % 7) - (hash(`${key}:${q}`) % 7)).slice(0, 3);
}

export function scoreDrafts(ctx: DraftContext): Draft[] {
  const drafts: Draft[] = [];
  // The scores of each sentence that tells a result, read once; all of them are the scores the article
  // states ("Oranje defeated Sweden 2–1" and later "The scoreline remained 2–0").
  const scoresOf = ctx.sentences.map((s) => (RESULT.test(s.text) ? [...s.text.matchAll(SCORE)] : []));
  const stated = new Set(scoresOf.flat().map((m) => `${m[1]}-${m[3]}`));
  for (const s of ctx.sentences) {
    if (!standaloneSentence(ctx, s.index) || /[“”"]/.test(s.text)) continue;
    const scores = scoresOf[s.index]!;
    // "4–3 on penalties after 1–1": two scores in one sentence are two results; which is asked is unclear.
    if (scores.length !== 1) continue;
    const m = scores[0]!;
    const [a, b] = [Number(m[1]), Number(m[3])];
    // "beat X 2-1": the winner's goals come first; a score written the other way round is no result read here.
    if (WINNER_FIRST.test(s.text) && a < b) continue;
    const start = s.start + m.index;
    const prompt = blanked(ctx, s.index, start, start + m[0].length);
    if (!prompt) continue;
    const dash = m[2]!;
    const format = ([x, y]: [number, number]) => `${x}${dash}${y}`;
    const wrong = scoreDistractors(a, b, `score:s${s.index}`, stated);
    if (wrong.length < 3) continue;
    const { options, correct } = letteredOptions(m[0], wrong.map(format), `score:s${s.index}`);
    drafts.push({
      id: `score:s${s.index}`,
      type: 'multiple_choice',
      prompt: `Which score completes the sentence? ${prompt}`,
      options,
      answer: { correct },
      explanation: `The article says: “${s.text}”`,
      evidence: [s.text],
      meta: { angle: 'score-choice', factIds: [`score-s${s.index}`], evidenceSpans: [evidenceSpan(ctx, s.index)], difficulty: 0.4, quality: 0, optionKinds: ['score', 'score', 'score', 'score'], answerText: m[0] },
    });
  }
  return drafts;
}
