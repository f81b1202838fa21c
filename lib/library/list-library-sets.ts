import 'server-only';
import { prisma } from '@/lib/db';
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
};

/** Published public sets, newest article first (sets whose article date is unknown last). */
export async function listLibrarySets(): Promise<LibrarySetCard[]> {
  const db = await prisma();
  const sets = await db.questionSet.findMany({
    where: { status: 'published', visibility: 'public' },
    select: {
      slug: true,
      title: true,
      topic: true,
      description: true,
      currentVersion: true,
      updatedAt: true,
      versions: {
        orderBy: { version: 'desc' },
        take: 1,
        select: { questions: { where: { review: 'approved' }, select: { type: true, article: { select: { publishedOn: true } } } } },
      },
    },
  });
  const cards = sets.map((set) => {
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
    };
  });
  return cards
    .filter((c) => c.questionCount > 0)
    .sort((a, b) => (b.articleDate ?? '').localeCompare(a.articleDate ?? '') || b.updatedAt.getTime() - a.updatedAt.getTime());
}
