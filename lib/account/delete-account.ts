import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { ActionError } from '@/lib/actions/run-guarded';
import { checkSignInThrottle, clearAccountFailures, recordSignInFailure } from '@/lib/auth/sign-in-throttle';
import { throttleKeys } from '@/lib/auth/throttle-decision';
import type { AppPrisma } from '@/lib/db/open-database';
import { LIBRARY_OWNER_ID } from '@/lib/seed/library-owner';

/**
 * A teacher's set outlives their account (it moves to the library owner, who cannot sign in) when
 * other people rely on it: it is in the public library, or another teacher's assignment or another
 * user's own practice uses one of its versions. Every other set of theirs is deleted.
 */
function setsOthersRelyOn(userId: string): Prisma.QuestionSetWhereInput {
  const elsewhere = { OR: [{ assignmentId: null }, { assignment: { class: { teacherId: { not: userId } } } }] };
  return {
    ownerId: userId,
    OR: [
      { visibility: 'public', status: 'published' },
      { versions: { some: { assignments: { some: { class: { teacherId: { not: userId } } } } } } },
      { versions: { some: { attempts: { some: { userId: { not: userId }, kind: 'quiz', ...elsewhere } } } } },
    ],
  };
}

/** What deleting this account will do, for the confirmation page. */
export async function describeAccountDeletion(db: AppPrisma, { userId }: { userId: string }) {
  const [classes, keptSets, deletedSets, attempts, reviewCards, hasPassword] = await Promise.all([
    db.class.count({ where: { teacherId: userId } }),
    db.questionSet.count({ where: setsOthersRelyOn(userId) }),
    db.questionSet.count({ where: { ownerId: userId, NOT: setsOthersRelyOn(userId) } }),
    db.attempt.count({ where: { userId } }),
    db.reviewCard.count({ where: { userId } }),
    accountHasPassword(db, userId),
  ]);
  return { classes, keptSets, deletedSets, attempts, reviewCards, hasPassword };
}

export async function accountHasPassword(db: AppPrisma, userId: string): Promise<boolean> {
  return (await db.account.count({ where: { userId, password: { not: null } } })) > 0;
}

/**
 * Deletes the account and everything that is only theirs, in one transaction: nothing is left half
 * deleted if any statement fails. The statements are filters on the user's id, not lists read
 * beforehand, so rows created meanwhile are caught too. The order matters because attempts and
 * assignments RESTRICT the deletion of the set version they use.
 */
