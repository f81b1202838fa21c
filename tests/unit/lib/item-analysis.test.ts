import { describe, expect, it } from 'vitest';
import { itemAnalysis, scoreDistribution, type StudentResult } from '@/lib/results/item-analysis';

// Eleven students, two questions, computed by hand:
// q1 (choices a = right, b, c): s1–s8 right; s9, s10 chose b; s11 chose b.  → 8/11 = 72.7 %
// q2 (choices x, y = right, z): s1–s3 right, s4–s11 wrong choosing x.        → 3/11 = 27.3 %
// Totals: s1–s3 = 2, s4–s8 = 1, s9–s11 = 0. Groups of round(11 × 0.27) = 3:
// upper = s1–s3, lower = s9–s11. D(q1) = 3/3 − 0/3 = 1; D(q2) = 3/3 − 0/3 = 1.
const students: StudentResult[] = Array.from({ length: 11 }, (_, i) => {
  const n = i + 1;
  const q1 = n <= 8;
  const q2 = n <= 3;
  return {
    studentId: `s${String(n).padStart(2, '0')}`,
    total: Number(q1) + Number(q2),
    answers: [
      { questionId: 'q1', correct: q1, optionId: q1 ? 'a' : 'b' },
      { questionId: 'q2', correct: q2, optionId: q2 ? 'y' : 'x' },
    ],
  };
});

describe('item analysis', () => {
  const rows = itemAnalysis(
    [
      { id: 'q1', prompt: 'One?', options: [{ id: 'a', text: 'Right' }, { id: 'b', text: 'Wrong B' }, { id: 'c', text: 'Wrong C' }] },
      { id: 'q2', prompt: 'Two?', options: [{ id: 'x', text: 'Wrong X' }, { id: 'y', text: 'Right' }, { id: 'z', text: 'Wrong Z' }] },
    ],
    students,
  );

  it('gives % correct, discrimination and the most-chosen wrong option with its share', () => {
    expect(rows[0]).toMatchObject({ responses: 11, percentCorrect: 72.7, discrimination: 1, commonWrong: { optionId: 'b', text: 'Wrong B', share: 27.3 } });
    expect(rows[1]).toMatchObject({ responses: 11, percentCorrect: 27.3, discrimination: 1, commonWrong: { optionId: 'x', text: 'Wrong X', share: 72.7 } });
  });

  it('flags options nobody chose once there are at least 10 responses', () => {
    expect(rows[0]!.flags).toEqual(['nobody chose: Wrong C']);
    expect(rows[1]!.flags).toEqual(['nobody chose: Wrong Z']);
  });

  it('flags questions under 20 % and over 90 % correct', () => {
    const hard = itemAnalysis([{ id: 'q', prompt: 'Q' }], Array.from({ length: 10 }, (_, i) => ({ studentId: `s${i}`, total: 0, answers: [{ questionId: 'q', correct: i === 0 }] })));
    expect(hard[0]!.flags).toEqual(['under 20% correct']);
    const easy = itemAnalysis([{ id: 'q', prompt: 'Q' }], Array.from({ length: 10 }, (_, i) => ({ studentId: `s${i}`, total: 1, answers: [{ questionId: 'q', correct: true }] })));
    expect(easy[0]!.flags).toEqual(['over 90% correct']);
    const few = itemAnalysis([{ id: 'q', prompt: 'Q' }], [{ studentId: 's', total: 0, answers: [{ questionId: 'q', correct: false }] }]);
    expect(few[0]!.flags).toEqual([]);
  });

  it('bins percentage scores in tens', () => {
    expect(scoreDistribution([0, 9.9, 10, 55, 100, 90])).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });
});
