import { describe, expect, it } from 'vitest';
import { computeProgress, type AnswerRow } from '@/lib/progress/compute-progress';

const now = new Date('2026-03-10T15:00:00Z');
const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
const row = (daysAgo: number, correct: boolean, lineageId: string, articleId = 'a1'): AnswerRow => ({ answeredAt: at(daysAgo), correct, lineageId, articleId, articleTitle: 'Article' });

describe('progress', () => {
  it('computes daily accuracy, mastery from the latest answer per question, and the streak', () => {
    const p = computeProgress([row(2, false, 'q1'), row(1, true, 'q1'), row(1, false, 'q2'), row(0, true, 'q3'), row(5, true, 'q4', 'a2')], now, 7);
    expect(p.accuracyByDay.at(-1)).toEqual({ date: '2026-03-10', answered: 1, accuracy: 100 });
    expect(p.accuracyByDay.at(-2)).toEqual({ date: '2026-03-09', answered: 2, accuracy: 50 });
    expect(p.mastery.find((m) => m.articleId === 'a1')).toMatchObject({ mastered: 2, total: 3 });
    expect(p.streakDays).toBe(3);
  });

  it('keeps a streak alive through today when the student has not answered yet', () => {
    expect(computeProgress([row(1, true, 'q1'), row(2, true, 'q2')], now).streakDays).toBe(2);
    expect(computeProgress([row(3, true, 'q1')], now).streakDays).toBe(0);
  });
});
