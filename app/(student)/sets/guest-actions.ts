'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { givenAnswerSchema } from '@/lib/attempts/answer-input';
import { asActionError } from '@/lib/attempts/attempt-errors';
import { gradeGuestAnswer, importGuestAttempt } from '@/lib/attempts/guest-attempts';
import type { PlayerResponse } from '@/lib/attempts/player-types';
import { prisma } from '@/lib/db';

const id = z.string().min(1).max(64);

/** Grading for visitors without an account: public sets only; the key stays on the server until answered. */
export const gradeGuestAnswerAction = authedAction(
  'anyone',
  z.object({ setVersionId: id, questionId: id, answer: givenAnswerSchema }),
  async (input): Promise<ActionResult<PlayerResponse>> => {
    try {
      return { ok: true, data: await gradeGuestAnswer(await prisma(), input) };
    } catch (error) {
      asActionError(error);
    }
  },
);

export const importGuestAttemptAction = authedAction(
  'signed-in',
  z.object({
    guestKey: z.string().regex(/^[a-zA-Z0-9-]{8,64}$/),
    setVersionId: id,
    seed: z.number().int().min(0).max(2 ** 31),
    startedAt: z.coerce.date(),
    answers: z.array(z.object({ questionId: id, answer: givenAnswerSchema, answeredAt: z.coerce.date() })).max(500),
  }),
  async (input, caller): Promise<ActionResult<{ attemptId: string; imported: boolean }>> => {
    try {
      return { ok: true, data: await importGuestAttempt(await prisma(), caller.id, input) };
    } catch (error) {
      asActionError(error);
    }
  },
);
