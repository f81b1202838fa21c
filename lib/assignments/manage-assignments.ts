import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { ActionError } from '@/lib/actions/run-guarded';
import { NotFoundError } from '@/lib/attempts/start-attempt';
import type { AppPrisma } from '@/lib/db/open-database';
import { newSeed } from '@/questions/player/shuffle';
import { assignmentStatus, attemptDeadline, type AssignmentStatus } from './assignment-status';

export type AssignmentInput = {
  classId: string;
  setSlug: string;
  title?: string;
  opensAt: Date;
  dueAt: Date | null;
  attemptsAllowed: number | null;
  mode: 'practice' | 'test';
  reveal: 'after_each' | 'after_submission' | 'after_due' | 'never';
  shuffle: boolean;
  timeLimitSec: number | null;
  latePolicy: 'accept_late' | 'close_at_due';
  extraTime?: { studentId: string; extraSec: number }[];
};

/**
 * Assigns the current version of a set the teacher may use (their own, or a public one) to one of
 * their classes. Attempts keep this version even if the set is edited later.
 */
export async function createAssignment(db: AppPrisma, teacherId: string, input: AssignmentInput): Promise<string> {
  const cls = await db.class.findFirst({ where: { id: input.classId, teacherId }, select: { id: true, archived: true, enrollments: { select: { studentId: true } } } });
  if (!cls) throw new NotFoundError('That class was not found.');
  if (cls.archived) throw new ActionError('This class is archived; restore it before assigning work.', 409);
  if (input.dueAt && input.dueAt <= input.opensAt) throw new ActionError('The due date must be after the open date.', 400, { dueAt: ['Must be after the open date.'] });
  if (input.reveal === 'after_due' && !input.dueAt) throw new ActionError('“After the due date” needs a due date.', 400, { dueAt: ['Set a due date, or choose another reveal policy.'] });
  const set = await db.questionSet.findFirst({
    where: { slug: input.setSlug, status: 'published', OR: [{ ownerId: teacherId }, { visibility: 'public' }] },
    select: { title: true, versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { id: true } } },
  });
  const version = set?.versions[0];
  if (!set || !version) throw new NotFoundError('That question set was not found.');
  const enrolled = new Set(cls.enrollments.map((e) => e.studentId));
  const extra = (input.extraTime ?? []).filter((e) => enrolled.has(e.studentId) && e.extraSec > 0);
  const created = await db.assignment.create({
    data: {
      classId: cls.id,
      setVersionId: version.id,
      title: input.title?.trim() || set.title,
      opensAt: input.opensAt,
      dueAt: input.dueAt,
      attemptsAllowed: input.attemptsAllowed,
      mode: input.mode,
      reveal: input.reveal,
      shuffle: input.shuffle,
      timeLimitSec: input.timeLimitSec,
      latePolicy: input.latePolicy,
      extraTime: { create: extra },
    },
    select: { id: true },
  });
  return created.id;
}

export async function listClassAssignments(db: AppPrisma, { teacherId, classId }: { teacherId: string; classId: string }) {
  const rows = await db.assignment.findMany({
    where: { classId, class: { teacherId } },
    orderBy: { opensAt: 'desc' },
    select: { id: true, title: true, opensAt: true, dueAt: true, mode: true, reveal: true, attempts: { where: { status: 'submitted' }, select: { userId: true } } },
  });
  return rows.map((r) => ({ ...r, submittedStudents: new Set(r.attempts.map((a) => a.userId)).size }));
}

export type StudentAssignment = { id: string; title: string; className: string; opensAt: Date; dueAt: Date | null; mode: 'practice' | 'test'; status: AssignmentStatus; attemptsUsed: number; attemptsAllowed: number | null; open: boolean };

