import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { ActionError } from '@/lib/actions/run-guarded';
import { normalizeJoinCode } from './join-code';

/** A student joins a class by its code (typed or from the join link). Joining twice is harmless. */
export async function joinClass(db: AppPrisma, { studentId, code }: { studentId: string; code: string }): Promise<{ classId: string; className: string }> {
  const normalized = normalizeJoinCode(code);
  const found = await db.joinCode.findUnique({ where: { code: normalized }, select: { revokedAt: true, class: { select: { id: true, name: true, archived: true } } } });
  if (!found) throw new ActionError(`There is no class with the code ${normalized}. Check the code with your teacher.`, 404, { code: ['Unknown code.'] });
  if (found.revokedAt) throw new ActionError('That join code has been replaced. Ask your teacher for the new one.', 409, { code: ['This code is no longer valid.'] });
  if (found.class.archived) throw new ActionError(`The class “${found.class.name}” is archived and no longer takes new students.`, 409, { code: ['The class is archived.'] });
  await db.enrollment.createMany({ data: [{ classId: found.class.id, studentId }], skipDuplicates: true });
  return { classId: found.class.id, className: found.class.name };
}

export async function listStudentClasses(db: AppPrisma, { studentId }: { studentId: string }) {
  const rows = await db.enrollment.findMany({
    where: { studentId },
    orderBy: { joinedAt: 'desc' },
    select: { joinedAt: true, class: { select: { id: true, name: true, archived: true, teacher: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ id: r.class.id, name: r.class.name, archived: r.class.archived, teacher: r.class.teacher.name, joinedAt: r.joinedAt }));
}
