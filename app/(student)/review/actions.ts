'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { asActionError } from '@/lib/attempts/attempt-errors';
import { prisma } from '@/lib/db';
import { startReviewSession } from '@/lib/review/start-review-session';

export const startReviewAction = authedAction('signed-in', z.object({}), async (_input, caller): Promise<ActionResult> => {
  let id: string;
  try {
    id = await startReviewSession(await prisma(), { userId: caller.id });
  } catch (error) {
    asActionError(error);
  }
  redirect(`/attempts/${id}`);
});

export async function startReviewFormAction(form: FormData): Promise<void> {
  const result = await startReviewAction(form);
  if (!result.ok) redirect(`/review?message=${encodeURIComponent(result.message)}`);
}

export const setRetentionAction = authedAction(
  'signed-in',
  z.object({ desiredRetention: z.coerce.number().min(0.7, 'Choose at least 70%.').max(0.99, 'Choose at most 99%.') }),
  async (input, caller): Promise<ActionResult> => {
    const db = await prisma();
    await db.user.update({ where: { id: caller.id }, data: { desiredRetention: input.desiredRetention } });
    revalidatePath('/review');
    return { ok: true, data: null };
  },
);

export async function setRetentionFormAction(form: FormData): Promise<void> {
  const result = await setRetentionAction(form);
  redirect(`/review?message=${encodeURIComponent(result.ok ? 'Saved: future reviews use the new setting.' : result.message)}`);
}
