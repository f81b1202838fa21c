import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { newSeed } from '@/questions/player/shuffle';

export class NotFoundError extends Error {
  name = 'NotFoundError';
}

/**
 * Starts an attempt at a published public set's current version. Practice shows each answer at
 * once; a test shows them after submission. `onlyQuestionIds` starts a retry of chosen questions.
 */
export async function startLibraryAttempt(
  db: AppPrisma,
  { userId, setSlug, mode, onlyQuestionIds }: { userId: string; setSlug: string; mode: 'practice' | 'test'; onlyQuestionIds?: string[] },
): Promise<string> {
  const set = await db.questionSet.findFirst({
    where: { slug: setSlug, status: 'published', visibility: 'public' },
    select: { versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { id: true, questions: { where: { review: 'approved' }, select: { id: true } } } } },
  });
  const version = set?.versions[0];
  if (!version || version.questions.length === 0) throw new NotFoundError('That question set was not found.');
  const valid = new Set(version.questions.map((q) => q.id));
  const questionIds = (onlyQuestionIds ?? []).filter((id) => valid.has(id));
  if (onlyQuestionIds && questionIds.length === 0) throw new NotFoundError('None of those questions are in this set.');
  const attempt = await db.attempt.create({
    data: { userId, setVersionId: version.id, mode, reveal: mode === 'practice' ? 'after_each' : 'after_submission', seed: newSeed(), questionIds },
    select: { id: true },
  });
  return attempt.id;
}
