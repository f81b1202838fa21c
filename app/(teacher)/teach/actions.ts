'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { ActionError, type ActionResult } from '@/lib/actions/run-guarded';
import { asActionError } from '@/lib/attempts/attempt-errors';
import { createAssignment, resetStudentAttempts } from '@/lib/assignments/manage-assignments';
import { createClass, deleteClass, regenerateJoinCode, removeStudent, renameClass, setClassArchived } from '@/lib/classes/manage-classes';
import { prisma } from '@/lib/db';

const className = z.string().trim().min(1, 'Give the class a name.').max(80, 'Use at most 80 characters.');
const classId = z.string().min(1).max(64);

export const createClassAction = authedAction('teacher', z.object({ name: className }), async (input, caller): Promise<ActionResult> => {
  const created = await createClass(await prisma(), { teacherId: caller.id, name: input.name });
  revalidatePath('/teach');
  redirect(`/teach/classes/${created.id}`);
});

export const renameClassAction = authedAction('teacher', z.object({ classId, name: className }), async (input, caller): Promise<ActionResult> => {
  try {
    await renameClass(await prisma(), { teacherId: caller.id, classId: input.classId, name: input.name });
  } catch (error) {
    asActionError(error);
  }
  revalidatePath(`/teach/classes/${input.classId}`);
  return { ok: true, data: null };
});

export const archiveClassAction = authedAction(
  'teacher',
  z.object({ classId, archived: z.enum(['true', 'false']).transform((v) => v === 'true') }),
  async (input, caller): Promise<ActionResult> => {
    try {
      await setClassArchived(await prisma(), { teacherId: caller.id, classId: input.classId, archived: input.archived });
    } catch (error) {
      asActionError(error);
    }
    revalidatePath(`/teach/classes/${input.classId}`);
    return { ok: true, data: null };
  },
);

export const deleteClassAction = authedAction('teacher', z.object({ classId, confirmName: z.string().max(80) }), async (input, caller): Promise<ActionResult> => {
  const db = await prisma();
  const own = await db.class.findFirst({ where: { id: input.classId, teacherId: caller.id }, select: { name: true } });
  if (!own) throw new ActionError('That class was not found.', 404);
  if (input.confirmName.trim() !== own.name) throw new ActionError(`Type the class name “${own.name}” to confirm.`, 400, { confirmName: ['The name does not match.'] });
  await deleteClass(db, { teacherId: caller.id, classId: input.classId });
  revalidatePath('/teach');
  redirect('/teach');
});

export const regenerateCodeAction = authedAction('teacher', z.object({ classId }), async (input, caller): Promise<ActionResult<{ code: string }>> => {
  try {
    const code = await regenerateJoinCode(await prisma(), { teacherId: caller.id, classId: input.classId });
    revalidatePath(`/teach/classes/${input.classId}`);
    return { ok: true, data: { code } };
  } catch (error) {
    asActionError(error);
  }
});

export const removeStudentAction = authedAction('teacher', z.object({ classId, studentId: z.string().min(1).max(64) }), async (input, caller): Promise<ActionResult> => {
  try {
    await removeStudent(await prisma(), { teacherId: caller.id, classId: input.classId, studentId: input.studentId });
  } catch (error) {
    asActionError(error);
  }
  revalidatePath(`/teach/classes/${input.classId}`);
  return { ok: true, data: null };
});

const optionalInt = (max: number) =>
  z
    .union([z.literal(''), z.coerce.number().int().min(0).max(max)])
    .optional()
    .transform((v) => (v === '' || v === undefined || v === 0 ? null : v));

export const createAssignmentAction = authedAction(
  'teacher',
  z.object({
    classId,
    setSlug: z.string().regex(/^[a-z0-9-]{1,120}$/, 'Choose a question set.'),
    title: z.string().trim().max(120).optional(),
    opensAt: z.coerce.date({ message: 'Choose when it opens.' }),
    dueAt: z.union([z.literal(''), z.coerce.date()]).optional().transform((v) => (v ? v : null)),
    attemptsAllowed: optionalInt(20),
    mode: z.enum(['practice', 'test']),
    reveal: z.enum(['after_each', 'after_submission', 'after_due', 'never']),
    shuffle: z.enum(['on', 'off']).default('off').transform((v) => v === 'on'),
    timeLimitMin: optionalInt(600),
    latePolicy: z.enum(['accept_late', 'close_at_due']),
    extra: z.record(z.string(), z.string()).optional(),
    // From a set's page the teacher goes on to the new assignment; from a class page they stay.
    then: z.enum(['stay', 'open']).default('stay'),
  }),
  async (input, caller): Promise<ActionResult> => {
    let assignmentId: string;
    try {
      assignmentId = await createAssignment(await prisma(), caller.id, {
        ...input,
        timeLimitSec: input.timeLimitMin ? input.timeLimitMin * 60 : null,
        extraTime: Object.entries(input.extra ?? {})
          .map(([studentId, minutes]) => ({ studentId, extraSec: Math.max(0, Math.min(600, Number(minutes) || 0)) * 60 }))
          .filter((e) => e.extraSec > 0),
      });
    } catch (error) {
      asActionError(error);
    }
    revalidatePath(`/teach/classes/${input.classId}`);
    if (input.then === 'open') redirect(`/teach/assignments/${assignmentId}`);
    return { ok: true, data: null };
  },
);

export const resetAttemptsAction = authedAction('teacher', z.object({ assignmentId: z.string().min(1).max(64), studentId: z.string().min(1).max(64), classId }), async (input, caller): Promise<ActionResult> => {
  try {
    await resetStudentAttempts(await prisma(), { teacherId: caller.id, assignmentId: input.assignmentId, studentId: input.studentId });
  } catch (error) {
    asActionError(error);
  }
  revalidatePath(`/teach/classes/${input.classId}`);
  return { ok: true, data: null };
});
