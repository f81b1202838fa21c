import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOwnAttempt } from '@/lib/attempts/load-attempt';
import { toPlayerAttempt } from '@/lib/attempts/player-dto';
import { savePosition } from '@/lib/attempts/save-position';
import { NotFoundError, startLibraryAttempt } from '@/lib/attempts/start-attempt';
import { RefusedError, submitAnswer } from '@/lib/attempts/submit-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import type { AnswerKey } from '@/questions/grading';
import { seedContent } from '@/lib/seed/seed-content';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const SET = 'putin-north-korea-first-set';

describe('attempts', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    await db.prisma.user.createMany({ data: [{ id: 'ana', name: 'Ana', email: 'ana@example.org' }, { id: 'ben', name: 'Ben', email: 'ben@example.org' }] });
  });
  afterAll(async () => {
    await db?.drop();
  });

  async function keyOf(questionId: string) {
    return (await db.prisma.question.findUniqueOrThrow({ where: { id: questionId } })).answerKey as AnswerKey;
  }

  async function firstChoiceQuestion(attemptId: string) {
    const loaded = (await loadOwnAttempt(db.prisma, { attemptId, userId: 'ana' }))!;
    const q = loaded.questions.find((x) => x.type === 'multiple_choice')!;
    const key = (await keyOf(q.id)) as { correct: string };
    const wrong = (q.options as { choices: { id: string }[] }).choices.find((c) => c.id !== key.correct)!.id;
    return { q, key, wrong };
  }

  it('never sends an answer key to the player before the student answers (practice) or submits (test)', async () => {
    for (const mode of ['practice', 'test'] as const) {
      const id = await startLibraryAttempt(db.prisma, { userId: 'ana', setSlug: SET, mode });
      const dto = toPlayerAttempt((await loadOwnAttempt(db.prisma, { attemptId: id, userId: 'ana' }))!);
      const json = JSON.stringify(dto);
      expect(json).not.toMatch(/"correct"|answerKey|"pairs"|"order"|"aliases"|explanation|evidence/);
      expect(dto.questions.length).toBeGreaterThanOrEqual(15);
    }
  });

  it('saves each answer and resumes at the same question with the same answers and order', async () => {
    const id = await startLibraryAttempt(db.prisma, { userId: 'ana', setSlug: SET, mode: 'test' });
    const before = toPlayerAttempt((await loadOwnAttempt(db.prisma, { attemptId: id, userId: 'ana' }))!);
    const { q, wrong } = await firstChoiceQuestion(id);
    const result = await submitAnswer(db.prisma, { attemptId: id, userId: 'ana', questionId: q.id, answer: { kind: 'choice', optionId: wrong } });
    // A test reveals nothing until submission.
    expect(result).toEqual({ answer: { kind: 'choice', optionId: wrong } });
    await savePosition(db.prisma, { attemptId: id, userId: 'ana', currentIndex: 5, flagged: [q.id, 'not-a-question'] });
    const after = toPlayerAttempt((await loadOwnAttempt(db.prisma, { attemptId: id, userId: 'ana' }))!);
    expect(after.currentIndex).toBe(5);
    expect(after.flagged).toEqual([q.id]);
    expect(after.responses[q.id]?.answer).toEqual({ kind: 'choice', optionId: wrong });
    expect(after.questions.map((x) => [x.id, x.choices?.map((c) => c.id)])).toEqual(before.questions.map((x) => [x.id, x.choices?.map((c) => c.id)]));
  });

  it('practice shows right or wrong, the right answer, the explanation and the evidence at once', async () => {
    const id = await startLibraryAttempt(db.prisma, { userId: 'ana', setSlug: SET, mode: 'practice' });
    const { q, key, wrong } = await firstChoiceQuestion(id);
    const r = await submitAnswer(db.prisma, { attemptId: id, userId: 'ana', questionId: q.id, answer: { kind: 'choice', optionId: wrong } });
    expect(r.correct).toBe(false);
    expect(r.reveal?.correctOptionId).toBe(key.correct);
    expect(r.reveal?.explanation).toBeTruthy();
    expect(r.reveal?.evidence[0]?.text).toBeTruthy();
    // The first answer stands in practice: a second, different answer returns the first result.
    const again = await submitAnswer(db.prisma, { attemptId: id, userId: 'ana', questionId: q.id, answer: { kind: 'choice', optionId: key.correct } });
    expect(again.answer).toEqual({ kind: 'choice', optionId: wrong });
    expect(again.correct).toBe(false);
  });

  it('20 concurrent identical submits store exactly one response and one score', async () => {
    const id = await startLibraryAttempt(db.prisma, { userId: 'ana', setSlug: SET, mode: 'test' });
    const { q, key } = await firstChoiceQuestion(id);
    const results = await Promise.all(Array.from({ length: 20 }, () => submitAnswer(db.prisma, { attemptId: id, userId: 'ana', questionId: q.id, answer: { kind: 'choice', optionId: key.correct } })));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await db.prisma.response.count({ where: { attemptId: id } })).toBe(1);
    const submits = await Promise.all(Array.from({ length: 20 }, () => submitAttempt(db.prisma, { attemptId: id, userId: 'ana' })));
    expect(new Set(submits.map((s) => `${s.score}/${s.maxScore}@${s.submittedAt}`)).size).toBe(1);
    expect(submits[0]!.score).toBe(1);
  });

  it('refuses someone else’s attempt, unknown questions, foreign options and closed attempts, changing nothing', async () => {
    const id = await startLibraryAttempt(db.prisma, { userId: 'ana', setSlug: SET, mode: 'test' });
    const { q, key } = await firstChoiceQuestion(id);
    await expect(submitAnswer(db.prisma, { attemptId: id, userId: 'ben', questionId: q.id, answer: { kind: 'choice', optionId: key.correct } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await loadOwnAttempt(db.prisma, { attemptId: id, userId: 'ben' })).toBeNull();
    await expect(submitAnswer(db.prisma, { attemptId: id, userId: 'ana', questionId: 'nope', answer: { kind: 'choice', optionId: 'a' } })).rejects.toThrow('not part of this attempt');
    await expect(submitAnswer(db.prisma, { attemptId: id, userId: 'ana', questionId: q.id, answer: { kind: 'choice', optionId: 'z' } })).rejects.toThrow('not one of this question’s options');
    await expect(submitAnswer(db.prisma, { attemptId: id, userId: 'ana', questionId: q.id, answer: { kind: 'text', text: 'Putin' } })).rejects.toBeInstanceOf(RefusedError);
    expect(await db.prisma.response.count({ where: { attemptId: id } })).toBe(0);
    await submitAttempt(db.prisma, { attemptId: id, userId: 'ana' });
    await expect(submitAnswer(db.prisma, { attemptId: id, userId: 'ana', questionId: q.id, answer: { kind: 'choice', optionId: key.correct } })).rejects.toThrow('submitted');
    expect(await db.prisma.response.count({ where: { attemptId: id } })).toBe(0);
    await expect(submitAttempt(db.prisma, { attemptId: id, userId: 'ben' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('after submission a test shows every answer with its key', async () => {
    const id = await startLibraryAttempt(db.prisma, { userId: 'ana', setSlug: SET, mode: 'test' });
    const { q, wrong } = await firstChoiceQuestion(id);
    await submitAnswer(db.prisma, { attemptId: id, userId: 'ana', questionId: q.id, answer: { kind: 'choice', optionId: wrong } });
    const result = await submitAttempt(db.prisma, { attemptId: id, userId: 'ana' });
    expect(result.score).toBe(0);
    const dto = toPlayerAttempt((await loadOwnAttempt(db.prisma, { attemptId: id, userId: 'ana' }))!);
    expect(dto.status).toBe('submitted');
    expect(dto.responses[q.id]?.correct).toBe(false);
    expect(dto.responses[q.id]?.reveal?.correctText).toBeTruthy();
  });

  it('starts a retry of chosen questions only', async () => {
    const first = await startLibraryAttempt(db.prisma, { userId: 'ana', setSlug: SET, mode: 'practice' });
    const { q } = await firstChoiceQuestion(first);
    const retry = await startLibraryAttempt(db.prisma, { userId: 'ana', setSlug: SET, mode: 'practice', onlyQuestionIds: [q.id, 'bogus'] });
    const dto = toPlayerAttempt((await loadOwnAttempt(db.prisma, { attemptId: retry, userId: 'ana' }))!);
    expect(dto.questions.map((x) => x.id)).toEqual([q.id]);
    await expect(startLibraryAttempt(db.prisma, { userId: 'ana', setSlug: 'no-such-set', mode: 'practice' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('question reports', () => {
  it('lets a student report a question they can see, once (again updates), and refuses unknown ones', async () => {
    const { reportQuestion } = await import('@/lib/attempts/report-question');
    const db = await createTestDatabase();
    try {
      await seedContent(db.prisma);
      await db.prisma.user.create({ data: { id: 'cara', name: 'Cara', email: 'cara@example.org' } });
      const q = await db.prisma.question.findFirstOrThrow();
      await reportQuestion(db.prisma, { userId: 'cara', questionId: q.id, reason: 'unclear', note: 'Which visit?' });
      await reportQuestion(db.prisma, { userId: 'cara', questionId: q.id, reason: 'wrong' });
      const reports = await db.prisma.questionReport.findMany({ where: { questionId: q.id } });
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatchObject({ reason: 'wrong', note: null });
      await expect(reportQuestion(db.prisma, { userId: 'cara', questionId: 'nope', reason: 'wrong' })).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await db.drop();
    }
  });
});
