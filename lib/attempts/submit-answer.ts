import 'server-only';
import { randomUUID } from 'node:crypto';
import type { AppPrisma } from '@/lib/db/open-database';
import { gradeAnswer, type AnswerKey, type GivenAnswer } from '@/questions/grading';
import type { PublicOptions, QuestionType } from '@/questions/question-schema';
import { recordOutcome } from '@/lib/review/record-outcome';
import { answerMismatch } from './answer-input';
import { ANSWER_CONTEXT_SQL, ANSWER_WRITE_SQL, answerWriteParams, type AnswerContextRow, type AnswerWriteRow } from './answer-sql';
import { attemptOrder, inListedOrder } from './load-attempt';
import { responseView } from './player-dto';
import type { PlayerResponse } from './player-types';
import type { StoredQuestion } from './question-view';
import type { RevealPolicy } from './reveal-policy';
import { NotFoundError } from './start-attempt';

export class RefusedError extends Error {
  name = 'RefusedError';
}

/** The attempt's question ids in the student's order, from the ids the context query found. */
function orderedIds(row: AnswerContextRow): string[] {
  // Through the pg adapter an empty text[] may arrive as null.
  const found = (row.ids ?? []).map((id) => ({ id }));
  const questionIds = row.question_ids ?? [];
  const all = row.kind === 'review' ? inListedOrder(found, questionIds) : found;
  return attemptOrder({ questionIds, shuffle: row.shuffle, seed: row.seed }, all).map((q) => q.id);
}

/** A timestamp column as Date: Prisma gives Date, the raw driver may give text (stored in UTC). */
const utcDate = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));

/**
 * The checks before grading, shared with the benchmark's raw route: the attempt is the caller's
 * (else not found), open and in time (else refused), and the question is part of it.
 */
export function checkAnswerContext(row: AnswerContextRow | undefined, questionId: string, now: Date): { row: AnswerContextRow; question: StoredQuestion; index: number } {
  if (!row) throw new NotFoundError('That attempt was not found.');
  if (row.status !== 'in_progress') throw new RefusedError('This attempt has been submitted; answers can no longer change.');
  const deadline = utcDate(row.deadline_at);
  if (deadline && now > deadline) throw new RefusedError('Time is up for this attempt.');
  const index = row.q_id ? orderedIds(row).indexOf(questionId) : -1;
  if (index < 0) throw new NotFoundError('That question is not part of this attempt.');
  const question: StoredQuestion = { id: questionId, type: row.type as QuestionType, prompt: row.prompt, options: row.options, answerKey: row.answer_key, feedback: row.feedback, explanation: row.explanation, evidence: row.evidence };
  return { row, question, index };
}

/**
 * Grades and saves one answer. The write is a single INSERT … ON CONFLICT on (attempt, question):
 * a double click, a retry after a timeout or a second tab stores one response and every call gets
 * the first result back. In a test, a different answer replaces the earlier one until submission;
 * in practice the first answer stands (its feedback has been shown).
 *
 * This is the hottest path in the app, so it is two hand-written statements (answer-sql.ts): one
 * read of the attempt, the question and the ids that give the student's position, and one write of
 * the response and the position. With the caller's session lookup that is three per answer, where
 * the ORM version took seven (benchmarked with `npm run bench:submit`).
 */
export async function submitAnswer(
  db: AppPrisma,
  { attemptId, userId, questionId, answer, now = new Date() }: { attemptId: string; userId: string; questionId: string; answer: GivenAnswer; now?: Date },
): Promise<PlayerResponse> {
  const [context] = await db.$queryRawUnsafe<AnswerContextRow[]>(ANSWER_CONTEXT_SQL, attemptId, userId, questionId);
  const { row, question, index } = checkAnswerContext(context, questionId, now);
  const mismatch = answerMismatch(question.type, question.options as PublicOptions, answer);
  if (mismatch) throw new RefusedError(mismatch);

  const grade = gradeAnswer(question.type, question.answerKey as AnswerKey, answer);
  const replace = row.mode === 'test';
  // One statement writes the answer and remembers where the student is (a reload resumes there).
  const [written] = await db.$queryRawUnsafe<AnswerWriteRow[]>(ANSWER_WRITE_SQL, ...answerWriteParams({ id: randomUUID(), attemptId, questionId, answer, correct: grade.correct, score: grade.score, now, replace, index }));

  // Not fresh means a duplicate (the first answer stands in practice) or an attempt a submission
  // closed meanwhile. A test answer needs to know which, and so does a race the statement's
  // snapshot could not see: read again.
  let stored: { id: string; answer: unknown; correct: boolean; score: number } | undefined = written?.fresh || (written && !replace) ? written : undefined;
  if (!stored) {
    const [found, open] = await Promise.all([
      db.response.findUnique({ where: { attemptId_questionId: { attemptId, questionId } }, select: { id: true, answer: true, correct: true, score: true } }),
      db.attempt.count({ where: { id: attemptId, status: 'in_progress' } }),
    ]);
    // A test answer that lost the race to a submission was not stored: say so, rather than
    // acknowledge the earlier answer as if it were this one.
    if (!found || (!open && replace)) throw new RefusedError('This attempt has been submitted; answers can no longer change.');
    stored = found;
  }
  const response = responseView(question, stored, { policy: row.reveal as RevealPolicy, submitted: false, dueAt: utcDate(row.due_at), now });
  // A revealed answer feeds the review deck (practice and review sessions reveal at once).
  if (response.reveal) {
    await recordOutcome(db, { userId, questionId, score: stored.score, source: row.kind === 'review' ? 'review' : 'attempt', sourceId: stored.id, now });
  }
  return response;
}
