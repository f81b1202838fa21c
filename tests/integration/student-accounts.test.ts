import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/run-guarded';
import { NotFoundError } from '@/lib/attempts/start-attempt';
import { createAuth, type Auth } from '@/lib/auth/create-auth';
import { createClass, getClassForTeacher } from '@/lib/classes/manage-classes';
import { createStudentAccounts, listResettableStudentIds, resetStudentPassword } from '@/lib/classes/student-accounts';
import { allocateUsername, usernameBase } from '@/lib/classes/student-credentials';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const BASE = 'http://localhost:3999';

describe('teacher-created student accounts', () => {
  let db: TestDatabase;
  let auth: Auth;

  beforeAll(async () => {
    db = await createTestDatabase();
    auth = await createAuth(db, { baseUrl: BASE });
    await db.prisma.user.createMany({
      data: [
        { id: 'tom', name: 'Tom Teacher', email: 'tom@example.org', role: 'teacher' },
        { id: 'tina', name: 'Tina Teacher', email: 'tina@example.org', role: 'teacher' },
        { id: 'sue', name: 'Sue Student', email: 'sue@example.org' },
      ],
    });
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** Signs in through better-auth as the sign-in form does; the status and the session cookie. */
  async function signIn(username: string, password: string): Promise<{ status: number; cookie?: string }> {
    try {
      const { headers } = await auth.api.signInUsername({ body: { username, password }, returnHeaders: true });
      return { status: 200, cookie: headers.get('set-cookie')?.split(';')[0] };
    } catch (error) {
      return { status: (error as { statusCode: number }).statusCode };
    }
  }

  it('derives lower-case ASCII usernames with accents folded, numbered when taken', () => {
    expect(usernameBase('María José López')).toBe('maria.jose.lopez');
    expect(usernameBase("  Seán O'Brien-Łukasz ")).toBe('sean.obrien.lukasz');
    expect(usernameBase('Jürgen Straße')).toBe('jurgen.strasse');
    expect(usernameBase('王芳')).toBe('student');
    expect(usernameBase('Bartholomew Maximilian Fitzgerald-Worthington')).toBe('bartholomew.maximilian');
    const taken = new Set(['maria.lopez']);
    expect(['maria.lopez', 'maria.lopez', 'li', 'li', 'x'].map((b) => allocateUsername(b, taken))).toEqual(['maria.lopez2', 'maria.lopez3', 'li1', 'li2', 'x10']);
  });

  it('creates enrolled accounts that sign in with username and password; blank lines ignored, duplicates distinct', async () => {
    const { id: classId } = await createClass(db.prisma, { teacherId: 'tom', name: '10B' });
    const cards = await createStudentAccounts(db.prisma, { teacherId: 'tom', classId, names: ['María López', '', '   ', 'Maria Lopez', ' Ben  Ng '] });
    expect(cards.map((c) => [c.name, c.username])).toEqual([
      ['María López', 'maria.lopez'],
      ['Maria Lopez', 'maria.lopez2'],
      ['Ben Ng', 'ben.ng'],
    ]);
    for (const card of cards) expect(card.password).toMatch(/^[a-z]+-[a-z]+-[a-z]+-\d\d$/);

    for (const card of cards) {
      const result = await signIn(card.username, card.password);
      expect(result.status, card.username).toBe(200);
      expect(result.cookie).toMatch(/session_token=/);
    }
    // Usernames are case-insensitive at sign-in, as typed from a card.
    expect((await signIn('Ben.Ng', cards[2]!.password)).status).toBe(200);
    expect((await signIn('ben.ng', 'wrong-password-00')).status).toBe(401);

    const users = await db.prisma.user.findMany({ where: { username: { in: cards.map((c) => c.username) } }, orderBy: { username: 'asc' } });
    expect(users.map((u) => [u.name, u.role, u.createdById, u.email])).toEqual([
      ['Ben Ng', 'student', 'tom', null],
      ['María López', 'student', 'tom', null],
      ['Maria Lopez', 'student', 'tom', null],
    ]);
    // Only scrypt hashes are stored, never the password itself.
    const accounts = await db.authPrisma.account.findMany({ where: { userId: { in: users.map((u) => u.id) } } });
    expect(accounts).toHaveLength(3);
    for (const a of accounts) {
      expect(a.providerId).toBe('credential');
      expect(cards.some((c) => a.password!.includes(c.password))).toBe(false);
    }
    const detail = (await getClassForTeacher(db.prisma, { teacherId: 'tom', classId }))!;
    expect(detail.students.map((s) => s.login).sort()).toEqual(['ben.ng', 'maria.lopez', 'maria.lopez2']);
  });

  it('keeps usernames unique across batches and classes', async () => {
    const { id: classId } = await createClass(db.prisma, { teacherId: 'tina', name: '9C' });
    const cards = await createStudentAccounts(db.prisma, { teacherId: 'tina', classId, names: ['Maria Lopez', 'Ben Ng'] });
    expect(cards.map((c) => c.username)).toEqual(['maria.lopez3', 'ben.ng2']);
    expect((await signIn('maria.lopez3', cards[0]!.password)).status).toBe(200);
  });

  it('refuses another teacher’s class, bad lists and archived classes, creating nothing', async () => {
    const { id: classId } = await createClass(db.prisma, { teacherId: 'tom', name: '11A' });
    const before = await db.prisma.user.count();
    await expect(createStudentAccounts(db.prisma, { teacherId: 'tina', classId, names: ['Eve Intruder'] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createStudentAccounts(db.prisma, { teacherId: 'tom', classId, names: ['', '  '] })).rejects.toThrow('Enter at least one name');
    await expect(createStudentAccounts(db.prisma, { teacherId: 'tom', classId, names: Array.from({ length: 101 }, (_, i) => `Student ${i}`) })).rejects.toThrow('At most 100 names');
    await expect(createStudentAccounts(db.prisma, { teacherId: 'tom', classId, names: ['Ok Name', 'x'.repeat(81)] })).rejects.toThrow('longer than 80 characters');
    await db.prisma.class.update({ where: { id: classId }, data: { archived: true } });
    await expect(createStudentAccounts(db.prisma, { teacherId: 'tom', classId, names: ['Late Comer'] })).rejects.toThrow('archived');
    expect(await db.prisma.user.count()).toBe(before);
    expect(await db.prisma.account.count({ where: { user: { name: { in: ['Eve Intruder', 'Ok Name', 'Late Comer'] } } } })).toBe(0);
    expect(await db.prisma.enrollment.count({ where: { classId } })).toBe(0);
  });

  it('is all or nothing: a failure part-way leaves no accounts behind', async () => {
    const { id: classId } = await createClass(db.prisma, { teacherId: 'tom', name: '12D' });
    const before = await db.prisma.user.count();
    // The class disappears between the ownership check and the insert: the enrolments fail, so the users must roll back.
    const racing = new Proxy(db.prisma, {
      get(target, key, receiver) {
        if (key === '$transaction') {
          return async (ops: unknown) => {
            await db.prisma.class.delete({ where: { id: classId } });
            return target.$transaction(ops as never);
          };
        }
        return Reflect.get(target, key, receiver);
      },
    });
    // P2003: the enrolment's foreign key, i.e. the last statement of the batch failed after the users were inserted.
    await expect(createStudentAccounts(racing, { teacherId: 'tom', classId, names: ['Ann A', 'Bob B'] })).rejects.toMatchObject({ code: 'P2003' });
    expect(await db.prisma.user.count()).toBe(before);
  });

  it('handles a full batch of 100', async () => {
    const { id: classId } = await createClass(db.prisma, { teacherId: 'tom', name: 'Year 7' });
    const cards = await createStudentAccounts(db.prisma, { teacherId: 'tom', classId, names: Array.from({ length: 100 }, () => 'Sam Smith') });
    expect(new Set(cards.map((c) => c.username)).size).toBe(100);
    expect(cards.at(-1)!.username).toBe('sam.smith100');
    expect(await db.prisma.enrollment.count({ where: { classId } })).toBe(100);
    expect((await signIn('sam.smith57', cards[56]!.password)).status).toBe(200);
  });

  it('resets a password: the new one works, the old one fails, old sessions are gone', async () => {
    const { id: classId } = await createClass(db.prisma, { teacherId: 'tom', name: 'Reset class' });
    const [card] = await createStudentAccounts(db.prisma, { teacherId: 'tom', classId, names: ['Zoë Forgetful'] });
    const student = await db.prisma.user.findUniqueOrThrow({ where: { username: card!.username } });
    const session = await signIn(card!.username, card!.password);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: session.cookie! }) })).toMatchObject({ user: { id: student.id } });
    // Locked out by too many wrong guesses before asking the teacher.
    for (let i = 0; i < 5; i++) expect((await signIn(card!.username, `guess-${i}-guess`)).status).toBe(401);

    const fresh = await resetStudentPassword(db.prisma, { teacherId: 'tom', classId, studentId: student.id });
    expect(fresh).toMatchObject({ name: 'Zoë Forgetful', username: 'zoe.forgetful' });
    expect(fresh.password).not.toBe(card!.password);

    expect(await db.prisma.session.count({ where: { userId: student.id } })).toBe(0);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: session.cookie! }) })).toBeNull();
    expect((await signIn(card!.username, card!.password)).status).toBe(401);
    expect((await signIn(card!.username, fresh.password)).status).toBe(200);
    expect(await listResettableStudentIds(db.prisma, { teacherId: 'tom', classId })).toEqual([student.id]);
  });

  it('refuses a reset outside the teacher’s class or of a self-registered account, changing nothing', async () => {
    const { id: tomsClass, code } = await createClass(db.prisma, { teacherId: 'tom', name: 'Mixed class' });
    const { id: tinasClass } = await createClass(db.prisma, { teacherId: 'tina', name: 'Tina’s class' });
    const [card] = await createStudentAccounts(db.prisma, { teacherId: 'tom', classId: tomsClass, names: ['Kept Safe'] });
    const kept = await db.prisma.user.findUniqueOrThrow({ where: { username: card!.username } });
    await db.prisma.enrollment.create({ data: { classId: tomsClass, studentId: 'sue' } });
    expect(code).toBeTruthy();

    // Tina's own class, but the student is not in it.
    await expect(resetStudentPassword(db.prisma, { teacherId: 'tina', classId: tinasClass, studentId: kept.id })).rejects.toThrow('not in this class');
    // Tom's class, asked by Tina.
    await expect(resetStudentPassword(db.prisma, { teacherId: 'tina', classId: tomsClass, studentId: kept.id })).rejects.toBeInstanceOf(NotFoundError);
    // Sue signed up with her own email: her password is hers.
    await expect(resetStudentPassword(db.prisma, { teacherId: 'tom', classId: tomsClass, studentId: 'sue' })).rejects.toBeInstanceOf(ActionError);
    expect(await listResettableStudentIds(db.prisma, { teacherId: 'tom', classId: tomsClass })).toEqual([kept.id]);
    expect(await listResettableStudentIds(db.prisma, { teacherId: 'tina', classId: tomsClass })).toEqual([]);

    expect((await signIn(card!.username, card!.password)).status).toBe(200);
  });
});
