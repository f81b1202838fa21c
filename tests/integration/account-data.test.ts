import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentPasswordChecker } from '@/lib/account/current-password';
import { deleteAccount, deleteOwnAccount, describeAccountDeletion } from '@/lib/account/delete-account';
import { EXPORT_FORMAT, exportFileName, exportUserData } from '@/lib/account/export-user-data';
import { ActionError } from '@/lib/actions/run-guarded';
import { createAssignment, startAssignmentAttempt } from '@/lib/assignments/manage-assignments';
import { reportQuestion } from '@/lib/attempts/report-question';
import { startLibraryAttempt } from '@/lib/attempts/start-attempt';
import { createAuth, type Auth } from '@/lib/auth/create-auth';
import { createClass, getClassForTeacher } from '@/lib/classes/manage-classes';
import { joinClass } from '@/lib/classes/join-class';
import { recordOutcome } from '@/lib/review/record-outcome';
import { LIBRARY_OWNER_ID, seedContent } from '@/lib/seed/seed-content';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const BASE = 'http://localhost:3999';
const LIBRARY_SET = 'putin-north-korea-first-set';
const NOW = new Date('2026-05-04T10:00:00Z');

describe('your data: export and account deletion', () => {
  let db: TestDatabase;
  let auth: Auth;
  const ids: Record<string, string> = {};
  const sessionHeaders: Record<string, Headers> = {};

  /** Signs up through better-auth (so the account has a real password hash) and keeps the session cookie. */
  async function signUp(key: string, body: { name: string; email: string; password: string; role: 'student' | 'teacher'; username?: string }) {
    const { headers, response } = await auth.api.signUpEmail({ body, returnHeaders: true });
    const cookie = headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    sessionHeaders[key] = new Headers({ cookie });
    ids[key] = response.user.id;
  }

  /** A published set with two questions, owned by `ownerId`, made the way the seed stores them. */
  async function makeSet(ownerId: string, slug: string, visibility: 'public' | 'private', articleId: string | null) {
    const question = (n: number) => ({ lineageId: `${slug}-${n}`, position: n, type: 'true_false' as const, prompt: `${slug} statement ${n}`, options: {}, answerKey: { correct: true }, explanation: 'As the article says.', evidence: [], articleId });
    const set = await db.prisma.questionSet.create({
      data: { slug, ownerId, title: slug, visibility, status: 'published', versions: { create: { version: 1, contentHash: slug, publishedAt: NOW, questions: { create: [question(1), question(2)] } } } },
      select: { id: true, versions: { select: { id: true, questions: { orderBy: { position: 'asc' }, select: { id: true } } } } },
    });
    const version = set.versions[0]!;
    return { id: set.id, versionId: version.id, questionIds: version.questions.map((q) => q.id) };
  }

  async function answer(attemptId: string, questionId: string, userId: string, correct = false) {
    const response = await db.prisma.response.create({ data: { attemptId, questionId, answer: { kind: 'truth', value: !correct }, correct, score: correct ? 1 : 0, answeredAt: NOW }, select: { id: true } });
    await recordOutcome(db.prisma, { userId, questionId, score: correct ? 1 : 0, source: 'attempt', sourceId: response.id, now: NOW });
  }

  const countsFor = async (userId: string) => ({
    user: await db.prisma.user.count({ where: { id: userId } }),
    sessions: await db.prisma.session.count({ where: { userId } }),
    accounts: await db.prisma.account.count({ where: { userId } }),
    attempts: await db.prisma.attempt.count({ where: { userId } }),
    responses: await db.prisma.response.count({ where: { attempt: { userId } } }),
    cards: await db.prisma.reviewCard.count({ where: { userId } }),
    logs: await db.prisma.reviewLog.count({ where: { card: { userId } } }),
    reports: await db.prisma.questionReport.count({ where: { userId } }),
    enrollments: await db.prisma.enrollment.count({ where: { studentId: userId } }),
    classes: await db.prisma.class.count({ where: { teacherId: userId } }),
    sets: await db.prisma.questionSet.count({ where: { ownerId: userId } }),
    articles: await db.prisma.article.count({ where: { ownerId: userId } }),
  });

  let tomPublic: Awaited<ReturnType<typeof makeSet>>;
  let tomPrivate: Awaited<ReturnType<typeof makeSet>>;
  let tomWasPublic: Awaited<ReturnType<typeof makeSet>>;
  let tinaCopy: string;
  let sharedArticle: string;
  let privateArticle: string;
  let anaReview: string;
  let tinaAssignment: string;
  let libraryQuestions: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    auth = await createAuth(db, { baseUrl: BASE });
    await signUp('sue', { name: 'Sue Student', email: 'sue@example.org', username: 'sue10b', password: 'sue-password-1', role: 'student' });
    await signUp('ana', { name: 'Ana Student', email: 'ana@example.org', password: 'ana-password-1', role: 'student' });
    await signUp('tom', { name: 'Tom Teacher', email: 'tom@example.org', password: 'tom-password-1', role: 'teacher' });
    await db.prisma.user.createMany({
      data: [
        { id: 'tina', name: 'Tina Teacher', email: 'tina@example.org', role: 'teacher' },
        { id: 'kid', name: 'Kid Created', username: 'kid7', createdById: ids.tom! },
      ],
    });
    const sue = ids.sue!;
    const ana = ids.ana!;
    const tom = ids.tom!;

    // Library practice with a missed answer each (→ review card and log) and a report each.
    const library = await db.prisma.questionSet.findUniqueOrThrow({ where: { slug: LIBRARY_SET }, select: { versions: { take: 1, select: { questions: { orderBy: { position: 'asc' }, select: { id: true } } } } } });
    libraryQuestions = library.versions[0]!.questions.map((q) => q.id);
    for (const userId of [sue, ana]) {
      const attemptId = await startLibraryAttempt(db.prisma, { userId, setSlug: LIBRARY_SET, mode: 'practice' });
      await answer(attemptId, libraryQuestions[0]!, userId);
      await reportQuestion(db.prisma, { userId, questionId: libraryQuestions[0]!, reason: 'unclear', note: `${userId} found this unclear` });
    }

    // Tom's content: a public set (its article is shared), a private one, and one that was public
    // when Tina assigned it and is private now. Tina copied his private set.
    sharedArticle = (await db.prisma.article.create({ data: { title: 'Shared', text: 'Tom pasted this.', contentHash: 'a1', ownerId: tom } })).id;
    privateArticle = (await db.prisma.article.create({ data: { title: 'Private', text: 'Only for the private set.', contentHash: 'a2', ownerId: tom } })).id;
    tomPublic = await makeSet(tom, 'tom-public', 'public', sharedArticle);
    tomPrivate = await makeSet(tom, 'tom-private', 'private', privateArticle);
    tomWasPublic = await makeSet(tom, 'tom-was-public', 'public', null);
    tinaCopy = (await db.prisma.questionSet.create({ data: { slug: 'tina-copy', ownerId: 'tina', title: 'Copy', copiedFromId: tomPrivate.id } })).id;

    // Tom's class (Sue and Ana) with an assignment of his private set, which both answer.
    const tomClass = await createClass(db.prisma, { teacherId: tom, name: 'Tom 10B' });
    await joinClass(db.prisma, { studentId: sue, code: tomClass.code });
    await joinClass(db.prisma, { studentId: ana, code: tomClass.code });
    const base = { opensAt: new Date(NOW.getTime() - 3600_000), dueAt: null, attemptsAllowed: null, mode: 'practice' as const, reveal: 'after_each' as const, shuffle: false, timeLimitSec: null, latePolicy: 'accept_late' as const };
    const tomAssignment = await createAssignment(db.prisma, tom, { ...base, classId: tomClass.id, setSlug: 'tom-private' });
    for (const userId of [sue, ana]) {
      const attemptId = await startAssignmentAttempt(db.prisma, { studentId: userId, assignmentId: tomAssignment, now: NOW });
      await answer(attemptId, tomPrivate.questionIds[0]!, userId);
    }

    // Tina's class (Ana) with assignments of Tom's public set and of his once-public set.
    const tinaClass = await createClass(db.prisma, { teacherId: 'tina', name: 'Tina 9C' });
    await joinClass(db.prisma, { studentId: ana, code: tinaClass.code });
    tinaAssignment = await createAssignment(db.prisma, 'tina', { ...base, classId: tinaClass.id, setSlug: 'tom-public' });
    await createAssignment(db.prisma, 'tina', { ...base, classId: tinaClass.id, setSlug: 'tom-was-public' });
    await db.prisma.questionSet.update({ where: { id: tomWasPublic.id }, data: { visibility: 'private' } });
    await answer(await startAssignmentAttempt(db.prisma, { studentId: ana, assignmentId: tinaAssignment, now: NOW }), tomPublic.questionIds[0]!, ana);

    // Ana's review session started on a card of Tom's private set, and also answered a library card.
    anaReview = (
      await db.prisma.attempt.create({
        data: { userId: ana, kind: 'review', setVersionId: tomPrivate.versionId, mode: 'practice', reveal: 'after_each', seed: 1, questionIds: [tomPrivate.questionIds[0]!, libraryQuestions[0]!] },
      })
    ).id;
    await db.prisma.response.createMany({
      data: [
        { attemptId: anaReview, questionId: tomPrivate.questionIds[0]!, answer: { kind: 'truth', value: true }, correct: true, score: 1, answeredAt: NOW },
        { attemptId: anaReview, questionId: libraryQuestions[0]!, answer: { kind: 'truth', value: true }, correct: true, score: 1, answeredAt: new Date(NOW.getTime() + 1000) },
      ],
    });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('exports the caller’s own rows and nobody else’s, without password hashes, session tokens or secrets', async () => {
    const sue = ids.sue!;
    const data = (await exportUserData(db.prisma, { userId: sue, now: NOW }))!;
    expect(data).toMatchObject({ format: EXPORT_FORMAT, formatVersion: 1, exportedAt: NOW, profile: { id: sue, username: 'sue10b', email: 'sue@example.org', role: 'student' } });
    expect(data.student.attempts).toHaveLength(2);
    expect(data.student.attempts.flatMap((a) => a.responses)).toHaveLength(2);
    expect(data.student.reviewCards.map((c) => c.questionId).sort()).toEqual([libraryQuestions[0], tomPrivate.questionIds[0]].sort());
    expect(data.student.reviewCards.every((c) => c.logs.length > 0)).toBe(true);
    expect(data.student.questionReports).toMatchObject([{ reason: 'unclear', note: `${sue} found this unclear` }]);
    expect(data.student.enrollments).toMatchObject([{ class: { name: 'Tom 10B', teacher: { name: 'Tom Teacher' } } }]);
    expect(data.sessions).toHaveLength(1);
    expect(data.signInMethods).toMatchObject([{ providerId: 'credential', hasPassword: true }]);

    const json = JSON.stringify(data);
    const ana = ids.ana!;
    for (const attempt of await db.prisma.attempt.findMany({ where: { userId: ana }, select: { id: true } })) expect(json).not.toContain(attempt.id);
    expect(json).not.toContain('ana@example.org');
    expect(json).not.toContain(`${ana} found this unclear`);
    const secrets = await db.authPrisma.account.findFirstOrThrow({ where: { userId: sue }, select: { password: true } });
    const session = await db.authPrisma.session.findFirstOrThrow({ where: { userId: sue }, select: { token: true } });
    const authSecret = await db.prisma.appSetting.findUniqueOrThrow({ where: { key: 'auth_secret' } });
    expect(secrets.password).toBeTruthy();
    expect(json).not.toContain(secrets.password!);
    expect(json).not.toContain(session.token);
    expect(json).not.toContain(authSecret.value);
    expect(json).not.toMatch(/"(password|token|accessToken|refreshToken|idToken)"/);
    // The answer key of a question she answered is not hers to see through the export.
    expect(JSON.stringify(data.student)).not.toContain('answerKey');

    expect(exportFileName({ id: sue, username: 'sue10b', email: null }, NOW)).toBe('newsquiz-data-sue10b-2026-05-04.json');
    expect(exportFileName({ id: 'x', username: null, email: 'Tom.T@example.org' }, NOW)).toBe('newsquiz-data-tom-t-2026-05-04.json');
  });

  it('exports a teacher’s classes, assignments, articles and sets with versions, but not their students’ answers', async () => {
    const tom = ids.tom!;
    const data = (await exportUserData(db.prisma, { userId: tom, now: NOW }))!;
    expect(data.teacher.classes).toMatchObject([{ name: 'Tom 10B', _count: { enrollments: 2 }, assignments: [{ setVersion: { set: { slug: 'tom-private' } }, _count: { attempts: 2 } }] }]);
    expect(data.teacher.sets.map((s) => s.slug).sort()).toEqual(['tom-private', 'tom-public', 'tom-was-public']);
    expect(data.teacher.sets.every((s) => s.versions.length === 1 && s.versions[0]!.questions.length === 2)).toBe(true);
    expect(data.teacher.articles.map((a) => a.title).sort()).toEqual(['Private', 'Shared']);
    expect(data.teacher.createdStudentAccounts).toBe(1);
    const json = JSON.stringify(data);
    for (const attempt of await db.prisma.attempt.findMany({ where: { userId: { not: tom } }, select: { id: true } })) expect(json).not.toContain(attempt.id);
    expect(json).not.toContain('kid7');
    expect(json).not.toContain('sue@example.org');
  });

  it('refuses a wrong confirmation or password with a clear message and deletes nothing', async () => {
    const sue = ids.sue!;
    const before = await countsFor(sue);
    const checkPassword = currentPasswordChecker(auth, sessionHeaders.sue!);
    const attempt = (confirm: string, password?: string) => deleteOwnAccount(db.prisma, { userId: sue, confirm, password, checkPassword });
    await expect(attempt('sue10', 'sue-password-1')).rejects.toThrow('does not match your account');
    await expect(attempt('sue@example.org', 'sue-password-1')).rejects.toBeInstanceOf(ActionError);
    await expect(attempt('sue10b')).rejects.toThrow('Enter your current password');
    const wrong = await attempt('sue10b', 'not-her-password').catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ActionError);
    expect(wrong).toMatchObject({ message: 'That password is not right; nothing was deleted.', fieldErrors: { password: ['Wrong password.'] } });
    expect(await countsFor(sue)).toEqual(before);
    expect(before).toMatchObject({ user: 1, sessions: 1, accounts: 1, attempts: 2, responses: 2, cards: 2, reports: 1, enrollments: 1 });
  });

  it('deletes a student with everything of theirs and leaves everyone else’s data intact', async () => {
    const sue = ids.sue!;
    const ana = ids.ana!;
    const anaBefore = await countsFor(ana);
    const tomClass = await db.prisma.class.findFirstOrThrow({ where: { teacherId: ids.tom! }, select: { id: true } });
    // Typed in another case, with spaces: the username is matched as an identifier.
    await deleteOwnAccount(db.prisma, { userId: sue, confirm: ' SUE10B ', password: 'sue-password-1', checkPassword: currentPasswordChecker(auth, sessionHeaders.sue!) });
    expect(await countsFor(sue)).toEqual({ user: 0, sessions: 0, accounts: 0, attempts: 0, responses: 0, cards: 0, logs: 0, reports: 0, enrollments: 0, classes: 0, sets: 0, articles: 0 });
    expect(await db.prisma.signInFailure.count({ where: { key: { in: ['account:sue10b', 'account:sue@example.org'] } } })).toBe(0);
    expect(await auth.api.getSession({ headers: sessionHeaders.sue! })).toBeNull();
    expect(await countsFor(ana)).toEqual(anaBefore);
    expect((await getClassForTeacher(db.prisma, { teacherId: ids.tom!, classId: tomClass.id }))!.students.map((s) => s.name)).toEqual(['Ana Student']);
    expect(await exportUserData(db.prisma, { userId: sue })).toBeNull();
  });

  it('deletes a teacher atomically: a failure half-way leaves everything as it was', async () => {
    const tom = ids.tom!;
    const before = await countsFor(tom);
    // Make the last statement (deleting the user row) fail.
    await db.executeScript(`
      CREATE FUNCTION refuse_delete() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_delete BEFORE DELETE ON "user" FOR EACH ROW WHEN (OLD.id = '${tom}') EXECUTE FUNCTION refuse_delete();
    `);
    try {
      await expect(deleteAccount(db.prisma, { userId: tom })).rejects.toThrow();
    } finally {
      await db.executeScript('DROP TRIGGER refuse_delete ON "user"; DROP FUNCTION refuse_delete();');
    }
    expect(await countsFor(tom)).toEqual(before);
    expect(await db.prisma.questionSet.count({ where: { ownerId: LIBRARY_OWNER_ID, slug: { startsWith: 'tom-' } } })).toBe(0);
    expect((await db.prisma.attempt.findUniqueOrThrow({ where: { id: anaReview } })).setVersionId).toBe(tomPrivate.versionId);
  });

  it('deletes a teacher’s classes, assignments and private sets; sets others rely on move to the library', async () => {
    const tom = ids.tom!;
    const ana = ids.ana!;
    expect(await describeAccountDeletion(db.prisma, { userId: tom })).toMatchObject({ classes: 1, keptSets: 2, deletedSets: 1, hasPassword: true });
    const anaAttemptsBefore = await db.prisma.attempt.count({ where: { userId: ana } });
    await expect(deleteOwnAccount(db.prisma, { userId: tom, confirm: 'tom', password: 'tom-password-1', checkPassword: currentPasswordChecker(auth, sessionHeaders.tom!) })).rejects.toThrow('does not match');
    await deleteOwnAccount(db.prisma, { userId: tom, confirm: 'tom@example.org', password: 'tom-password-1', checkPassword: currentPasswordChecker(auth, sessionHeaders.tom!) });

    expect(await countsFor(tom)).toMatchObject({ user: 0, sessions: 0, accounts: 0, classes: 0, sets: 0, articles: 0 });
    expect(await db.prisma.class.count({ where: { name: 'Tom 10B' } })).toBe(0);
    expect(await db.prisma.assignment.count({ where: { class: { name: 'Tom 10B' } } })).toBe(0);
    expect(await db.prisma.enrollment.count({ where: { studentId: ana } })).toBe(1);
    // The private set is gone with its questions, and Ana's answers and card on it.
    expect(await db.prisma.questionSet.count({ where: { id: tomPrivate.id } })).toBe(0);
    expect(await db.prisma.question.count({ where: { id: { in: tomPrivate.questionIds } } })).toBe(0);
    expect(await db.prisma.reviewCard.count({ where: { userId: ana, questionId: { in: tomPrivate.questionIds } } })).toBe(0);
    expect(await db.prisma.questionSet.findUniqueOrThrow({ where: { id: tinaCopy }, select: { copiedFromId: true } })).toEqual({ copiedFromId: null });
    expect(await db.prisma.article.count({ where: { id: privateArticle } })).toBe(0);
    // The public set and the once-public set Tina assigned stay, owned by the library, versions intact.
    const kept = await db.prisma.questionSet.findMany({ where: { id: { in: [tomPublic.id, tomWasPublic.id] } }, select: { ownerId: true, visibility: true, versions: { select: { questions: { select: { id: true, articleId: true } } } } } });
    expect(kept.map((s) => s.ownerId)).toEqual([LIBRARY_OWNER_ID, LIBRARY_OWNER_ID]);
    expect(kept.flatMap((s) => s.versions.flatMap((v) => v.questions))).toHaveLength(4);
    expect(await db.prisma.article.findUniqueOrThrow({ where: { id: sharedArticle }, select: { ownerId: true } })).toEqual({ ownerId: null });
    expect(await db.prisma.question.count({ where: { id: tomPublic.questionIds[0]!, articleId: sharedArticle } })).toBe(1);
    // Tina's class, her assignments and Ana's work on them are untouched.
    expect(await db.prisma.assignment.count({ where: { class: { teacherId: 'tina' } } })).toBe(2);
    expect(await db.prisma.attempt.count({ where: { assignmentId: tinaAssignment, userId: ana } })).toBe(1);
    // Ana lost only her attempt at Tom's assignment; her review session now points at a version that
    // stays, with her library answer in it.
    expect(await db.prisma.attempt.count({ where: { userId: ana } })).toBe(anaAttemptsBefore - 1);
    const review = await db.prisma.attempt.findUniqueOrThrow({ where: { id: anaReview }, select: { setVersion: { select: { set: { select: { slug: true } } } }, responses: { select: { questionId: true } } } });
    expect(review).toEqual({ setVersion: { set: { slug: LIBRARY_SET } }, responses: [{ questionId: libraryQuestions[0] }] });
    // The student account Tom created keeps working, without a creator.
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: 'kid' }, select: { createdById: true } })).toEqual({ createdById: null });
    expect(await db.prisma.user.count({ where: { id: { in: [ana, 'tina'] } } })).toBe(2);
  });
});