/** The student's assignments in their classes (open ones and past ones), with their status. */
export async function listStudentAssignments(db: AppPrisma, { studentId, now = new Date() }: { studentId: string; now?: Date }): Promise<StudentAssignment[]> {
  const rows = await db.assignment.findMany({
    where: { class: { enrollments: { some: { studentId } } } },
    orderBy: [{ dueAt: 'asc' }, { opensAt: 'desc' }],
    select: { id: true, title: true, opensAt: true, dueAt: true, mode: true, latePolicy: true, attemptsAllowed: true, class: { select: { name: true } }, attempts: { where: { userId: studentId }, select: { status: true, late: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title ?? 'Assignment',
    className: r.class.name,
    opensAt: r.opensAt,
    dueAt: r.dueAt,
    mode: r.mode,
    status: assignmentStatus({ now, dueAt: r.dueAt, latePolicy: r.latePolicy, attempts: r.attempts }),
    attemptsUsed: r.attempts.length,
    attemptsAllowed: r.attemptsAllowed,
    open: r.opensAt <= now && !(r.dueAt && now > r.dueAt && r.latePolicy === 'close_at_due'),
  }));
}

/**
 * Starts (or resumes) the student's attempt at an assignment: enrolled students only, after it
 * opens, before it closes, within the attempts allowed. The attempt number is unique per student
 * and assignment, so a double click cannot use two attempts.
 */
export async function startAssignmentAttempt(db: AppPrisma, { studentId, assignmentId, now = new Date() }: { studentId: string; assignmentId: string; now?: Date }): Promise<string> {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { enrollments: { some: { studentId } } } },
    select: { id: true, setVersionId: true, opensAt: true, dueAt: true, attemptsAllowed: true, mode: true, reveal: true, shuffle: true, timeLimitSec: true, latePolicy: true, extraTime: { where: { studentId }, select: { extraSec: true } } },
  });
  if (!a) throw new NotFoundError('That assignment was not found.');
  const open = await db.attempt.findFirst({ where: { assignmentId, userId: studentId, status: 'in_progress' }, select: { id: true } });
  if (open) return open.id;
  if (now < a.opensAt) throw new ActionError(`This assignment opens on ${a.opensAt.toUTCString()}.`, 409);
  if (a.dueAt && now > a.dueAt && a.latePolicy === 'close_at_due') throw new ActionError('This assignment closed at its due date.', 409);
  const used = await db.attempt.count({ where: { assignmentId, userId: studentId } });
  if (a.attemptsAllowed !== null && used >= a.attemptsAllowed) {
    // A double click: the other request has just started the attempt this one would start.
    const startedMeanwhile = await db.attempt.findFirst({ where: { assignmentId, userId: studentId, status: 'in_progress' }, select: { id: true } });
    if (startedMeanwhile) return startedMeanwhile.id;
    throw new ActionError(`You have used all ${a.attemptsAllowed} attempt${a.attemptsAllowed === 1 ? '' : 's'} of this assignment.`, 409);
  }
  try {
    const created = await db.attempt.create({
      data: {
        userId: studentId,
        setVersionId: a.setVersionId,
        assignmentId,
        number: used + 1,
        mode: a.mode,
        reveal: a.reveal,
        shuffle: a.shuffle,
        seed: newSeed(),
        startedAt: now,
        deadlineAt: attemptDeadline({ now, timeLimitSec: a.timeLimitSec, extraSec: a.extraTime[0]?.extraSec ?? 0, dueAt: a.dueAt, latePolicy: a.latePolicy }),
      },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const again = await db.attempt.findFirst({ where: { assignmentId, userId: studentId, number: used + 1 }, select: { id: true } });
      if (again) return again.id;
    }
    throw error;
  }
}

/** The teacher lets a student start again: their attempts at this assignment are removed. */
export async function resetStudentAttempts(db: AppPrisma, { teacherId, assignmentId, studentId }: { teacherId: string; assignmentId: string; studentId: string }): Promise<number> {
  const a = await db.assignment.findFirst({ where: { id: assignmentId, class: { teacherId } }, select: { id: true } });
  if (!a) throw new NotFoundError('That assignment was not found.');
  const removed = await db.attempt.deleteMany({ where: { assignmentId, userId: studentId } });
  return removed.count;
}
