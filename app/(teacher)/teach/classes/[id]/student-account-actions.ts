'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { asActionError } from '@/lib/attempts/attempt-errors';
import { cleanNames, createStudentAccounts, namesProblem, resetStudentPassword, type StudentCard } from '@/lib/classes/student-accounts';
import { prisma } from '@/lib/db';

const classId = z.string().min(1).max(64);
const studentId = z.string().min(1).max(64);

/** The textarea: one name per line, blank lines ignored, 1–100 names of at most 80 characters. */
const nameLines = z
  .string({ message: 'Enter at least one name, one per line.' })
  .max(20_000, 'That list is too long: at most 100 names of up to 80 characters.')
  .transform((text) => cleanNames(text.split(/\r\n|\r|\n/)))
  .superRefine((names, ctx) => {
    const problem = namesProblem(names);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const createStudentAccountsAction = authedAction(
  'teacher',
  z.object({ classId, names: nameLines }),
  async (input, caller): Promise<ActionResult<{ cards: StudentCard[] }>> => {
    try {
      const cards = await createStudentAccounts(await prisma(), { teacherId: caller.id, classId: input.classId, names: input.names });
      revalidatePath(`/teach/classes/${input.classId}`);
      return { ok: true, data: { cards } };
    } catch (error) {
      asActionError(error);
    }
  },
);

export const resetStudentPasswordAction = authedAction(
  'teacher',
  z.object({ classId, studentId }),
  async (input, caller): Promise<ActionResult<{ card: StudentCard }>> => {
    try {
      const card = await resetStudentPassword(await prisma(), { teacherId: caller.id, classId: input.classId, studentId: input.studentId });
      return { ok: true, data: { card } };
    } catch (error) {
      asActionError(error);
    }
  },
);
