import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { recordOutcome } from './record-outcome';
import { repairDeck } from './repair-deck';

/**
 * Answers of assignments whose reveal policy waited for the due date enter the review deck once
 * that date has passed. Run when the student opens the review deck; recordOutcome's unique log
 * makes repeated runs no-ops. Then any missed question a crash kept out of the deck is put back.
 */
export async function syncRevealedAttempts(db: AppPrisma, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<void> {
  const attempts = await db.attempt.findMany({
    where: { userId, status: 'submitted', reveal: 'after_due', assignment: { dueAt: { lte: now } } },
    orderBy: { submittedAt: 'desc' },
    take: 20,
    select: { id: true, questionIds: true, setVersion: { select: { questions: { where: { review: 'approved' }, select: { id: true } } } }, responses: { select: { id: true, questionId: true, score: true } } },
  });
  for (const a of attempts) {
    const questionIds = a.questionIds.length ? a.questionIds : a.setVersion.questions.map((q) => q.id);
    for (const questionId of questionIds) {
      const r = a.responses.find((x) => x.questionId === questionId);
      await recordOutcome(db, { userId, questionId, score: r?.score ?? 0, source: 'attempt', sourceId: r?.id ?? `${a.id}:${questionId}`, now });
    }
  }
  await repairDeck(db, { userId, now });
}
