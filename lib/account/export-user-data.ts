import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { throttleKeys } from '@/lib/auth/throttle-decision';

// "Your data": everything newsquiz holds about one user, as one JSON document. Every query is
// scoped by the caller's id (STYLE habit 3), and every select is explicit so that a secret column
// (password hash, OAuth tokens, session tokens) cannot slip in when the schema grows. Other people's
// rows are left out: a teacher's export has their classes and assignments with counts, not their
// students' answers (those are in the teacher's results pages and CSV downloads).

export const EXPORT_FORMAT = 'newsquiz-user-data';
export const EXPORT_FORMAT_VERSION = 1;

const questionRef = { select: { id: true, lineageId: true, type: true, prompt: true } } as const;
const setVersionRef = { select: { id: true, version: true, set: { select: { id: true, slug: true, title: true } } } } as const;

export type UserDataExport = NonNullable<Awaited<ReturnType<typeof exportUserData>>>;

/** The caller's data, or null when the user does not exist (any more). */
export async function exportUserData(db: AppPrisma, { userId, now = new Date() }: { userId: string; now?: Date }) {
  const profile = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerified: true,
      image: true,
      username: true,
      displayUsername: true,
      role: true,
      createdById: true,
      lastActiveAt: true,
      desiredRetention: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!profile) return null;
  const failureKeys = [profile.email, profile.username].flatMap((id) => (id ? throttleKeys(id, undefined) : []));

  const [sessions, signInMethods, enrollments, extraTime, classes, articles, sets, attempts, reviewCards, questionReports, regrades, createdStudentAccounts, failedSignIns] = await Promise.all([
    // No token: a session's token is a bearer credential.
    db.session.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { id: true, createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true } }),
    db.account
      .findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { id: true, providerId: true, accountId: true, scope: true, createdAt: true, updatedAt: true } })
      .then(async (rows) => {
        const withPassword = new Set((await db.account.findMany({ where: { userId, password: { not: null } }, select: { id: true } })).map((r) => r.id));
        return rows.map((r) => ({ ...r, hasPassword: withPassword.has(r.id) }));
      }),
    db.enrollment.findMany({
      where: { studentId: userId },
      orderBy: { joinedAt: 'asc' },
      select: { id: true, joinedAt: true, class: { select: { id: true, name: true, archived: true, teacher: { select: { name: true } } } } },
    }),
    db.assignmentExtraTime.findMany({ where: { studentId: userId }, select: { assignmentId: true, extraSec: true, assignment: { select: { title: true } } } }),
    db.class.findMany({
      where: { teacherId: userId },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        name: true,
        archived: true,
        createdAt: true,
        updatedAt: true,
        joinCodes: { orderBy: { createdAt: 'asc' }, select: { code: true, createdAt: true, revokedAt: true } },
        _count: { select: { enrollments: true } },
        assignments: {
          orderBy: { createdAt: 'asc' },
          select: {
            id: true,
            title: true,
            opensAt: true,
            dueAt: true,
            attemptsAllowed: true,
            mode: true,
            reveal: true,
            shuffle: true,
            timeLimitSec: true,
            latePolicy: true,
            createdAt: true,
            updatedAt: true,
            setVersion: setVersionRef,
            _count: { select: { attempts: true, extraTime: true } },
          },
        },
      },
    }),
    db.article.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: 'asc' },
      include: { facts: { orderBy: [{ sentenceIndex: 'asc' }, { key: 'asc' }] } },
    }),
    db.questionSet.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: 'asc' },
      include: { versions: { orderBy: { version: 'asc' }, include: { questions: { orderBy: { position: 'asc' } } } } },
    }),
    // Answers as the student gave them; the question's prompt for context, never its answer key.
    db.attempt.findMany({
      where: { userId },
      orderBy: { startedAt: 'asc' },
      include: {
        setVersion: setVersionRef,
        assignment: { select: { id: true, title: true, class: { select: { name: true } } } },
        responses: { orderBy: { answeredAt: 'asc' }, include: { question: questionRef } },
      },
    }),
    db.reviewCard.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      include: { question: questionRef, logs: { orderBy: { reviewedAt: 'asc' } } },
    }),
    db.questionReport.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, include: { question: questionRef } }),
    // RegradeLog has no relation to the user, only the actor's id.
    db.regradeLog.findMany({ where: { actorId: userId }, orderBy: { createdAt: 'asc' }, select: { id: true, setVersionId: true, details: true, createdAt: true } }),
    // Accounts a teacher made are other people's: only their number is the teacher's.
    db.user.count({ where: { createdById: userId } }),
    failureKeys.length
      ? db.signInFailure.findMany({ where: { key: { in: failureKeys } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }).then((rows) => rows.map((r) => r.createdAt))
      : Promise.resolve([]),
  ]);

  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now,
    profile,
    sessions,
    signInMethods,
    failedSignIns,
    student: { enrollments, extraTime, attempts, reviewCards, questionReports },
    teacher: { classes, articles, sets, regrades, createdStudentAccounts },
  };
}

/** The download's file name: newsquiz-data-<username>-<YYYY-MM-DD>.json, safe in a header. */
export function exportFileName(user: { username: string | null; email: string | null; id: string }, now: Date): string {
  const handle = (user.username ?? user.email?.split('@')[0] ?? user.id).toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'user';
  return `newsquiz-data-${handle}-${now.toISOString().slice(0, 10)}.json`;
}
