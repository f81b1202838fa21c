'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { ActionError, type ActionResult } from '@/lib/actions/run-guarded';
import { asActionError } from '@/lib/attempts/attempt-errors';
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
