import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { AppPrisma } from '@/lib/db/open-database';
import { NotFoundError } from '@/lib/attempts/start-attempt';
import { newJoinCode } from './join-code';

// Every function takes the teacher's id and scopes its query with it (STYLE habit 3): another
// teacher's class is "not found", never changed.

async function ownClass(db: AppPrisma, teacherId: string, classId: string) {
  const found = await db.class.findFirst({ where: { id: classId, teacherId }, select: { id: true, archived: true } });
  if (!found) throw new NotFoundError('That class was not found.');
  return found;
}

/** Inserts a fresh join code, retrying on the (unlikely) clash with an existing one. */
async function addJoinCode(db: AppPrisma, classId: string): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const code = newJoinCode();
    try {
      await db.joinCode.create({ data: { code, classId } });
      return code;
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    }
  }
  throw new Error('Could not find a free join code.');
}

export async function createClass(db: AppPrisma, { teacherId, name }: { teacherId: string; name: string }): Promise<{ id: string; code: string }> {
  const created = await db.class.create({ data: { teacherId, name }, select: { id: true } });
  return { id: created.id, code: await addJoinCode(db, created.id) };
}

export async function renameClass(db: AppPrisma, { teacherId, classId, name }: { teacherId: string; classId: string; name: string }) {
  await ownClass(db, teacherId, classId);
  await db.class.update({ where: { id: classId }, data: { name } });
}

export async function setClassArchived(db: AppPrisma, { teacherId, classId, archived }: { teacherId: string; classId: string; archived: boolean }) {
  await ownClass(db, teacherId, classId);
  await db.class.update({ where: { id: classId }, data: { archived } });
}

/** Deletes the class with its enrolments, join codes and assignments (cascades), after confirmation in the UI. */
export async function deleteClass(db: AppPrisma, { teacherId, classId }: { teacherId: string; classId: string }) {
  await ownClass(db, teacherId, classId);
  await db.class.delete({ where: { id: classId } });
}

/** Revokes the current code (old links then say so) and issues a new one. */
export async function regenerateJoinCode(db: AppPrisma, { teacherId, classId }: { teacherId: string; classId: string }): Promise<string> {
  await ownClass(db, teacherId, classId);
  await db.joinCode.updateMany({ where: { classId, revokedAt: null }, data: { revokedAt: new Date() } });
  return addJoinCode(db, classId);
}

export async function removeStudent(db: AppPrisma, { teacherId, classId, studentId }: { teacherId: string; classId: string; studentId: string }) {
  await ownClass(db, teacherId, classId);
  await db.enrollment.deleteMany({ where: { classId, studentId } });
}

export type ClassDetail = {
  id: string;
  name: string;
  archived: boolean;
  joinCode: string | null;
  students: { id: string; name: string; login: string; joinedAt: Date; lastActivityAt: Date | null }[];
};

/** The class with its roster; each student's last activity is their latest answer or sign-in. */
export async function getClassForTeacher(db: AppPrisma, { teacherId, classId }: { teacherId: string; classId: string }): Promise<ClassDetail | null> {
  const c = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      archived: true,
      joinCodes: { where: { revokedAt: null }, orderBy: { createdAt: 'desc' }, take: 1, select: { code: true } },
      enrollments: { orderBy: { joinedAt: 'asc' }, select: { joinedAt: true, student: { select: { id: true, name: true, email: true, username: true, lastActiveAt: true } } } },
    },
  });
  if (!c) return null;
  const ids = c.enrollments.map((e) => e.student.id);
  const [answers, sessions] = await Promise.all([
    db.response.groupBy({ by: ['attemptId'], where: { attempt: { userId: { in: ids } } }, _max: { answeredAt: true } }).then(async (rows) => {
      const attempts = await db.attempt.findMany({ where: { id: { in: rows.map((r) => r.attemptId) } }, select: { id: true, userId: true } });
      const byUser = new Map<string, Date>();
      for (const r of rows) {
        const userId = attempts.find((a) => a.id === r.attemptId)?.userId;
        const at = r._max.answeredAt;
        if (userId && at && (!byUser.has(userId) || byUser.get(userId)! < at)) byUser.set(userId, at);
      }
      return byUser;
    }),
    db.session.groupBy({ by: ['userId'], where: { userId: { in: ids } }, _max: { createdAt: true } }),
  ]);
  return {
    id: c.id,
    name: c.name,
    archived: c.archived,
    joinCode: c.joinCodes[0]?.code ?? null,
    students: c.enrollments.map((e) => {
      const candidates = [answers.get(e.student.id), sessions.find((s) => s.userId === e.student.id)?._max.createdAt ?? undefined, e.student.lastActiveAt ?? undefined].filter((d): d is Date => Boolean(d));
      return {
        id: e.student.id,
        name: e.student.name,
        login: e.student.username ?? e.student.email ?? '',
        joinedAt: e.joinedAt,
        lastActivityAt: candidates.length ? new Date(Math.max(...candidates.map((d) => d.getTime()))) : null,
      };
    }),
  };
}
