import 'server-only';
import { randomUUID } from 'node:crypto';
import type { AppPrisma } from '@/lib/db/open-database';
import { recordOutcome } from '@/lib/review/record-outcome';
import { gradeAnswer, type AnswerKey, type GivenAnswer } from '@/questions/grading';
import type { PublicOptions } from '@/questions/question-schema';
import { answerMismatch } from './answer-input';
import { STORED_QUESTION_FIELDS } from './load-attempt';
import { responseView } from './player-dto';
import type { PlayerAttempt, PlayerResponse } from './player-types';
import { toPlayerQuestion } from './question-view';
import { NotFoundError } from './start-attempt';
import { RefusedError } from './submit-answer';

/** A public set's current version as a fresh guest attempt (no keys; the browser keeps it). */
export async function guestAttemptFor(db: AppPrisma, { setSlug, seed }: { setSlug: string; seed: number }): Promise<PlayerAttempt | null> {
  const set = await db.questionSet.findFirst({
    where: { slug: setSlug, status: 'published', visibility: 'public' },
    select: { slug: true, title: true, versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { id: true, questions: { where: { review: 'approved' }, orderBy: { position: 'asc' }, select: STORED_QUESTION_FIELDS } } } },
  });
  const version = set?.versions[0];
  if (!set || !version || version.questions.length === 0) return null;
  return {
    // The id names the version, so a stored guest attempt of an older version is not resumed.
    id: `guest:${version.id}`,
    kind: 'quiz',
    setTitle: set.title,
    setSlug: set.slug,
    mode: 'practice',
    revealPolicy: 'after_each',
    status: 'in_progress',
    questions: version.questions.map((q) => toPlayerQuestion(q, seed, true)),
    responses: {},
    currentIndex: 0,
    flagged: [],
    startedAt: new Date().toISOString(),
    deadlineAt: null,
    unansweredReveals: {},
  };
}

/** Grades a guest's answer to a question of a published public set (practice: reveals at once). */
export async function gradeGuestAnswer(db: AppPrisma, { setVersionId, questionId, answer }: { setVersionId: string; questionId: string; answer: GivenAnswer }): Promise<PlayerResponse> {
  const q = await db.question.findFirst({
    where: { id: questionId, setVersionId, review: 'approved', setVersion: { publishedAt: { not: null }, set: { visibility: 'public', status: 'published' } } },
    select: STORED_QUESTION_FIELDS,
  });
  if (!q) throw new NotFoundError('That question was not found.');
  const mismatch = answerMismatch(q.type, q.options as PublicOptions, answer);
  if (mismatch) throw new RefusedError(mismatch);
  const grade = gradeAnswer(q.type, q.answerKey as AnswerKey, answer);
  return responseView(q, { answer, ...grade }, { policy: 'after_each', submitted: false, dueAt: null, now: new Date() });
}

export type GuestImport = { guestKey: string; setVersionId: string; seed: number; startedAt: Date; answers: { questionId: string; answer: GivenAnswer; answeredAt: Date }[] };

/**
 * Imports a guest's attempt into their new account, once: the attempt's (user, guest key) is
 * unique, so a second import returns the first. Every answer is graded again here — nothing the
 * browser says about correctness is trusted — and missed questions enter the review deck.
 */
export async function importGuestAttempt(db: AppPrisma, userId: string, g: GuestImport): Promise<{ attemptId: string; imported: boolean }> {
  const existing = await db.attempt.findUnique({ where: { userId_guestKey: { userId, guestKey: g.guestKey } }, select: { id: true } });
  if (existing) return { attemptId: existing.id, imported: false };
  const version = await db.setVersion.findFirst({
    where: { id: g.setVersionId, publishedAt: { not: null }, set: { visibility: 'public', status: 'published' } },
    select: { id: true, questions: { where: { review: 'approved' }, select: STORED_QUESTION_FIELDS } },
  });
  if (!version) throw new NotFoundError('That question set was not found.');
  const graded = g.answers.flatMap((a) => {
    const q = version.questions.find((x) => x.id === a.questionId);
    if (!q || answerMismatch(q.type, q.options as PublicOptions, a.answer)) return [];
    const grade = gradeAnswer(q.type, q.answerKey as AnswerKey, a.answer);
    return [{ id: randomUUID(), questionId: q.id, answer: a.answer, correct: grade.correct, score: grade.score, answeredAt: a.answeredAt }];
  });
  const unique = graded.filter((r, i) => graded.findIndex((x) => x.questionId === r.questionId) === i);
  const attemptId = randomUUID();
  const submittedAt = unique.length ? new Date(Math.max(...unique.map((r) => r.answeredAt.getTime()))) : g.startedAt;
  try {
    await db.$transaction([
      db.attempt.create({
        data: { id: attemptId, userId, setVersionId: version.id, mode: 'practice', reveal: 'after_each', status: 'submitted', seed: g.seed, guestKey: g.guestKey, startedAt: g.startedAt, submittedAt, score: unique.reduce((s, r) => s + r.score, 0), maxScore: version.questions.length },
      }),
      db.response.createMany({ data: unique.map((r) => ({ id: r.id, attemptId, questionId: r.questionId, answer: r.answer, correct: r.correct, score: r.score, answeredAt: r.answeredAt })) }),
    ]);
  } catch (error) {
    // Two tabs importing at once: the unique (user, guest key) lets one through.
    const again = await db.attempt.findUnique({ where: { userId_guestKey: { userId, guestKey: g.guestKey } }, select: { id: true } });
    if (again) return { attemptId: again.id, imported: false };
    throw error;
  }
  for (const r of unique) await recordOutcome(db, { userId, questionId: r.questionId, score: r.score, source: 'attempt', sourceId: r.id, now: r.answeredAt });
  return { attemptId, imported: true };
}
