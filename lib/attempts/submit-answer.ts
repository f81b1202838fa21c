import 'server-only';
import { randomUUID } from 'node:crypto';
import type { AppPrisma } from '@/lib/db/open-database';
import { gradeAnswer, type AnswerKey, type GivenAnswer } from '@/questions/grading';
import type { PublicOptions } from '@/questions/question-schema';
import { recordOutcome } from '@/lib/review/record-outcome';
import { answerMismatch } from './answer-input';
import { loadOwnAttempt } from './load-attempt';
import { toPlayerResponse } from './player-dto';
import type { PlayerResponse } from './player-types';
import { NotFoundError } from './start-attempt';

export class RefusedError extends Error {
  name = 'RefusedError';
}

/**
 * Grades and saves one answer. The write is a single INSERT … ON CONFLICT on (attempt, question):
 * a double click, a retry after a timeout or a second tab stores one response and every call gets
 * the first result back. In a test, a different answer replaces the earlier one until submission;
 * in practice the first answer stands (its feedback has been shown).
 */
export async function submitAnswer(
  db: AppPrisma,
  { attemptId, userId, questionId, answer, now = new Date() }: { attemptId: string; userId: string; questionId: string; answer: GivenAnswer; now?: Date },
): Promise<PlayerResponse> {
  const loaded = await loadOwnAttempt(db, { attemptId, userId });
  if (!loaded) throw new NotFoundError('That attempt was not found.');
  const { attempt, questions } = loaded;
  if (attempt.status !== 'in_progress') throw new RefusedError('This attempt has been submitted; answers can no longer change.');
  if (attempt.deadlineAt && now > attempt.deadlineAt) throw new RefusedError('Time is up for this attempt.');
  const question = questions.find((q) => q.id === questionId);
  if (!question) throw new NotFoundError('That question is not part of this attempt.');
  const mismatch = answerMismatch(question.type, question.options as PublicOptions, answer);
  if (mismatch) throw new RefusedError(mismatch);

  const grade = gradeAnswer(question.type, question.answerKey as AnswerKey, answer);
  const replace = attempt.mode === 'test';
  const index = questions.findIndex((q) => q.id === questionId);
  const answerJson = JSON.stringify(answer);
  // The insert only happens while the attempt is still open (a submit may have just landed).
  await db.$executeRaw`
    INSERT INTO response (id, attempt_id, question_id, answer, correct, score, answered_at)
    SELECT ${randomUUID()}, ${attemptId}, ${questionId}, ${answerJson}::jsonb, ${grade.correct}, ${grade.score}, ${now}
    WHERE EXISTS (SELECT 1 FROM attempt WHERE id = ${attemptId} AND status = 'in_progress')
    ON CONFLICT (attempt_id, question_id) DO UPDATE
      SET answer = EXCLUDED.answer, correct = EXCLUDED.correct, score = EXCLUDED.score, answered_at = EXCLUDED.answered_at
      WHERE ${replace} AND response.answer IS DISTINCT FROM EXCLUDED.answer`;
  // Remember where the student is, so that a reload resumes at the same question.
  await db.attempt.updateMany({ where: { id: attemptId, status: 'in_progress' }, data: { currentIndex: index } });

  // Only the stored row is read back (not the whole attempt again): it is the first answer when
  // this call was a duplicate, and absent when a submission closed the attempt meanwhile.
  const stored = await db.response.findUnique({ where: { attemptId_questionId: { attemptId, questionId } } });
  if (!stored) throw new RefusedError('This attempt has been submitted; answers can no longer change.');
  const response = toPlayerResponse({ ...loaded, attempt: { ...attempt, responses: [stored] } }, questionId, now)!;
  // A revealed answer feeds the review deck (practice and review sessions reveal at once).
  if (response.reveal) {
    await recordOutcome(db, { userId, questionId, score: stored.score, source: attempt.kind === 'review' ? 'review' : 'attempt', sourceId: stored.id, now });
  }
  return response;
}
