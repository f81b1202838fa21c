import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/run-guarded';
import { createAssignment, listStudentAssignments, resetStudentAttempts, startAssignmentAttempt, type AssignmentInput } from '@/lib/assignments/manage-assignments';
import { loadOwnAttempt } from '@/lib/attempts/load-attempt';
import { toPlayerAttempt } from '@/lib/attempts/player-dto';
import { NotFoundError } from '@/lib/attempts/start-attempt';
import { submitAnswer } from '@/lib/attempts/submit-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { joinClass } from '@/lib/classes/join-class';
import { createClass } from '@/lib/classes/manage-classes';
import { seedContent } from '@/lib/seed/seed-content';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const HOUR = 3_600_000;

describe('assignments', () => {
  let db: TestDatabase;
  let classId: string;
  const t0 = new Date('2026-04-01T08:00:00Z');
  const base = (over: Partial<AssignmentInput> = {}): AssignmentInput => ({
    classId,
    setSlug: 'putin-north-korea-whos-who',
    opensAt: t0,
    dueAt: new Date(t0.getTime() + 48 * HOUR),
    attemptsAllowed: 1,
    mode: 'test',
    reveal: 'after_due',
    shuffle: true,
    timeLimitSec: null,
    latePolicy: 'accept_late',
    ...over,
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    await db.prisma.user.createMany({
      data: [
        { id: 'tess', name: 'Tess', email: 'tess@example.org', role: 'teacher' },
        { id: 'otto', name: 'Otto', email: 'otto@example.org', role: 'teacher' },
        { id: 'stu', name: 'Stu', email: 'stu@example.org' },
        { id: 'out', name: 'Outsider', email: 'out@example.org' },
      ],
    });
    const c = await createClass(db.prisma, { teacherId: 'tess', name: '9C' });
    classId = c.id;
    await joinClass(db.prisma, { studentId: 'stu', code: c.code });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('refuses a due date before the open date, another teacher’s class, and after-due without a due date', async () => {
    await expect(createAssignment(db.prisma, 'tess', base({ dueAt: new Date(t0.getTime() - HOUR) }))).rejects.toThrow('due date must be after');
    await expect(createAssignment(db.prisma, 'otto', base())).rejects.toBeInstanceOf(NotFoundError);
    await expect(createAssignment(db.prisma, 'tess', base({ dueAt: null }))).rejects.toBeInstanceOf(ActionError);
    expect(await db.prisma.assignment.count()).toBe(0);
  });

  it('gives the student a status, one attempt, and no answers before the due date (after-due reveal)', async () => {
    const id = await createAssignment(db.prisma, 'tess', base());
    const at = new Date(t0.getTime() + HOUR);
    expect((await listStudentAssignments(db.prisma, { studentId: 'stu', now: at }))[0]).toMatchObject({ id, status: 'not started', open: true });
    await expect(startAssignmentAttempt(db.prisma, { studentId: 'out', assignmentId: id, now: at })).rejects.toBeInstanceOf(NotFoundError);
    const [first, again] = await Promise.all([startAssignmentAttempt(db.prisma, { studentId: 'stu', assignmentId: id, now: at }), startAssignmentAttempt(db.prisma, { studentId: 'stu', assignmentId: id, now: at })]);
    expect(again).toBe(first);
    expect((await listStudentAssignments(db.prisma, { studentId: 'stu', now: at }))[0]!.status).toBe('in progress');
    const loaded = (await loadOwnAttempt(db.prisma, { attemptId: first, userId: 'stu' }))!;
    const q = loaded.questions.find((x) => x.type === 'multiple_choice')!;
    const optionId = (q.options as { choices: { id: string }[] }).choices[0]!.id;
    await submitAnswer(db.prisma, { attemptId: first, userId: 'stu', questionId: q.id, answer: { kind: 'choice', optionId }, now: at });
    await submitAttempt(db.prisma, { attemptId: first, userId: 'stu', now: at });
    const beforeDue = toPlayerAttempt((await loadOwnAttempt(db.prisma, { attemptId: first, userId: 'stu' }))!, at);
    expect(JSON.stringify(beforeDue)).not.toMatch(/correctText|correctOptionId|explanation/);
    const afterDue = toPlayerAttempt((await loadOwnAttempt(db.prisma, { attemptId: first, userId: 'stu' }))!, new Date(t0.getTime() + 49 * HOUR));
    expect(afterDue.responses[q.id]?.reveal?.correctText).toBeTruthy();
    expect((await listStudentAssignments(db.prisma, { studentId: 'stu', now: at }))[0]!.status).toBe('submitted');
    // The review deck waits for the due date too: nothing enters before it, everything missed after.
    const { syncRevealedAttempts } = await import('@/lib/review/sync-revealed-attempts');
    await syncRevealedAttempts(db.prisma, { userId: 'stu', now: at });
    expect(await db.prisma.reviewCard.count({ where: { userId: 'stu' } })).toBe(0);
    await syncRevealedAttempts(db.prisma, { userId: 'stu', now: new Date(t0.getTime() + 49 * HOUR) });
    await syncRevealedAttempts(db.prisma, { userId: 'stu', now: new Date(t0.getTime() + 50 * HOUR) });
    const missed = loaded.questions.length - (await db.prisma.response.count({ where: { attemptId: first, correct: true } }));
    expect(await db.prisma.reviewCard.count({ where: { userId: 'stu' } })).toBe(missed);
    await expect(startAssignmentAttempt(db.prisma, { studentId: 'stu', assignmentId: id, now: at })).rejects.toThrow('used all 1 attempt');
    expect(await resetStudentAttempts(db.prisma, { teacherId: 'tess', assignmentId: id, studentId: 'stu' })).toBe(1);
    await expect(resetStudentAttempts(db.prisma, { teacherId: 'otto', assignmentId: id, studentId: 'stu' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('closes at the due date when the late policy says so, and marks late submissions otherwise', async () => {
    const closing = await createAssignment(db.prisma, 'tess', base({ latePolicy: 'close_at_due', reveal: 'after_submission' }));
    const late = new Date(t0.getTime() + 50 * HOUR);
    await expect(startAssignmentAttempt(db.prisma, { studentId: 'stu', assignmentId: closing, now: late })).rejects.toThrow('closed at its due date');
    expect((await listStudentAssignments(db.prisma, { studentId: 'stu', now: late })).find((a) => a.id === closing)!.status).toBe('missing');
    const accepting = await createAssignment(db.prisma, 'tess', base({ reveal: 'after_submission', timeLimitSec: 600 }));
    const attempt = await startAssignmentAttempt(db.prisma, { studentId: 'stu', assignmentId: accepting, now: late });
    await submitAttempt(db.prisma, { attemptId: attempt, userId: 'stu', now: late });
    expect((await listStudentAssignments(db.prisma, { studentId: 'stu', now: late })).find((a) => a.id === accepting)!.status).toBe('late');
    const stored = await db.prisma.attempt.findUniqueOrThrow({ where: { id: attempt } });
    expect(stored.deadlineAt).toEqual(new Date(late.getTime() + 600_000));
  });
});

describe('starting an assignment twice at once', () => {
  it('gives both requests the same attempt, whatever the interleaving (20 concurrent starts)', async () => {
    const db = await createTestDatabase();
    try {
      await seedContent(db.prisma);
      await db.prisma.user.createMany({ data: [{ id: 't', name: 'T', email: 't@example.org', role: 'teacher' }, { id: 's', name: 'S', email: 's@example.org' }] });
      const c = await createClass(db.prisma, { teacherId: 't', name: 'C' });
      await joinClass(db.prisma, { studentId: 's', code: c.code });
      const now = new Date('2026-04-01T09:00:00Z');
      const id = await createAssignment(db.prisma, 't', { classId: c.id, setSlug: 'putin-north-korea-claims', opensAt: new Date(now.getTime() - 1000), dueAt: null, attemptsAllowed: 1, mode: 'test', reveal: 'after_submission', shuffle: true, timeLimitSec: null, latePolicy: 'accept_late' });
      const ids = await Promise.all(Array.from({ length: 20 }, () => startAssignmentAttempt(db.prisma, { studentId: 's', assignmentId: id, now })));
      expect(new Set(ids).size).toBe(1);
      expect(await db.prisma.attempt.count({ where: { assignmentId: id } })).toBe(1);
    } finally {
      await db.drop();
    }
  });
});
