import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeAnswer, gradeMatching, gradeNumber, gradeOrdering, gradeText, normalizeAnswer } from '@/questions/grading';
import { distance } from '@/questions/text-distance';

describe('typed answers (cloze)', () => {
  const kim = { text: 'Kim Hong-kyun', aliases: ['Hong-kyun'], rejects: ['Kim Jong Un', 'Putin', 'Vladimir Putin'] };

  it('ignores case, accents, hyphens and apostrophes', () => {
    expect(gradeText(kim, 'kim hong kyun').correct).toBe(true);
    expect(gradeText({ text: 'Mazatlán' }, 'mazatlan').correct).toBe(true);
    expect(gradeText({ text: 'O’Hara' }, "o'hara").correct).toBe(true);
    expect(gradeText({ text: 'Loral O’Hara' }, 'LORAL OHARA').correct).toBe(true);
  });

  it('accepts listed aliases', () => {
    expect(gradeText({ text: 'United Nations', aliases: ['UN', 'U.N.'] }, 'U.N.').correct).toBe(true);
    expect(gradeText({ text: 'Lavrov', aliases: ['Sergei Lavrov'] }, 'Sergei Lavrov').correct).toBe(true);
  });

  it('forgives one typo in short answers and two in answers over 8 characters', () => {
    expect(gradeText({ text: 'Lavrov' }, 'Lavrof').correct).toBe(true);
    expect(gradeText({ text: 'Lavrov' }, 'Lavorf').correct).toBe(false);
    expect(gradeText({ text: 'Belousov' }, 'Belosuv').correct).toBe(false); // 8 characters: one edit only
    expect(gradeText({ text: 'partnership' }, 'partnrship').correct).toBe(true);
    expect(gradeText({ text: 'partnership' }, 'partnershpi').correct).toBe(true); // a transposition is one edit
    expect(gradeText({ text: 'partnership' }, 'partshp').correct).toBe(false);
  });

  it('never accepts another entity of the same type in the article, even within the typo allowance', () => {
    const ministers = { text: 'Lavrov', rejects: ['Lavrin'] };
    expect(gradeText(ministers, 'Lavrin').correct).toBe(false);
    expect(gradeText(kim, 'Kim Jong Un').correct).toBe(false);
    // "Kim Hong-kun" is a typo of the key and not closer to any other person: accepted.
    expect(gradeText(kim, 'Kim Hong-kun').correct).toBe(true);
  });

  it('refuses empty answers', () => {
    expect(gradeText(kim, '   ').correct).toBe(false);
  });

  it('property: the key itself, with extra spaces around it, is always accepted', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => normalizeAnswer(s) !== ''), (text) => {
        expect(gradeText({ text }, text).correct).toBe(true);
        expect(gradeText({ text }, `  ${text}  `).correct).toBe(true);
      }),
    );
  });

  it('property: ASCII names are accepted in any letter case', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/), (text) => {
        expect(gradeText({ text }, text.toUpperCase()).correct).toBe(true);
        expect(gradeText({ text }, text.toLowerCase()).correct).toBe(true);
      }),
    );
  });

  it('property: a reject is never accepted, whatever the key', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ minLength: 1, maxLength: 20 }), (text, other) => {
        fc.pre(normalizeAnswer(other) !== '' && normalizeAnswer(other) !== normalizeAnswer(text));
        expect(gradeText({ text, rejects: [other] }, other).correct).toBe(false);
      }),
    );
  });

  it('property: distance is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(distance(a, b)).toBe(distance(b, a));
        expect(distance(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe('other types', () => {
  it('numeric answers count within the tolerance only', () => {
    expect(gradeNumber({ value: 11000, tolerance: 0 }, 11000).correct).toBe(true);
    expect(gradeNumber({ value: 11000, tolerance: 0 }, 11001).correct).toBe(false);
    expect(gradeNumber({ value: 50, tolerance: 5 }, 46).correct).toBe(true);
    expect(gradeNumber({ value: 50, tolerance: 5 }, Number.NaN).correct).toBe(false);
  });

  it('matching and ordering score the share of correct pairs and positions', () => {
    expect(gradeMatching({ l1: 'r3', l2: 'r4', l3: 'r1', l4: 'r2' }, { l1: 'r3', l2: 'r4', l3: 'r2', l4: 'r1' })).toEqual({ correct: false, score: 0.5 });
    expect(gradeOrdering(['i2', 'i1', 'i3', 'i4'], ['i2', 'i1', 'i3', 'i4'])).toEqual({ correct: true, score: 1 });
    expect(gradeOrdering(['i2', 'i1', 'i3', 'i4'], ['i1', 'i2', 'i3', 'i4'])).toEqual({ correct: false, score: 0.5 });
  });

  it('gradeAnswer refuses an answer of the wrong shape', () => {
    expect(gradeAnswer('multiple_choice', { correct: 'b' }, { kind: 'choice', optionId: 'b' }).correct).toBe(true);
    expect(gradeAnswer('multiple_choice', { correct: 'b' }, { kind: 'text', text: 'b' }).correct).toBe(false);
    expect(gradeAnswer('true_false', { value: false }, { kind: 'boolean', value: false }).correct).toBe(true);
    expect(gradeAnswer('numeric', { value: 24, tolerance: 0 }, { kind: 'number', value: 24 }).correct).toBe(true);
  });
});
