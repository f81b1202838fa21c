import 'server-only';
import { randomUUID } from 'node:crypto';
import type { AppPrisma } from '@/lib/db/open-database';
import { gradeAnswer, type AnswerKey, type GivenAnswer } from '@/questions/grading';
import type { PublicOptions } from '@/questions/question-schema';
import { recordOutcome } from '@/lib/review/record-outcome';
import { answerMismatch } from './answer-input';
import { attemptOrder, inListedOrder, reviewSessionWhere, STORED_QUESTION_FIELDS } from './load-attempt';
import { responseView } from './player-dto';
import type { PlayerResponse } from './player-types';
import type { StoredQuestion } from './question-view';
import { NotFoundError } from './start-attempt';

export class RefusedError extends Error {
  name = 'RefusedError';
}

/** The attempt's question ids in the student's order (ids only: cheap), to remember their place. */
async function orderedIds(db: AppPrisma, attempt: { kind: string; setVersionId: string; questionIds: string[]; shuffle: boolean; seed: number }) {
  const rows =
    attempt.kind === 'review'
      ? inListedOrder(await db.question.findMany({ where: reviewSessionWhere(attempt.questionIds), select: { id: true } }), attempt.questionIds)
      : await db.question.findMany({ where: { setVersionId: attempt.setVersionId, review: 'approved' }, orderBy: { position: 'asc' }, select: { id: true } });
  return attemptOrder(attempt, rows).map((q) => q.id);
}

/**
 * Grades and saves one answer. The write is a single INSERT … ON CONFLICT on (attempt, question):
 * a double click, a retry after a timeout or a second tab stores one response and every call gets
 * the first result back. In a test, a different answer replaces the earlier one until submission;
 * in practice the first answer stands (its feedback has been shown).
 *
 * This is the hottest path in the app, so it reads only what it needs: the attempt's own row, the
 * one question answered and the ids that give the student's position — not every question and
 * response of the attempt (benchmarked: 11 statements per answer became 5).
 */
export async function submitAnswer(
  db: AppPrisma,
  { attemptId, userId, questionId, answer, now = new Date() }: { attemptId: string; userId: string; questionId: string; answer: GivenAnswer; now?: Date },
): Promise<PlayerResponse> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: { kind: true, mode: true, reveal: true, status: true, deadlineAt: true, seed: true, shuffle: true, questionIds: true, setVersionId: true, assignment: { select: { dueAt: true } } },
  });
  if (!attempt) throw new NotFoundError('That attempt was not found.');
  if (attempt.status !== 'in_progress') throw new RefusedError('This attempt has been submitted; answers can no longer change.');
  if (attempt.deadlineAt && now > attempt.deadlineAt) throw new RefusedError('Time is up for this attempt.');
  const ids = await orderedIds(db, attempt);
  const index = ids.indexOf(questionId);
  const question = index < 0 ? null : ((await db.question.findUnique({ where: { id: questionId }, select: STORED_QUESTION_FIELDS })) as StoredQuestion | null);
  if (!question) throw new NotFoundError('That question is not part of this attempt.');
  const mismatch = answerMismatch(question.type, question.options as PublicOptions, answer);
  if (mismatch) throw new RefusedError(mismatch);

  const grade = gradeAnswer(question.type, question.answerKey as AnswerKey, answer);
  const replace = attempt.mode === 'test';
  const answerJson = JSON.stringify(answer);
  // The insert only happens while the attempt is still open. FOR SHARE makes it wait for a
  // submission in progress and then see it (so no answer lands after the score was summed), and
  // makes a submission wait for this answer (see submit-attempt.ts).
  const written = await db.$queryRaw<{ id: string; answer: unknown; correct: boolean; score: number }[]>`
    INSERT INTO response (id, attempt_id, question_id, answer, correct, score, answered_at)
    SELECT ${randomUUID()}, ${attemptId}, ${questionId}, ${answerJson}::jsonb, ${grade.correct}, ${grade.score}, ${now}
    WHERE EXISTS (SELECT 1 FROM attempt WHERE id = ${attemptId} AND status = 'in_progress' FOR SHARE)
    ON CONFLICT (attempt_id, question_id) DO UPDATE
      SET answer = EXCLUDED.answer, correct = EXCLUDED.correct, score = EXCLUDED.score, answered_at = EXCLUDED.answered_at
      WHERE ${replace} AND response.answer IS DISTINCT FROM EXCLUDED.answer
    RETURNING id, answer, correct, score`;
  // Remember where the student is, so that a reload resumes at the same question.
  await db.attempt.updateMany({ where: { id: attemptId, status: 'in_progress' }, data: { currentIndex: index } });

  // Nothing written means a duplicate (the first answer stands: read it back) or an attempt a
  // submission closed meanwhile (no row: refused).
  let stored = written[0];
  if (!stored) {
    const [row, open] = await Promise.all([
      db.response.findUnique({ where: { attemptId_questionId: { attemptId, questionId } }, select: { id: true, answer: true, correct: true, score: true } }),
      db.attempt.count({ where: { id: attemptId, status: 'in_progress' } }),
    ]);
    // A test answer that lost the race to a submission was not stored: say so, rather than
    // acknowledge the earlier answer as if it were this one.
    if (!row || (!open && replace)) throw new RefusedError('This attempt has been submitted; answers can no longer change.');
    stored = row;
  }
  const response = responseView(question, stored, { policy: attempt.reveal, submitted: false, dueAt: attempt.assignment?.dueAt ?? null, now });
  // A revealed answer feeds the review deck (practice and review sessions reveal at once).
  if (response.reveal) {
    await recordOutcome(db, { userId, questionId, score: stored.score, source: attempt.kind === 'review' ? 'review' : 'attempt', sourceId: stored.id, now });
  }
  return response;
}
