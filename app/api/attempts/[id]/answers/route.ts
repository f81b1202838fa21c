// POST /api/attempts/:id/answers {questionId, answer} → 200 {questionId, response}: the stored
// response, graded and revealed as the attempt's policy allows. The same data-layer call as the
// player's answerAction: a repeat of the same question returns the stored result (practice keeps the
// first answer; a test keeps the latest until submission). 400 malformed body or answer, 401 not
// signed in, 404 not the caller's attempt or not its question, 409 submitted, timed out, or an answer
// of the wrong kind or with a foreign option (the action's refusals).
import { z } from 'zod';
import { givenAnswerSchema } from '@/lib/attempts/answer-input';
import { asActionError } from '@/lib/attempts/attempt-errors';
import type { AnswerResult } from '@/lib/attempts/player-types';
import { submitAnswer } from '@/lib/attempts/submit-answer';
import { prisma } from '@/lib/db';
import { withBenchTiming } from '../../../_lib/bench-timing';
import { jsonHandler } from '../../_lib/json-handler';

const answerSchema = z.object({ attemptId: z.string().min(1).max(64), questionId: z.string().min(1).max(64), answer: givenAnswerSchema });

const answer = jsonHandler(answerSchema, async (input, caller) => {
  try {
    const response = await submitAnswer(await prisma(), { attemptId: input.attemptId, userId: caller.id, questionId: input.questionId, answer: input.answer });
    return { ok: true, data: { questionId: input.questionId, response } satisfies AnswerResult };
  } catch (error) {
    asActionError(error);
  }
});

export const POST = withBenchTiming(async (request: Request, { params }: { params: Promise<{ id: string }> }) => answer(request, { attemptId: (await params).id }));
