import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOwnAttempt } from '@/lib/attempts/load-attempt';
import { startLibraryAttempt } from '@/lib/attempts/start-attempt';
import { submitAnswer } from '@/lib/attempts/submit-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { getDeckSummary } from '@/lib/review/deck-summary';
import { startReviewSession } from '@/lib/review/start-review-session';
import { seedContent } from '@/lib/seed/seed-content';
import type { AnswerKey } from '@/questions/grading';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('review deck', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    await db.prisma.user.create({ data: { id: 'rita', name: 'Rita', email: 'rita@example.org' } });
  });
  afterAll(async () => {
    await db?.drop();
  });

  async function choiceQuestions(attemptId: string) {
    const loaded = (await loadOwnAttempt(db.prisma, { attemptId, userId: 'rita' }))!;
    return Promise.all(
      loaded.questions
        .filter((q) => q.type === 'multiple_choice')
        .slice(0, 3)
        .map(async (q) => {
          const key = (await db.prisma.question.findUniqueOrThrow({ where: { id: q.id } })).answerKey as AnswerKey as { correct: string };
          const wrong = (q.options as { choices: { id: string }[] }).choices.find((c) => c.id !== key.correct)!.id;
          return { id: q.id, right: key.correct, wrong };
        }),
    );
  }

  it('holds exactly the missed questions of a practice, rescheduled later when answered right in review', async () => {
    const t0 = new Date('2026-03-01T10:00:00Z');
    const attemptId = await startLibraryAttempt(db.prisma, { userId: 'rita', setSlug: 'putin-north-korea-whos-who', mode: 'practice' });
    const [a, b, c] = await choiceQuestions(attemptId);
    await submitAnswer(db.prisma, { attemptId, userId: 'rita', questionId: a!.id, answer: { kind: 'choice', optionId: a!.wrong }, now: t0 });
    await submitAnswer(db.prisma, { attemptId, userId: 'rita', questionId: b!.id, answer: { kind: 'choice', optionId: b!.right }, now: t0 });
    await submitAnswer(db.prisma, { attemptId, userId: 'rita', questionId: c!.id, answer: { kind: 'choice', optionId: c!.wrong }, now: t0 });
    // A repeated answer does not log twice.
    await submitAnswer(db.prisma, { attemptId, userId: 'rita', questionId: c!.id, answer: { kind: 'choice', optionId: c!.wrong }, now: t0 });
    let cards = await db.prisma.reviewCard.findMany({ where: { userId: 'rita' } });
    expect(cards.map((x) => x.questionId).sort()).toEqual([a!.id, c!.id].sort());
    expect(await db.prisma.reviewLog.count()).toBe(2);

    const soon = new Date(t0.getTime() + 60 * 60_000);
    expect((await getDeckSummary(db.prisma, { userId: 'rita', now: soon })).dueNow).toBe(2);
    const session = await startReviewSession(db.prisma, { userId: 'rita', now: soon });
    const loaded = (await loadOwnAttempt(db.prisma, { attemptId: session, userId: 'rita' }))!;
    expect(loaded.questions.map((q) => q.id).sort()).toEqual([a!.id, c!.id].sort());
    const before = new Map(cards.map((x) => [x.questionId, x.due.getTime()]));
    await submitAnswer(db.prisma, { attemptId: session, userId: 'rita', questionId: a!.id, answer: { kind: 'choice', optionId: a!.right }, now: soon });
    await submitAnswer(db.prisma, { attemptId: session, userId: 'rita', questionId: c!.id, answer: { kind: 'choice', optionId: c!.right }, now: soon });
    cards = await db.prisma.reviewCard.findMany({ where: { userId: 'rita' } });
    for (const card of cards) {
      expect(card.due.getTime()).toBeGreaterThan(before.get(card.questionId)!);
      expect(card.due.getTime()).toBeGreaterThan(soon.getTime());
    }
    // A day later both are due again (learning steps are minutes); with nothing in the deck, nothing is due.
    expect((await getDeckSummary(db.prisma, { userId: 'rita', now: new Date(soon.getTime() + 86_400_000) })).dueNow).toBe(2);
    await db.prisma.user.create({ data: { id: 'new', name: 'New', email: 'new@example.org' } });
    await expect(startReviewSession(db.prisma, { userId: 'new', now: soon })).rejects.toThrow('Nothing is due');
  });

  it('takes a test’s misses (and unanswered questions) only at submission, when answers are revealed', async () => {
    await db.prisma.reviewCard.deleteMany({ where: { userId: 'rita' } });
    const attemptId = await startLibraryAttempt(db.prisma, { userId: 'rita', setSlug: 'putin-north-korea-claims', mode: 'test' });
    const [a] = await choiceQuestions(attemptId);
    await submitAnswer(db.prisma, { attemptId, userId: 'rita', questionId: a!.id, answer: { kind: 'choice', optionId: a!.wrong } });
    expect(await db.prisma.reviewCard.count({ where: { userId: 'rita' } })).toBe(0);
    await submitAttempt(db.prisma, { attemptId, userId: 'rita' });
    const total = (await loadOwnAttempt(db.prisma, { attemptId, userId: 'rita' }))!.questions.length;
    expect(await db.prisma.reviewCard.count({ where: { userId: 'rita' } })).toBe(total);
    await submitAttempt(db.prisma, { attemptId, userId: 'rita' });
    expect(await db.prisma.reviewLog.count({ where: { card: { userId: 'rita' } } })).toBe(total);
  });

  it('puts back, once, the revealed misses a crash kept out of the deck, and nothing unrevealed', async () => {
    await db.prisma.user.create({ data: { id: 'cara', name: 'Cara', email: 'cara@example.org' } });
    const mine = { where: { userId: 'cara' } };
    const practice = await startLibraryAttempt(db.prisma, { userId: 'cara', setSlug: 'putin-north-korea-whos-who', mode: 'practice' });
    const open = await startLibraryAttempt(db.prisma, { userId: 'cara', setSlug: 'putin-north-korea-claims', mode: 'test' });
    const key = async (attemptId: string) => {
      const loaded = (await loadOwnAttempt(db.prisma, { attemptId, userId: 'cara' }))!;
      const q = loaded.questions.find((x) => x.type === 'multiple_choice')!;
      const correct = ((await db.prisma.question.findUniqueOrThrow({ where: { id: q.id } })).answerKey as { correct: string }).correct;
      return { id: q.id, right: correct, wrong: (q.options as { choices: { id: string }[] }).choices.find((c) => c.id !== correct)!.id, total: loaded.questions.length };
    };
    const p = await key(practice);
    const t = await key(open);
    await submitAnswer(db.prisma, { attemptId: practice, userId: 'cara', questionId: p.id, answer: { kind: 'choice', optionId: p.wrong } });
    await submitAnswer(db.prisma, { attemptId: open, userId: 'cara', questionId: t.id, answer: { kind: 'choice', optionId: t.wrong } });
    const submitted = await startLibraryAttempt(db.prisma, { userId: 'cara', setSlug: 'putin-north-korea-first-set', mode: 'test' });
    await submitAttempt(db.prisma, { attemptId: submitted, userId: 'cara' });
    const submittedTotal = (await loadOwnAttempt(db.prisma, { attemptId: submitted, userId: 'cara' }))!.questions.length;
    const expected = await db.prisma.reviewCard.findMany({ ...mine, select: { questionId: true } });
    expect(expected.length).toBeGreaterThan(1);

    // The crash: the answers and the submission were stored, their deck writes were not.
    await db.prisma.reviewCard.deleteMany(mine);
    const { syncRevealedAttempts } = await import('@/lib/review/sync-revealed-attempts');
    await syncRevealedAttempts(db.prisma, { userId: 'cara' });
    const repaired = await db.prisma.reviewCard.findMany({ ...mine, select: { questionId: true } });
    expect(repaired.map((c) => c.questionId).sort()).toEqual(expected.map((c) => c.questionId).sort());
    // The practice miss and every question of the submitted test; not the open test's hidden miss.
    expect(repaired.map((c) => c.questionId)).toContain(p.id);
    expect(repaired.length).toBe(new Set([p.id, ...(await db.prisma.question.findMany({ where: { setVersion: { attempts: { some: { id: submitted } } } }, select: { id: true } })).map((q) => q.id)]).size);
    expect(submittedTotal).toBeGreaterThan(0);
    expect(repaired.map((c) => c.questionId)).not.toContain(t.id);

    await syncRevealedAttempts(db.prisma, { userId: 'cara' });
    expect(await db.prisma.reviewCard.count(mine)).toBe(repaired.length);
    expect(await db.prisma.reviewLog.count({ where: { card: { userId: 'cara' } } })).toBe(repaired.length);
  });
});
