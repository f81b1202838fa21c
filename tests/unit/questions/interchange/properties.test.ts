// Any text — GIFT's control characters, backslashes, line breaks, any Unicode — survives our GIFT
// export and import, in prompts, options, feedback and typed answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAiken } from '@/questions/interchange/aiken-export';
import { importAiken } from '@/questions/interchange/aiken-import';
import { exportGift } from '@/questions/interchange/gift-export';
import { importGift } from '@/questions/interchange/gift-import';
import { toInterchange } from '@/questions/interchange/to-interchange';
import { contentQuestionSchema, type ContentQuestion } from '@/questions/question-schema';
import { canonical } from './canonical';

const SPECIAL = ['~', '=', '#', '{', '}', ':', '::', '\\', '\\n', '\n', '####', '//', '%50%', '[html]', ' ', '_____', '->'];
/** Text the way our schema stores it: trimmed, never empty; carriage returns are line breaks. */
const text = (min: number) =>
  fc
    .string({ unit: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 })), minLength: 1, maxLength: 12 })
    .map((s) => s.replace(/\r/g, '').trim())
    .filter((s) => s.length >= min);

/** Only questions our schema accepts (it counts characters its own way, and trims). */
const valid = (q: ContentQuestion) => contentQuestionSchema.safeParse(q).success;

const common = { explanation: 'Because.', evidence: ['A sentence.'] };

const multipleChoice = fc
  .record({ prompt: text(3), options: fc.uniqueArray(text(1), { minLength: 2, maxLength: 5 }), feedback: text(1), explanation: text(1) })
  .map(({ prompt, options, feedback, explanation }): ContentQuestion => ({
    ...common,
    explanation,
    id: 'p',
    type: 'multiple_choice',
    prompt,
    options: options.map((t, i) => ({ id: `o${i}`, text: t })),
    answer: { correct: 'o1' },
    feedback: { o0: feedback },
  }))
  .filter(valid);

const cloze = fc
  .record({ before: text(3), after: text(1), answer: text(1), aliases: fc.array(text(1), { maxLength: 2 }) })
  // "->" in a typed answer is the one thing GIFT cannot carry (it reads as matching): the writer
  // converts it with a note, tested in the round-trip tests.
  .filter(({ answer, aliases }) => ![answer, ...aliases].some((a) => a.includes('->')))
  .map(({ before, after, answer, aliases }): ContentQuestion => ({ ...common, id: 'c', type: 'cloze', prompt: `${before} ____ ${after}`.replace(/_{3,}/g, '____'), answer: { text: answer, aliases } }))
  .filter(valid);

const trueFalse = fc.record({ prompt: text(3), value: fc.boolean(), right: text(1), wrong: text(1) }).map(
  ({ prompt, value, right, wrong }): ContentQuestion => ({ ...common, id: 't', type: 'true_false', prompt, answer: { value }, feedback: { [String(value)]: right, [String(!value)]: wrong } }),
).filter(valid);

function giftRoundTrip(q: ContentQuestion) {
  const result = importGift(exportGift([toInterchange(q)]).text);
  if (!result.ok) throw new Error(result.message);
  expect(result.unsupported).toEqual([]);
  return result.questions[0]!;
}

describe('GIFT keeps any text', () => {
  it('in multiple-choice prompts, options, feedback and explanations', () => {
    fc.assert(
      fc.property(multipleChoice, (q) => {
        const back = giftRoundTrip(q);
        expect(canonical(back)).toEqual(canonical(q));
        expect(back.explanation).toBe(q.explanation);
      }),
      { numRuns: 300 },
    );
  });

  it('in missing-word prompts and typed answers', () => {
    fc.assert(
      fc.property(cloze, (q) => {
        expect(canonical(giftRoundTrip(q))).toEqual(canonical(q));
      }),
      { numRuns: 300 },
    );
  });

  it('in true-false prompts and both feedbacks', () => {
    fc.assert(
      fc.property(trueFalse, (q) => {
        expect(canonical(giftRoundTrip(q))).toEqual(canonical(q));
      }),
      { numRuns: 200 },
    );
  });

  it('reads any input without throwing: a result or an error with a line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIAL, '{', '}', '\n\n', 'T', '#1:2', '->'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 40 }), (s) => {
        const result = importGift(s);
        if (!result.ok) expect(result.line).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Aiken keeps any single-line text', () => {
  it('in prompts and options', () => {
    const oneLine = (q: ContentQuestion) => q.type === 'multiple_choice' && !/\n/.test(q.prompt) && !/^([A-Z][.)][ \t]|ANSWER:)/.test(q.prompt) && q.options.every((o) => !/\n/.test(o.text));
    fc.assert(
      fc.property(multipleChoice.filter(oneLine), (q) => {
        const result = importAiken(exportAiken([toInterchange(q)]).text);
        if (!result.ok) throw new Error(result.message);
        expect(canonical(result.questions[0]!)).toEqual({ ...canonical(q), feedback: {} });
      }),
      { numRuns: 200 },
    );
  });
});
