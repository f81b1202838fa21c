import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { newCardState, scheduleCard } from './fsrs-adapter';

export type Outcome = { userId: string; questionId: string; score: number; source: 'attempt' | 'review'; sourceId: string; now?: Date };

/**
 * Feeds one revealed answer into the student's deck. A missed question (in an attempt or a review)
 * gets a card; an answer to a question that already has a card reschedules it; a right answer to
 * a question without a card changes nothing. The review log's unique (card, source) makes a repeated
 * call a no-op: the card is only rescheduled by the call whose log row went in.
 */
export async function recordOutcome(db: AppPrisma, o: Outcome): Promise<void> {
  const now = o.now ?? new Date();
  if (o.score < 1) {
    const fresh = newCardState(now);
    await db.reviewCard.createMany({ data: [{ userId: o.userId, questionId: o.questionId, ...fresh }], skipDuplicates: true });
  }
  const card = await db.reviewCard.findUnique({ where: { userId_questionId: { userId: o.userId, questionId: o.questionId } } });
  if (!card) return;
  const user = await db.user.findUnique({ where: { id: o.userId }, select: { desiredRetention: true } });
  const { card: next, log } = scheduleCard(card, o.score, now, user?.desiredRetention ?? 0.9);
  const inserted = await db.reviewLog.createMany({ data: [{ cardId: card.id, ...log, source: o.source, sourceId: o.sourceId }], skipDuplicates: true });
  if (inserted.count === 0) return;
  await db.reviewCard.update({ where: { id: card.id }, data: next });
}
