import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { recordOutcome } from '@/lib/review/record-outcome';
import { loadOwnAttempt } from './load-attempt';
import { revealState } from './player-dto';
import { canRevealAnswer } from './reveal-policy';
import { NotFoundError } from './start-attempt';

export type SubmitResult = { attemptId: string; score: number; maxScore: number; submittedAt: string };

/**
 * Submits an attempt once. The status change is one conditional UPDATE, so a double submit (two
 * tabs, a retry) finds it already submitted and returns the same result instead of scoring twice.
 * Unanswered questions score zero.
 */
export async function submitAttempt(db: AppPrisma, { attemptId, userId, now = new Date() }: { attemptId: string; userId: string; now?: Date }): Promise<SubmitResult> {
  const loaded = await loadOwnAttempt(db, { attemptId, userId });
  if (!loaded) throw new NotFoundError('That attempt was not found.');
  const ids = loaded.questions.map((q) => q.id);
  const late = Boolean(loaded.attempt.assignment?.dueAt && now > loaded.attempt.assignment.dueAt);
  // Lock the attempt first, then score it in a second statement: an answer being written holds a
  // row lock on the attempt (see answer-sql.ts), so the lock waits for it, and the UPDATE's fresh
  // snapshot then sees every stored answer. (In one statement, PostgreSQL's READ COMMITTED would
  // sum from a snapshot taken before a concurrent answer committed.)
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM attempt WHERE id = ${attemptId} AND user_id = ${userId} FOR UPDATE`;
    await tx.$executeRaw`
      UPDATE attempt SET status = 'submitted', submitted_at = ${now}, late = ${late}, max_score = ${ids.length}, updated_at = ${now},
        score = (SELECT COALESCE(SUM(score), 0) FROM response WHERE attempt_id = ${attemptId} AND question_id = ANY(${ids}::text[]))
      WHERE id = ${attemptId} AND user_id = ${userId} AND status = 'in_progress'`;
    // Under a burst of answers the lock can take a while: wait for it rather than fail the submit.
  }, { maxWait: 15_000, timeout: 15_000 });
  const row = await db.attempt.findFirstOrThrow({ where: { id: attemptId, userId }, select: { score: true, maxScore: true, submittedAt: true } });
  // Answers revealed by the submission (a test's) now feed the review deck; practice answers
  // already did when they were given. recordOutcome is idempotent per response.
  // The questions loaded above still hold; only the responses are read again (answers may have
  // landed before the lock).
  const { kind, mode } = loaded.attempt;
  if (row.submittedAt && canRevealAnswer({ ...revealState(loaded, now), submitted: true }, true)) {
    const responses = new Map((await db.response.findMany({ where: { attemptId }, select: { id: true, questionId: true, score: true } })).map((r) => [r.questionId, r]));
    for (const q of loaded.questions) {
      const r = responses.get(q.id);
      // Unanswered questions were missed too.
      if (!r) await recordOutcome(db, { userId, questionId: q.id, score: 0, source: kind === 'review' ? 'review' : 'attempt', sourceId: `${attemptId}:${q.id}`, now });
      else if (mode === 'test') await recordOutcome(db, { userId, questionId: r.questionId, score: r.score, source: 'attempt', sourceId: r.id, now });
    }
  }
  return { attemptId, score: row.score ?? 0, maxScore: row.maxScore ?? loaded.questions.length, submittedAt: (row.submittedAt ?? now).toISOString() };
}