export async function deleteAccount(db: AppPrisma, { userId }: { userId: string }): Promise<void> {
  if (userId === LIBRARY_OWNER_ID) throw new ActionError('The library owner cannot be deleted.', 403);
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, username: true } });
  if (!user) throw new ActionError('That account no longer exists.', 404);
  const failureKeys = [user.email, user.username].flatMap((id) => (id ? throttleKeys(id, undefined) : []));
  const ownedSetVersion = { set: { ownerId: userId } };

  await db.$transaction([
    // The owner that kept sets move to (normally created by the seed).
    db.user.createMany({ data: [{ id: LIBRARY_OWNER_ID, name: 'newsquiz library', role: 'library' }], skipDuplicates: true }),
    db.questionSet.updateMany({ where: setsOthersRelyOn(userId), data: { ownerId: LIBRARY_OWNER_ID } }),
    // Articles behind questions of a set that stays become library content (owner null), so its evidence keeps working.
    db.article.updateMany({ where: { ownerId: userId, questions: { some: { setVersion: { set: { ownerId: { not: userId } } } } } }, data: { ownerId: null } }),
    // Another student's review session points at the version of its first card; when that version is
    // going, point it at the version of another answer of theirs, so their other answers survive.
    db.$executeRaw`
      UPDATE "attempt" AS a SET "set_version_id" = (
        SELECT q."set_version_id" FROM "response" r
        JOIN "question" q ON q."id" = r."question_id"
        JOIN "set_version" v ON v."id" = q."set_version_id"
        JOIN "question_set" s ON s."id" = v."set_id"
        WHERE r."attempt_id" = a."id" AND s."owner_id" <> ${userId}
        ORDER BY r."answered_at" LIMIT 1)
      WHERE a."kind" = 'review' AND a."user_id" <> ${userId}
        AND a."set_version_id" IN (SELECT v."id" FROM "set_version" v JOIN "question_set" s ON s."id" = v."set_id" WHERE s."owner_id" = ${userId})
        AND EXISTS (
          SELECT 1 FROM "response" r
          JOIN "question" q ON q."id" = r."question_id"
          JOIN "set_version" v ON v."id" = q."set_version_id"
          JOIN "question_set" s ON s."id" = v."set_id"
          WHERE r."attempt_id" = a."id" AND s."owner_id" <> ${userId})`,
    // Their own attempts, their classes' attempts, and any left on versions of the sets being deleted.
    db.attempt.deleteMany({ where: { OR: [{ userId }, { assignment: { class: { teacherId: userId } } }, { setVersion: ownedSetVersion }] } }),
    // Cascades to the classes' enrolments, join codes, assignments and extra time.
    db.class.deleteMany({ where: { teacherId: userId } }),
    // Cascades to versions, questions, and everyone's responses, review cards, reports and regrade logs on them.
    db.questionSet.deleteMany({ where: { ownerId: userId } }),
    db.article.deleteMany({ where: { ownerId: userId } }),
    ...(failureKeys.length ? [db.signInFailure.deleteMany({ where: { key: { in: failureKeys } } })] : []),
    // better-auth's password-reset tokens carry the user's id as their value.
    db.verification.deleteMany({ where: { OR: [{ value: userId }, ...(user.email ? [{ identifier: user.email }] : [])] } }),
    // Cascades to sessions, accounts, enrolments, review cards (and logs), reports and extra time;
    // accounts this teacher created for students stay, without a creator.
    db.user.delete({ where: { id: userId } }),
  ]);
}

export type DeletionConfirmation = {
  userId: string;
  /** What the user typed: their username (or email, for an account without one). */
  confirm: string;
  password?: string;
  /** Checks the signed-in user's current password (better-auth's check, injected for tests). */
  checkPassword: (password: string) => Promise<boolean>;
};

/** The name a user retypes to confirm: their username, or their email when they have none. */
export function confirmationName(user: { username: string | null; email: string | null }): string {
  return user.username ?? user.email ?? '';
}

/**
 * Deletes the account after the user retyped their name and, if the account has a password, gave it.
 * A wrong confirmation is refused with a message for the field and deletes nothing. Wrong passwords
 * count towards the sign-in throttle, so this form is no way round it.
 */
export async function deleteOwnAccount(db: AppPrisma, { userId, confirm, password, checkPassword }: DeletionConfirmation): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, username: true } });
  if (!user) throw new ActionError('That account no longer exists.', 404);
  const expected = confirmationName(user);
  if (!expected || confirm.trim().toLowerCase() !== expected.toLowerCase()) {
    throw new ActionError('The name you typed does not match your account; nothing was deleted.', 400, { confirm: [`Type ${expected} exactly.`] });
  }
  if (await accountHasPassword(db, userId)) {
    if (!password) throw new ActionError('Enter your current password to delete your account.', 400, { password: ['Enter your current password.'] });
    const decision = await checkSignInThrottle(db, { identifier: expected });
    if (!decision.allowed) throw new ActionError(`Too many wrong passwords. Try again in ${Math.ceil(decision.retryAfterSec / 60)} minutes.`, 429);
    if (!(await checkPassword(password))) {
      await recordSignInFailure(db, { identifier: expected });
      throw new ActionError('That password is not right; nothing was deleted.', 400, { password: ['Wrong password.'] });
    }
    await clearAccountFailures(db, expected);
  }
  await deleteAccount(db, { userId });
}
