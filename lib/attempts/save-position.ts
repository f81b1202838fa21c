import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { loadOwnAttempt } from './load-attempt';
import { NotFoundError } from './start-attempt';

/** Stores the question the student is on and their flags, so any device resumes in the same place. */
export async function savePosition(
  db: AppPrisma,
  { attemptId, userId, currentIndex, flagged }: { attemptId: string; userId: string; currentIndex: number; flagged?: string[] },
): Promise<void> {
  const loaded = await loadOwnAttempt(db, { attemptId, userId });
  if (!loaded) throw new NotFoundError('That attempt was not found.');
  const ids = new Set(loaded.questions.map((q) => q.id));
  const index = Math.max(0, Math.min(currentIndex, loaded.questions.length - 1));
  await db.attempt.updateMany({
    where: { id: attemptId, userId, status: 'in_progress' },
    data: { currentIndex: index, ...(flagged ? { flagged: flagged.filter((id) => ids.has(id)) } : {}) },
  });
}
