import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { NotFoundError } from '@/lib/attempts/start-attempt';
import { newSeed } from '@/questions/player/shuffle';
import { syncRevealedAttempts } from './sync-revealed-attempts';

export const SESSION_SIZE = 20;
/** Like Anki's learn-ahead limit: cards due within the next 20 minutes may be reviewed now. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** A review session: the student's due cards (oldest due first) as a practice attempt. */
export async function startReviewSession(db: AppPrisma, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<string> {
  await syncRevealedAttempts(db, { userId, now });
  const due = await db.reviewCard.findMany({
    where: { userId, due: { lte: new Date(now.getTime() + LEARN_AHEAD_MS) }, question: { review: 'approved' } },
    orderBy: { due: 'asc' },
    take: SESSION_SIZE,
    select: { questionId: true, question: { select: { setVersionId: true } } },
  });
  if (due.length === 0) throw new NotFoundError('Nothing is due for review right now.');
  const attempt = await db.attempt.create({
    data: { userId, kind: 'review', setVersionId: due[0]!.question.setVersionId, mode: 'practice', reveal: 'after_each', seed: newSeed(), questionIds: due.map((d) => d.questionId) },
    select: { id: true },
  });
  return attempt.id;
}
