'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { joinClass } from '@/lib/classes/join-class';
import { prisma } from '@/lib/db';

export const joinClassAction = authedAction(
  'student',
  z.object({ code: z.string().trim().min(4, 'Enter the code your teacher gave you.').max(16, 'That code is too long.') }),
  async (input, caller): Promise<ActionResult> => {
    const joined = await joinClass(await prisma(), { studentId: caller.id, code: input.code });
    revalidatePath('/join');
    redirect(`/join?joined=${encodeURIComponent(joined.className)}`);
  },
);
