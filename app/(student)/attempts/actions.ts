'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { givenAnswerSchema } from '@/lib/attempts/answer-input';
import { asActionError } from '@/lib/attempts/attempt-errors';
import type { PlayerResponse } from '@/lib/attempts/player-types';
import { savePosition } from '@/lib/attempts/save-position';
import { startLibraryAttempt } from '@/lib/attempts/start-attempt';
import { submitAnswer } from '@/lib/attempts/submit-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { reportQuestion } from '@/lib/attempts/report-question';
import { prisma } from '@/lib/db';

const attemptId = z.string().min(1).max(64);

const startSchema = z.object({
  setSlug: z.string().regex(/^[a-z0-9-]{1,120}$/, 'Unknown set.'),
  mode: z.enum(['practice', 'test']).default('practice'),
  questionIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).filter(Boolean).slice(0, 200))),
});

export const startAttemptAction = authedAction('signed-in', startSchema, async (input, caller): Promise<ActionResult> => {
  let id: string;
  try {
    id = await startLibraryAttempt(await prisma(), { userId: caller.id, setSlug: input.setSlug, mode: input.mode, onlyQuestionIds: input.questionIds });
  } catch (error) {
    asActionError(error);
  }
  redirect(`/attempts/${id}`);
});

/** For plain forms (void result): start and go to the player. */
export async function startAttemptFormAction(form: FormData): Promise<void> {
  const result = await startAttemptAction(form);
  // `form` is whatever the caller sent: only a real form's set slug goes into the sign-in link.
  const slug = form instanceof FormData ? String(form.get('setSlug') ?? '') : '';
  if (!result.ok) redirect(result.status === 401 && /^[a-z0-9-]{1,120}$/.test(slug) ? `/sign-in?next=${encodeURIComponent(`/sets/${slug}`)}` : result.status === 401 ? '/sign-in' : '/');
}

export const answerAction = authedAction(
  'signed-in',
  z.object({ attemptId, questionId: z.string().min(1).max(64), answer: givenAnswerSchema }),
  async (input, caller): Promise<ActionResult<PlayerResponse>> => {
    try {
      return { ok: true, data: await submitAnswer(await prisma(), { attemptId: input.attemptId, userId: caller.id, questionId: input.questionId, answer: input.answer }) };
    } catch (error) {
      asActionError(error);
    }
  },
);

export const savePositionAction = authedAction(
  'signed-in',
  z.object({ attemptId, currentIndex: z.number().int().min(0).max(500), flagged: z.array(z.string().max(64)).max(500).optional() }),
  async (input, caller): Promise<ActionResult> => {
    try {
      await savePosition(await prisma(), { attemptId: input.attemptId, userId: caller.id, currentIndex: input.currentIndex, flagged: input.flagged });
      return { ok: true, data: null };
    } catch (error) {
      asActionError(error);
    }
  },
);

export const submitAttemptAction = authedAction('signed-in', z.object({ attemptId }), async (input, caller): Promise<ActionResult<{ score: number; maxScore: number }>> => {
  try {
    const result = await submitAttempt(await prisma(), { attemptId: input.attemptId, userId: caller.id });
    return { ok: true, data: { score: result.score, maxScore: result.maxScore } };
  } catch (error) {
    asActionError(error);
  }
});

export const reportQuestionAction = authedAction(
  'signed-in',
  z.object({
    questionId: z.string().min(1).max(64),
    reason: z.enum(['wrong', 'unclear', 'outdated'], { message: 'Choose what is wrong with the question.' }),
    note: z.string().trim().max(1000, 'Keep the note under 1,000 characters.').optional(),
  }),
  async (input, caller): Promise<ActionResult> => {
    try {
      await reportQuestion(await prisma(), { userId: caller.id, questionId: input.questionId, reason: input.reason, note: input.note });
      return { ok: true, data: null };
    } catch (error) {
      asActionError(error);
    }
  },
);
