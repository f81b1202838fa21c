import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/generated/prisma/client';
import { seedContent } from '@/lib/seed/seed-content';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('one response per question per attempt', () => {
  let db: TestDatabase;
  let attemptId: string;
  let questionId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    await db.prisma.user.create({ data: { id: 'stu', name: 'Student', email: 'stu@example.org', role: 'student' } });
    const version = await db.prisma.setVersion.findFirstOrThrow({ include: { questions: { take: 1 } } });
    questionId = version.questions[0]!.id;
    const attempt = await db.prisma.attempt.create({ data: { userId: 'stu', setVersionId: version.id, mode: 'practice', reveal: 'after_each', seed: 42 } });
    attemptId = attempt.id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('refuses a second row for the same question with a unique-constraint error', async () => {
    await db.prisma.response.create({ data: { attemptId, questionId, answer: { choice: 'a' }, correct: false, score: 0 } });
    const second = db.prisma.response.create({ data: { attemptId, questionId, answer: { choice: 'b' }, correct: true, score: 1 } });
    await expect(second).rejects.toSatisfy((e) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002');
    const rows = await db.prisma.response.findMany({ where: { attemptId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answer).toEqual({ choice: 'a' });
  });

  it('lets insert-on-conflict keep the first answer when the same answer arrives twice at once', async () => {
    const version = await db.prisma.setVersion.findFirstOrThrow({ include: { questions: { skip: 1, take: 1 } } });
    const q2 = version.questions[0]!.id;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => db.prisma.response.createMany({ data: [{ attemptId, questionId: q2, answer: { choice: 'c' }, correct: true, score: 1 }], skipDuplicates: true })),
    );
    expect(results.reduce((sum, r) => sum + r.count, 0)).toBe(1);
    expect(await db.prisma.response.count({ where: { attemptId, questionId: q2 } })).toBe(1);
  });
});
