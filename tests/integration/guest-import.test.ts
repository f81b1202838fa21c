import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeGuestAnswer, guestAttemptFor, importGuestAttempt } from '@/lib/attempts/guest-attempts';
import { seedContent } from '@/lib/seed/seed-content';
import type { AnswerKey } from '@/questions/grading';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('guest attempts', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    await db.prisma.user.create({ data: { id: 'gus', name: 'Gus', email: 'gus@example.org' } });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('grades on the server without keys in the attempt, re-grades on import (trusting nothing), and imports once', async () => {
    const attempt = (await guestAttemptFor(db.prisma, { setSlug: 'putin-north-korea-whos-who', seed: 7 }))!;
    expect(JSON.stringify(attempt)).not.toMatch(/"correct"|answerKey|explanation/);
    const setVersionId = attempt.id.replace('guest:', '');
    const choice = attempt.questions.filter((q) => q.type === 'multiple_choice').slice(0, 2);
    const keys = await Promise.all(choice.map(async (q) => ((await db.prisma.question.findUniqueOrThrow({ where: { id: q.id } })).answerKey as AnswerKey as { correct: string }).correct));
    const right = { questionId: choice[0]!.id, answer: { kind: 'choice' as const, optionId: keys[0]! }, answeredAt: new Date() };
    const wrongId = choice[1]!.choices!.find((c) => c.id !== keys[1])!.id;
    const wrong = { questionId: choice[1]!.id, answer: { kind: 'choice' as const, optionId: wrongId }, answeredAt: new Date() };

    const graded = await gradeGuestAnswer(db.prisma, { setVersionId, questionId: right.questionId, answer: right.answer });
    expect(graded.correct).toBe(true);
    expect(graded.reveal?.evidence.length).toBeGreaterThan(0);

    // The browser cannot claim a wrong answer was right: only answers are sent, and they are graded here.
    const input = { guestKey: 'guest-key-0001', setVersionId, seed: 7, startedAt: new Date(), answers: [right, wrong, { questionId: 'forged', answer: right.answer, answeredAt: new Date() }] };
    const first = await importGuestAttempt(db.prisma, 'gus', input);
    const second = await importGuestAttempt(db.prisma, 'gus', input);
    expect(first.imported).toBe(true);
    expect(second).toEqual({ attemptId: first.attemptId, imported: false });
    const stored = await db.prisma.attempt.findUniqueOrThrow({ where: { id: first.attemptId }, include: { responses: true } });
    expect(stored.status).toBe('submitted');
    expect(stored.score).toBe(1);
    expect(stored.responses).toHaveLength(2);
    const cards = await db.prisma.reviewCard.findMany({ where: { userId: 'gus' } });
    expect(cards.map((c) => c.questionId)).toEqual([wrong.questionId]);
  });

  it('refuses to grade questions of sets that are not public', async () => {
    await expect(gradeGuestAnswer(db.prisma, { setVersionId: 'x', questionId: 'y', answer: { kind: 'choice', optionId: 'a' } })).rejects.toThrow('not found');
  });
});
