// Progress figures from a student's answers. Pure: the page loads rows, this computes.
export type AnswerRow = { answeredAt: Date; correct: boolean; articleId: string | null; articleTitle: string | null; lineageId: string };

export type Progress = {
  accuracyByDay: { date: string; answered: number; accuracy: number }[];
  mastery: { articleId: string; title: string; mastered: number; total: number }[];
  streakDays: number;
  answered: number;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

export function computeProgress(rows: AnswerRow[], now: Date, days = 14): Progress {
  const byDay = new Map<string, { answered: number; right: number }>();
  for (const r of rows) {
    const k = day(r.answeredAt);
    const e = byDay.get(k) ?? { answered: 0, right: 0 };
    e.answered++;
    if (r.correct) e.right++;
    byDay.set(k, e);
  }
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const accuracyByDay = Array.from({ length: days }, (_, i) => {
    const d = day(new Date(today.getTime() - (days - 1 - i) * 86_400_000));
    const e = byDay.get(d);
    return { date: d, answered: e?.answered ?? 0, accuracy: e ? Math.round((e.right / e.answered) * 100) : 0 };
  });

  // Mastery: the share of an article's questions whose latest answer was right.
  const latest = new Map<string, AnswerRow>();
  for (const r of [...rows].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime())) latest.set(r.lineageId, r);
  const perArticle = new Map<string, { title: string; mastered: number; total: number }>();
  for (const r of latest.values()) {
    if (!r.articleId) continue;
    const e = perArticle.get(r.articleId) ?? { title: r.articleTitle ?? 'Article without a title', mastered: 0, total: 0 };
    e.total++;
    if (r.correct) e.mastered++;
    perArticle.set(r.articleId, e);
  }

  // Streak: consecutive days with an answer, ending today (or yesterday, if today has none yet).
  let streakDays = 0;
  const start = byDay.has(day(today)) ? today : new Date(today.getTime() - 86_400_000);
  for (let d = start; byDay.has(day(d)); d = new Date(d.getTime() - 86_400_000)) streakDays++;

  return { accuracyByDay, mastery: [...perArticle].map(([articleId, e]) => ({ articleId, ...e })), streakDays, answered: rows.length };
}
