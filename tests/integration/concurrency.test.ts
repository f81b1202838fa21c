// Concurrency of the answer path against a real database (PGlite here, PostgreSQL in CI's second
// pass): 100 simultaneous submissions of one question store one response and agree on it, and a
// submission racing with answers never leaves an attempt half-written or scored apart from its
// responses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOwnAttempt } from '@/lib/attempts/load-attempt';
import { toPlayerAttempt } from '@/lib/attempts/player-dto';
import type { PlayerResponse } from '@/lib/attempts/player-types';
import { startLibraryAttempt } from '@/lib/attempts/start-attempt';
import { RefusedError, submitAnswer } from '@/lib/attempts/submit-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { seedContent } from '@/lib/seed/seed-content';
import type { AnswerKey, GivenAnswer } from '@/questions/grading';
import { someAnswer } from '@/scripts/reliability/client';
import { createTestDatabase, usingPostgres, type TestDatabase } from '../support/test-database';

const SET = 'putin-north-korea-first-set';
const USER = 'racer';

describe('concurrent answers and submissions', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    await db.prisma.user.create({ data: { id: USER, name: 'Racer', email: 'racer@example.org' } });
  });
  afterAll(async () => {
    await db?.drop();
  });

  async function choiceQuestion(attemptId: string) {
    const dto = toPlayerAttempt((await loadOwnAttempt(db.prisma, { attemptId, userId: USER }))!);
    const q = dto.questions.find((x) => x.type === 'multiple_choice' && x.choices!.length >= 3)!;
    return { q, options: q.choices!.map((c) => c.id) };
  }

  const answerAll = (attemptId: string, questionId: string, answers: GivenAnswer[]) =>
    Promise.allSettled(answers.map((answer) => submitAnswer(db.prisma, { attemptId, userId: USER, questionId, answer })));

  function fulfilled(results: PromiseSettledResult<PlayerResponse>[]): PlayerResponse[] {
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    return results.map((r) => (r as PromiseFulfilledResult<PlayerResponse>).value);
  }

  it('100 identical submissions of one answer store one response, and every call gets the same graded result', async () => {
    for (const mode of ['practice', 'test'] as const) {
      const id = await startLibraryAttempt(db.prisma, { userId: USER, setSlug: SET, mode });
      const { q, options } = await choiceQuestion(id);
      const results = fulfilled(await answerAll(id, q.id, Array.from({ length: 100 }, () => ({ kind: 'choice', optionId: options[0]! }))));
      expect(results).toHaveLength(100);
      expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
      expect(await db.prisma.response.count({ where: { attemptId: id } })).toBe(1);
    }
  });

  it('practice: of 100 different answers at once the first stored one stands, for every caller and in the review deck', async () => {
    const id = await startLibraryAttempt(db.prisma, { userId: USER, setSlug: SET, mode: 'practice' });
    const { q, options } = await choiceQuestion(id);
    const sent = Array.from({ length: 100 }, (_, i): GivenAnswer => ({ kind: 'choice', optionId: options[i % options.length]! }));
    const results = fulfilled(await answerAll(id, q.id, sent));
    const stored = await db.prisma.response.findMany({ where: { attemptId: id } });
    expect(stored).toHaveLength(1);
    // Everyone sees the one stored answer with its grade and reveal, whatever they sent.
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(results[0]!.answer).toEqual(stored[0]!.answer);
    expect(results[0]!.correct).toBe(stored[0]!.correct);
    expect(results[0]!.reveal).toBeDefined();
    // The deck learnt the outcome once.
    expect(await db.prisma.reviewLog.count({ where: { sourceId: stored[0]!.id } })).toBeLessThanOrEqual(1);
  });

  it('test: 100 different answers at once leave one response, the latest write, which its caller was told', async () => {
    const id = await startLibraryAttempt(db.prisma, { userId: USER, setSlug: SET, mode: 'test' });
    const { q, options } = await choiceQuestion(id);
    const sent = Array.from({ length: 100 }, (_, i): GivenAnswer => ({ kind: 'choice', optionId: options[i % options.length]! }));
    const results = fulfilled(await answerAll(id, q.id, sent));
    const stored = await db.prisma.response.findMany({ where: { attemptId: id } });
    expect(stored).toHaveLength(1);
    // In a test a changed answer replaces the earlier one until submission, so concurrent callers
    // may be told different answers; each is one that was sent, nothing is revealed, and the stored
    // one is what the last writer read back.
    const sentIds = new Set(options);
    for (const r of results) {
      expect(r.reveal).toBeUndefined();
      expect(sentIds.has((r.answer as { optionId: string }).optionId)).toBe(true);
    }
    expect(results.map((r) => JSON.stringify(r.answer))).toContain(JSON.stringify(stored[0]!.answer));
  });

  it('a submission racing with answers to every question is whole and scored from exactly the responses stored', async () => {
    // PGlite runs one statement at a time, so the race needs many rounds only on PostgreSQL.
    for (let round = 0; round < (usingPostgres ? 10 : 3); round++) {
      const id = await startLibraryAttempt(db.prisma, { userId: USER, setSlug: SET, mode: 'test' });
      const dto = toPlayerAttempt((await loadOwnAttempt(db.prisma, { attemptId: id, userId: USER }))!);
      // Half the questions answered already: changed answers then rewrite scores while the
      // submission sums them.
      for (const q of dto.questions.filter((_, k) => k % 2 === 0)) await submitAnswer(db.prisma, { attemptId: id, userId: USER, questionId: q.id, answer: someAnswer(q) });
      // Every question answered about 6 times over (~100 calls), with submissions in the middle.
      const calls: Promise<unknown>[] = [];
      const acknowledged: { questionId: string; answer: GivenAnswer }[] = [];
      for (let i = 0; i < 100; i++) {
        const q = dto.questions[i % dto.questions.length]!;
        calls.push(
          submitAnswer(db.prisma, { attemptId: id, userId: USER, questionId: q.id, answer: someAnswer(q) }).then(
            (r) => acknowledged.push({ questionId: q.id, answer: r.answer }),
            (error: unknown) => expect(error).toBeInstanceOf(RefusedError),
          ),
        );
        if (i % 25 === 12) calls.push(submitAttempt(db.prisma, { attemptId: id, userId: USER }));
      }
      const settled = await Promise.allSettled(calls);
      expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
      const submits = (await Promise.all(Array.from({ length: 3 }, () => submitAttempt(db.prisma, { attemptId: id, userId: USER })))).map((s) => `${s.score}/${s.maxScore}@${s.submittedAt}`);
      expect(new Set(submits).size).toBe(1);

      const attempt = await db.prisma.attempt.findUniqueOrThrow({ where: { id }, include: { responses: true } });
      expect(attempt.status).toBe('submitted');
      expect(attempt.submittedAt).not.toBeNull();
      expect(attempt.maxScore).toBe(dto.questions.length);
      // The score counts exactly the responses stored, and every acknowledged answer is stored.
      expect(attempt.score).toBeCloseTo(attempt.responses.reduce((sum, r) => sum + r.score, 0), 9);
      expect(new Set(attempt.responses.map((r) => r.questionId)).size).toBe(attempt.responses.length);
      const storedQuestions = new Set(attempt.responses.map((r) => r.questionId));
      for (const a of acknowledged) expect(storedQuestions.has(a.questionId)).toBe(true);
    }
  });

  // The race above, made certain: on PostgreSQL an answer's write can be slow to commit (here: a
  // second connection holds the response row) while a submission lands. The submission must not
  // score without it, and the answer must not change the response after the score was taken.
  // (PGlite runs one statement at a time, so there the race cannot happen.)
  it.skipIf(!usingPostgres)('an answer still being written when the submission lands is counted in the score (PostgreSQL)', async () => {
    const id = await startLibraryAttempt(db.prisma, { userId: USER, setSlug: SET, mode: 'test' });
    const { q, options } = await choiceQuestion(id);
    const key = (await db.prisma.question.findUniqueOrThrow({ where: { id: q.id } })).answerKey as AnswerKey as { correct: string };
    const wrong = options.find((o) => o !== key.correct)!;
    await submitAnswer(db.prisma, { attemptId: id, userId: USER, questionId: q.id, answer: { kind: 'choice', optionId: wrong } });

    let locked!: () => void;
    let release!: () => void;
    const lockTaken = new Promise<void>((r) => (locked = r));
    const released = new Promise<void>((r) => (release = r));
    const holder = db.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM response WHERE attempt_id = ${id} AND question_id = ${q.id} FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 30_000 },
    );
    await lockTaken;
    const change = submitAnswer(db.prisma, { attemptId: id, userId: USER, questionId: q.id, answer: { kind: 'choice', optionId: key.correct } });
    await new Promise((r) => setTimeout(r, 300)); // the change is now waiting on the row
    const submit = submitAttempt(db.prisma, { attemptId: id, userId: USER });
    await Promise.race([submit.catch(() => {}), new Promise((r) => setTimeout(r, 500))]);
    release();
    await holder;
    const [changed, submitted] = await Promise.allSettled([change, submit]);

    expect(submitted.status).toBe('fulfilled');
    const attempt = await db.prisma.attempt.findUniqueOrThrow({ where: { id }, include: { responses: true } });
    expect(attempt.status).toBe('submitted');
    expect(attempt.responses).toHaveLength(1);
    // Whichever way it went, the score is the stored response's, and a change the student was told
    // about is the stored answer.
    expect(attempt.score).toBe(attempt.responses[0]!.score);
    expect((submitted as PromiseFulfilledResult<{ score: number }>).value.score).toBe(attempt.score);
    if (changed.status === 'fulfilled') expect(attempt.responses[0]!.answer).toEqual(changed.value.answer);
    else expect(changed.reason).toBeInstanceOf(RefusedError);
  });
});
