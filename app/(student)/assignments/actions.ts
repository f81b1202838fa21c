'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { startAssignmentAttempt } from '@/lib/assignments/manage-assignments';
import { asActionError } from '@/lib/attempts/attempt-errors';
import { prisma } from '@/lib/db';

export const startAssignmentAction = authedAction('student', z.object({ assignmentId: z.string().min(1).max(64) }), async (input, caller): Promise<ActionResult> => {
  let id: string;
  try {
    id = await startAssignmentAttempt(await prisma(), { studentId: caller.id, assignmentId: input.assignmentId });
  } catch (error) {
    asActionError(error);
  }
  redirect(`/attempts/${id}`);
});
