import 'server-only';
import { prisma } from '@/lib/db';
import { computeProgress, type Progress } from './compute-progress';

/** The caller's own answers only (scoped by user id), the most recent 5,000. */
export async function getProgress({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<Progress> {
  const db = await prisma();
  const rows = await db.response.findMany({
    where: { attempt: { userId } },
    orderBy: { answeredAt: 'desc' },
    take: 5000,
    select: { answeredAt: true, correct: true, question: { select: { lineageId: true, articleId: true, article: { select: { title: true, slug: true } } } } },
  });
  return computeProgress(
    rows.map((r) => ({
      answeredAt: r.answeredAt,
      correct: r.correct,
      lineageId: r.question.lineageId,
      articleId: r.question.articleId,
      articleTitle: r.question.article?.title ?? (r.question.article?.slug === 'putin-north-korea-visit' ? 'Putin’s visit to North Korea' : null),
    })),
    now,
  );
}
