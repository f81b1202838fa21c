import 'server-only';
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { Prisma } from '@/generated/prisma/client';
import { ActionError } from '@/lib/actions/run-guarded';
import { NotFoundError } from '@/lib/attempts/start-attempt';
import { throttleKeys } from '@/lib/auth/throttle-decision';
import type { AppPrisma } from '@/lib/db/open-database';
import { allocateUsername, newStudentPassword, usernameBase } from './student-credentials';

// Student accounts a teacher makes for a class: username + password, no email. The rows are written
// here rather than through better-auth's sign-up (which needs an email), with better-auth's own
// default hasher, so sign-in verifies them as it does any password (the integration test signs in).
// Passwords leave this module once, in the returned cards; only their hashes are stored.

export const MAX_NAMES_PER_BATCH = 100;
export const MAX_NAME_LENGTH = 80;

export type StudentCard = { name: string; username: string; password: string };

/** One name per entry, spaces tidied; blank entries (empty lines) are dropped. */
export function cleanNames(names: string[]): string[] {
  return names.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Why a list of names cannot be used, or null when it can. */
export function namesProblem(names: string[]): string | null {
  if (names.length === 0) return 'Enter at least one name, one per line.';
  if (names.length > MAX_NAMES_PER_BATCH) return `At most ${MAX_NAMES_PER_BATCH} names at a time; this list has ${names.length}.`;
  const long = names.findIndex((n) => n.length > MAX_NAME_LENGTH);
  if (long >= 0) return `Name ${long + 1} (“${names[long]!.slice(0, 20)}…”) is longer than ${MAX_NAME_LENGTH} characters.`;
  return null;
}

async function ownClass(db: AppPrisma, teacherId: string, classId: string) {
  const found = await db.class.findFirst({ where: { id: classId, teacherId }, select: { id: true, archived: true } });
  if (!found) throw new NotFoundError('That class was not found.');
  return found;
}

/** Usernames for the names, free now among all accounts and distinct within the batch. */
async function freeUsernames(db: AppPrisma, names: string[]): Promise<string[]> {
  const bases = names.map(usernameBase);
  const existing = await db.user.findMany({
    where: { OR: [...new Set(bases)].map((base) => ({ username: { startsWith: base } })) },
    select: { username: true },
  });
  const taken = new Set(existing.map((u) => u.username).filter((u): u is string => u !== null));
  return bases.map((base) => allocateUsername(base, taken));
}

/**
 * scrypt runs in libuv's small thread pool (4 threads): two at a time is faster than all at once
 * (which thrashes memory) and leaves threads for other people's sign-ins meanwhile.
 */
async function hashAll(passwords: string[], concurrency = 2): Promise<string[]> {
  const hashes: string[] = new Array(passwords.length);
  let next = 0;
  const worker = async () => {
    while (next < passwords.length) {
      const i = next++;
      hashes[i] = await hashPassword(passwords[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, passwords.length) }, worker));
  return hashes;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Creates one student account per name, enrolled in the teacher's class, all or none. Returns the
 * sign-in cards; this is the only time the passwords exist in plain text.
 */
export async function createStudentAccounts(
  db: AppPrisma,
  { teacherId, classId, names }: { teacherId: string; classId: string; names: string[] },
): Promise<StudentCard[]> {
  const cleaned = cleanNames(names);
  const problem = namesProblem(cleaned);
  if (problem) throw new ActionError(problem, 400, { names: [problem] });
  const own = await ownClass(db, teacherId, classId);
  if (own.archived) throw new ActionError('This class is archived. Restore it to add students.', 409);

  const passwords = cleaned.map(() => newStudentPassword());
  const hashes = await hashAll(passwords);
  // A batch made at the same moment may take a username between our read and our insert; the
  // transaction then fails as a whole and we pick again.
  for (let attempt = 1; ; attempt++) {
    const usernames = await freeUsernames(db, cleaned);
    const ids = cleaned.map(() => randomUUID());
    try {
      await db.$transaction([
        db.user.createMany({
          data: cleaned.map((name, i) => ({ id: ids[i]!, name, username: usernames[i]!, displayUsername: usernames[i]!, role: 'student' as const, createdById: teacherId })),
        }),
        db.account.createMany({ data: ids.map((userId, i) => ({ id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: hashes[i]! })) }),
        db.enrollment.createMany({ data: ids.map((studentId) => ({ classId, studentId })) }),
      ]);
      return cleaned.map((name, i) => ({ name, username: usernames[i]!, password: passwords[i]! }));
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

// Which passwords a teacher may reset: those of username-only accounts (made by a teacher, with
// no email) enrolled in one of their classes, whichever teacher made them, since students forget
// passwords and a class may change hands. A student who signed up with their own email owns that
// account (it may be in other classes too); a teacher resetting it could take it over, so no.
const resettable = { email: null, username: { not: null } } satisfies Prisma.UserWhereInput;

/** Ids of the class's students whose password the teacher may reset (for the roster's buttons). */
export async function listResettableStudentIds(db: AppPrisma, { teacherId, classId }: { teacherId: string; classId: string }): Promise<string[]> {
  const rows = await db.enrollment.findMany({ where: { classId, class: { teacherId }, student: resettable }, select: { studentId: true } });
  return rows.map((r) => r.studentId);
}

/**
 * Gives a teacher-made student account of the teacher's class a new password, signs the student
 * out everywhere and forgives earlier failed sign-ins (a locked-out student can use it at once).
 */
export async function resetStudentPassword(
  db: AppPrisma,
  { teacherId, classId, studentId }: { teacherId: string; classId: string; studentId: string },
): Promise<StudentCard> {
  await ownClass(db, teacherId, classId);
  const enrolled = await db.enrollment.findUnique({
    where: { classId_studentId: { classId, studentId } },
    select: { student: { select: { id: true, name: true, username: true, email: true } } },
  });
  if (!enrolled) throw new NotFoundError('That student is not in this class.');
  const { student } = enrolled;
  if (student.email !== null || student.username === null) {
    throw new ActionError(`${student.name} signed up with their own email address, so only they can change their password.`, 403);
  }
  const password = newStudentPassword();
  const hash = await hashPassword(password);
  const credential = await db.account.findFirst({ where: { userId: student.id, providerId: 'credential' }, select: { id: true } });
  const failureKeys = throttleKeys(student.username, undefined);
  await db.$transaction([
    credential
      ? db.account.update({ where: { id: credential.id }, data: { password: hash } })
      : db.account.create({ data: { id: randomUUID(), accountId: student.id, providerId: 'credential', userId: student.id, password: hash } }),
    db.session.deleteMany({ where: { userId: student.id } }),
    db.signInFailure.deleteMany({ where: { key: { in: failureKeys } } }),
  ]);
  return { name: student.name, username: student.username, password };
}
