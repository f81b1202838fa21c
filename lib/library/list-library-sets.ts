import 'server-only';
import { prisma } from '@/lib/db';
import { SECONDS_PER_TYPE } from '@/components/question-type-label';
import type { QuestionType } from '@/questions/question-schema';

export type LibrarySetCard = {
  slug: string;
  title: string;
  topic: string | null;
  description: string | null;
  questionCount: number;
  types: QuestionType[];
  /** ISO date (YYYY-MM-DD) of the newest article in the set; null when unknown. */
  articleDate: string | null;
  updatedAt: Date;
  minutes: number;
  /** For a signed-in student: best score (percent) and last attempt time, over all versions. */
  best: number | null;
  lastAttemptAt: Date | null;
};

/** Published public sets, newest article first (unknown dates last), optionally searched by title or topic. */
export async function listLibrarySets({ query, userId }: { query?: string; userId?: string } = {}): Promise<LibrarySetCard[]> {
  const db = await prisma();
  const q = query?.trim().slice(0, 100);
  const sets = await db.questionSet.findMany({
    where: {
      status: 'published',
      visibility: 'public',
      ...(q ? { OR: [{ title: { contains: q, mode: 'insensitive' } }, { topic: { contains: q, mode: 'insensitive' } }, { description: { contains: q, mode: 'insensitive' } }] } : {}),
    },
    select: {
      id: true,
      slug: true,
      title: true,
      topic: true,
      description: true,
      currentVersion: true,
      updatedAt: true,
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        take: 1,
        select: { questions: { where: { review: 'approved' }, select: { type: true, article: { select: { publishedOn: true } } } } },
      },
    },
  });
  const attempts = userId
    ? await db.attempt.findMany({
        where: { userId, kind: 'quiz', setVersion: { setId: { in: sets.map((x) => x.id) } } },
        select: { score: true, maxScore: true, startedAt: true, status: true, setVersion: { select: { setId: true } } },
      })
    : [];
  const cards = sets.map((set) => {
    const mine = attempts.filter((a) => a.setVersion.setId === set.id);
    const scored = mine.filter((a) => a.status === 'submitted' && a.maxScore);
    const best = scored.length ? Math.max(...scored.map((a) => Math.round(((a.score ?? 0) / a.maxScore!) * 100))) : null;
    const lastAttemptAt = mine.length ? new Date(Math.max(...mine.map((a) => a.startedAt.getTime()))) : null;
    const questions = set.versions[0]?.questions ?? [];
    const dates = questions.map((q) => q.article?.publishedOn?.toISOString().slice(0, 10)).filter((d): d is string => !!d);
    return {
      slug: set.slug,
      title: set.title,
      topic: set.topic,
      description: set.description,
      questionCount: questions.length,
      types: [...new Set(questions.map((q) => q.type))],
      articleDate: dates.sort().at(-1) ?? null,
      updatedAt: set.updatedAt,
      minutes: Math.max(1, Math.round(questions.reduce((sum, q) => sum + SECONDS_PER_TYPE[q.type], 0) / 60)),
      best,
      lastAttemptAt,
    };
  });
  return cards
    .filter((c) => c.questionCount > 0)
    .sort((a, b) => (b.articleDate ?? '').localeCompare(a.articleDate ?? '') || b.updatedAt.getTime() - a.updatedAt.getTime());
}
