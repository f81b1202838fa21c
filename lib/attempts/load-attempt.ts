import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { seededShuffle } from '@/questions/player/shuffle';
import type { StoredQuestion } from './question-view';

/** The columns a StoredQuestion needs (to show, grade and reveal it). */
export const STORED_QUESTION_FIELDS = { id: true, type: true, prompt: true, options: true, answerKey: true, feedback: true, explanation: true, evidence: true } as const;
const QUESTION_FIELDS = { ...STORED_QUESTION_FIELDS, lineageId: true, articleId: true } as const;

/** A review session's question rows in the order the session listed them. */
export function inListedOrder<T extends { id: string }>(rows: T[], questionIds: string[]): T[] {
  return rows.sort((a, b) => questionIds.indexOf(a.id) - questionIds.indexOf(b.id));
}

/** An attempt and its questions in the attempt's order, or null unless it is the caller's. */
export async function loadOwnAttempt(db: AppPrisma, { attemptId, userId }: { attemptId: string; userId: string }) {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    include: {
      setVersion: {
        select: {
          id: true,
          version: true,
          set: { select: { slug: true, title: true } },
          questions: { where: { review: 'approved' }, orderBy: { position: 'asc' }, select: QUESTION_FIELDS },
        },
      },
      assignment: { select: { dueAt: true, latePolicy: true } },
      responses: true,
    },
  });
  if (!attempt) return null;
  // A review session's questions come from any set; a quiz's from its set version.
  const all = attempt.kind === 'review' ? inListedOrder(await db.question.findMany({ where: { id: { in: attempt.questionIds }, review: 'approved' }, select: QUESTION_FIELDS }), attempt.questionIds) : attempt.setVersion.questions;
  return { attempt, questions: attemptOrder(attempt, all) as (StoredQuestion & { lineageId: string; articleId: string | null })[] };
}

/**
 * The attempt's questions in the order its student sees them: the chosen ones (a retry or a review
 * session) or all, shuffled by the attempt's seed. `all` comes in position order (or, for a review
 * session, in the order the session listed them). Shared by every reader, so positions agree.
 */
export function attemptOrder<T extends { id: string }>(attempt: { questionIds: string[]; shuffle: boolean; seed: number }, all: readonly T[]): T[] {
  const chosen = attempt.questionIds.length ? all.filter((q) => attempt.questionIds.includes(q.id)) : [...all];
  return attempt.shuffle ? seededShuffle(chosen, attempt.seed, 'questions') : chosen;
}

export type LoadedAttempt = NonNullable<Awaited<ReturnType<typeof loadOwnAttempt>>>;
