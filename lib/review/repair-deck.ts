import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { recordOutcome } from './record-outcome';

/** How many of the student's latest attempts a deck load checks: a crash can only have cut the newest. */
const RECENT_ATTEMPTS = 30;

/**
 * Puts back missed questions that should be in the deck but are not: the deck is written after the
 * response (and after a submission), in separate statements, so a server killed between the two
 * keeps the answer and loses its card (measured by `npm run test:crash`). Run when the student opens
 * the deck, after syncRevealedAttempts (which already covers "after the due date" attempts whole).
 * One query finds revealed misses with no card (answered wrong with feedback shown, or wrong or
 * unanswered in a submitted attempt revealed at submission); recordOutcome, keyed by the same source
 * ids as the original writes, adds each card once.
 */
export async function repairDeck(db: AppPrisma, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<number> {
  const missing = await db.$queryRaw<{ attempt_id: string; kind: string; question_id: string; response_id: string | null; score: number | null; reveal: string; answered_at: Date | null; submitted_at: Date | null }[]>`
    WITH recent AS (
      SELECT a.id, a.kind, a.reveal, a.status, a.set_version_id, a.question_ids, a.submitted_at
      FROM attempt a
      WHERE a.user_id = ${userId}
      ORDER BY a.started_at DESC LIMIT ${RECENT_ATTEMPTS}
    )
    SELECT a.id AS attempt_id, a.kind::text AS kind, q.id AS question_id, r.id AS response_id, r.score, a.reveal::text AS reveal, r.answered_at, a.submitted_at
    FROM recent a
    JOIN question q ON q.review = 'approved' AND CASE
      WHEN a.kind = 'review' THEN q.id = ANY (a.question_ids)
      ELSE q.set_version_id = a.set_version_id AND (cardinality(a.question_ids) = 0 OR q.id = ANY (a.question_ids)) END
    LEFT JOIN response r ON r.attempt_id = a.id AND r.question_id = q.id
    WHERE COALESCE(r.score, 0) < 1
      AND (
        (a.reveal = 'after_each' AND r.id IS NOT NULL)
        OR (a.status = 'submitted' AND a.reveal IN ('after_each', 'after_submission'))
      )
      AND NOT EXISTS (SELECT 1 FROM review_card c WHERE c.user_id = ${userId} AND c.question_id = q.id)`;
  for (const m of missing) {
    await recordOutcome(db, {
      userId,
      questionId: m.question_id,
      score: m.score ?? 0,
      source: m.kind === 'review' ? 'review' : 'attempt',
      // The ids the original writes use, so a late original and the repair add one log between them.
      sourceId: m.response_id ?? `${m.attempt_id}:${m.question_id}`,
      // When the original would have run: at the answer when feedback showed then, else at submission.
      now: (m.reveal === 'after_each' ? m.answered_at : m.submitted_at) ?? now,
    });
  }
  return missing.length;
}
