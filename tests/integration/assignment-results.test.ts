import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment, startAssignmentAttempt } from '@/lib/assignments/manage-assignments';
import { loadOwnAttempt } from '@/lib/attempts/load-attempt';
import { submitAnswer } from '@/lib/attempts/submit-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { joinClass } from '@/lib/classes/join-class';
import { createClass } from '@/lib/classes/manage-classes';
import { gradesCsv, responsesCsv } from '@/lib/results/export-results';
import { getAssignmentResults } from '@/lib/results/get-assignment-results';
import { seedContent } from '@/lib/seed/seed-content';
import type { AnswerKey } from '@/questions/grading';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('assignment results', () => {
  let db: TestDatabase;
  let assignmentId: string;
  let firstQ: string;
  const now = new Date('2026-05-01T10:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    const students = ['Ann', 'Bob', 'Cid, "the quick"', 'Dee'];
    await db.prisma.user.createMany({ data: [{ id: 'teach', name: 'Teach', email: 't@example.org', role: 'teacher' }, { id: 'other', name: 'Other', email: 'o@example.org', role: 'teacher' }, ...students.map((name, i) => ({ id: `s${i}`, name, email: `s${i}@example.org` }))] });
    const c = await createClass(db.prisma, { teacherId: 'teach', name: 'Results class' });
    for (let i = 0; i < students.length; i++) await joinClass(db.prisma, { studentId: `s${i}`, code: c.code });
    assignmentId = await createAssignment(db.prisma, 'teach', { classId: c.id, setSlug: 'putin-north-korea-claims', opensAt: new Date(now.getTime() - 3_600_000), dueAt: new Date(now.getTime() + 3_600_000), attemptsAllowed: 2, mode: 'test', reveal: 'after_submission', shuffle: false, timeLimitSec: null, latePolicy: 'accept_late' });
    // Students 0–2 submit: s0 gets the first two choice questions right, s1 one, s2 none; s3 does nothing.
    for (let i = 0; i < 3; i++) {
      const attemptId = await startAssignmentAttempt(db.prisma, { studentId: `s${i}`, assignmentId, now });
      const loaded = (await loadOwnAttempt(db.prisma, { attemptId, userId: `s${i}` }))!;
      const choice = loaded.questions.filter((q) => q.type === 'multiple_choice').slice(0, 2);
      firstQ = choice[0]!.id;
      for (const [k, q] of choice.entries()) {
        const key = ((q.answerKey as AnswerKey) as { correct: string }).correct;
        const wrong = (q.options as { choices: { id: string }[] }).choices.find((o) => o.id !== key)!.id;
        await submitAnswer(db.prisma, { attemptId, userId: `s${i}`, questionId: q.id, answer: { kind: 'choice', optionId: k < 2 - i ? key : wrong }, now });
      }
      await submitAttempt(db.prisma, { attemptId, userId: `s${i}`, now });
    }
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('shows completion, statuses, scores and item analysis, to the owning teacher only', async () => {
    const r = (await getAssignmentResults(db.prisma, { teacherId: 'teach', assignmentId, now }))!;
    expect(r.completion).toEqual({ submitted: 3, total: 4 });
    expect(r.students.map((s) => [s.name, s.status, s.score])).toEqual([
      ['Ann', 'submitted', 2],
      ['Bob', 'submitted', 1],
      ['Cid, "the quick"', 'submitted', 0],
      ['Dee', 'not started', null],
    ]);
    const item = r.items.find((i) => i.questionId === firstQ)!;
    // First question: Ann and Bob right, Cid wrong → 66.7 %; groups of round(3 × 0.27) = 1: D = 1 − 0.
    expect(item).toMatchObject({ responses: 3, percentCorrect: 66.7, discrimination: 1 });
    expect(item.commonWrong?.share).toBe(33.3);
    expect(await getAssignmentResults(db.prisma, { teacherId: 'other', assignmentId, now })).toBeNull();
  });

  it('exports grades and responses as UTF-8 CSV with a BOM that a CSV parser reads back', async () => {
    const r = (await getAssignmentResults(db.prisma, { teacherId: 'teach', assignmentId, now }))!;
    const grades = gradesCsv(r);
    expect(grades.startsWith('\uFEFF')).toBe(true);
    expect(grades).toContain('\r\n');
    const parsed = Papa.parse<string[]>(grades.slice(1).trim(), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['Student', 'Sign-in', 'Status', 'Score', 'Out of', 'Percent', 'Submitted at (UTC)', 'Late']);
    expect(parsed.data).toHaveLength(5);
    expect(parsed.data.find((row) => row[0] === 'Cid, "the quick"')).toMatchObject({ 2: 'submitted', 3: '0' });
    const responses = Papa.parse<Record<string, string>>(responsesCsv(r).slice(1).trim(), { header: true, skipEmptyLines: true });
    expect(responses.errors).toEqual([]);
    expect(responses.data).toHaveLength(3 * r.questions.length);
    expect(responses.data.filter((row) => row.Correct === 'yes')).toHaveLength(3);
  });
});
