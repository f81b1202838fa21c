// POST /api/attempts/:id/submit {} → 200 {attemptId, score, maxScore, submittedAt}. Submitting twice
// returns the first result.
import { z } from 'zod';
import { asActionError } from '@/lib/attempts/attempt-errors';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { prisma } from '@/lib/db';
import { jsonHandler } from '../../_lib/json-handler';

const submit = jsonHandler(z.object({ attemptId: z.string().min(1).max(64) }), async (input, caller) => {
  try {
    return { ok: true, data: await submitAttempt(await prisma(), { attemptId: input.attemptId, userId: caller.id }) };
  } catch (error) {
    asActionError(error);
  }
});

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return submit(request, { attemptId: (await params).id });
}
