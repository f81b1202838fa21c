// Our questions → a format → our importer → the same questions, for every type the format can say.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAiken } from '@/questions/interchange/aiken-export';
import { importAiken, parseAiken } from '@/questions/interchange/aiken-import';
import { exportGift } from '@/questions/interchange/gift-export';
import { importGift, parseGift } from '@/questions/interchange/gift-import';
import type { InterchangeQuestion } from '@/questions/interchange/interchange-question';
import { toInterchange } from '@/questions/interchange/to-interchange';
import { contentSetSchema, type ContentQuestion } from '@/questions/question-schema';
import { asGiftWouldCarry, canonical } from './canonical';
import { INTERCHANGE_EXTRAS } from './interchange-extras';
import { SAMPLE_QUESTIONS } from './sample-questions';

const setsDir = path.join(import.meta.dirname, '../../../../questions/content/sets');
const CONTENT_QUESTIONS: ContentQuestion[] = fs.readdirSync(setsDir).flatMap((f) => contentSetSchema.parse(JSON.parse(fs.readFileSync(path.join(setsDir, f), 'utf8'))).questions);
const ALL = [...SAMPLE_QUESTIONS, ...CONTENT_QUESTIONS];

describe('GIFT round trip of our questions', () => {
  const exported = exportGift(ALL.map(toInterchange), { category: 'Round trip' });
  const imported = importGift(exported.text);

  it('imports every exported question, none unsupported', () => {
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.unsupported).toEqual([]);
    expect(imported.questions).toHaveLength(ALL.length);
    expect(imported.category).toBe('Round trip');
  });

  it.each(ALL.map((q, i) => [q.id, i] as const))('%s keeps type, prompt, options, answers and feedback', (_, i) => {
    if (!imported.ok) throw new Error(imported.message);
    expect(canonical(imported.questions[i]!)).toEqual(asGiftWouldCarry(ALL[i]!));
  });

  it('brings explanation and evidence back from the general feedback', () => {
    if (!imported.ok) throw new Error(imported.message);
    imported.questions.forEach((q, i) => {
      expect(q.explanation).toBe(ALL[i]!.explanation);
      expect(q.evidence).toEqual(ALL[i]!.evidence);
    });
  });

  it('notes every conversion: who-said-it, ordering, units', () => {
    const samples = exportGift(SAMPLE_QUESTIONS.map(toInterchange)).notes;
    expect(samples).toEqual([
      { questionId: 'who', action: 'converted', reason: expect.stringMatching(/who-said-it/) },
      { questionId: 'order', action: 'converted', reason: expect.stringMatching(/ordering/) },
    ]);
    const withUnit = exportGift([toInterchange({ ...SAMPLE_QUESTIONS.find((q) => q.id === 'num')!, answer: { value: 24, tolerance: 0, unit: 'years' } } as ContentQuestion)]);
    expect(withUnit.notes[0]?.reason).toMatch(/"years" added to the question text/);
    expect(withUnit.text).toContain('How many years since Putin’s previous visit? (years){');
  });
});

describe('GIFT answers that start like a weight', () => {
  // fast-check found "%%50%" as a typed answer: the reader takes any "%…%" in front for a weight.
  it.each(['%%50%', '%50%', '%abc% off', '%-%'])('keeps the typed answer and the option "%s"', (answer) => {
    const cloze: ContentQuestion = { id: 'c', type: 'cloze', prompt: 'The discount is ____ today.', answer: { text: answer, aliases: [] }, explanation: 'Because.', evidence: ['A sentence.'] };
    const choice: ContentQuestion = { id: 'm', type: 'multiple_choice', prompt: 'Which discount?', options: [{ id: 'a', text: 'none' }, { id: 'b', text: answer }], answer: { correct: 'b' }, explanation: 'Because.', evidence: ['A sentence.'] };
    for (const q of [cloze, choice]) {
      const result = importGift(exportGift([toInterchange(q)]).text);
      if (!result.ok) throw new Error(result.message);
      expect(canonical(result.questions[0]!)).toEqual(canonical(q));
    }
  });
});

describe('GIFT round trip of everything the interchange model holds', () => {
  const strip = (q: InterchangeQuestion) => {
    const { line, sourceType, id, ...rest } = q;
    void line;
    void sourceType;
    void id;
    return rest;
  };

  it.each(INTERCHANGE_EXTRAS.map((q) => [q.title ?? q.prompt, q] as const))('%s', (_, q) => {
    const text = exportGift([q]).text;
    const parsed = parseGift(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.questions.map(strip)).toEqual([strip(q)]);
  });
});

describe('Aiken round trip', () => {
  const questions = ALL.map(toInterchange);
  const exported = exportAiken(questions);
  const imported = importAiken(exported.text);

  it('keeps multiple choice, writes true-false and who-said-it as multiple choice, skips the rest with a reason', () => {
    if (!imported.ok) throw new Error(imported.message);
    const carried = ALL.filter((q) => ['multiple_choice', 'who_said_it', 'true_false'].includes(q.type));
    expect(imported.questions).toHaveLength(carried.length);
    imported.questions.forEach((q, i) => {
      const original = carried[i]!;
      const expected =
        original.type === 'true_false'
          ? { type: 'multiple_choice', prompt: original.prompt, options: ['True', 'False'], correct: original.answer.value ? 'True' : 'False', feedback: {} }
          : { ...canonical(original), type: 'multiple_choice', feedback: {} };
      expect(canonical(q)).toEqual(expected);
    });
    const skipped = exported.notes.filter((n) => n.action === 'skipped').map((n) => n.questionId);
    expect(skipped).toEqual(ALL.filter((q) => !carried.includes(q)).map((q) => q.id));
    expect(exported.notes.filter((n) => n.questionId === 'who').map((n) => n.reason)).toEqual([expect.stringMatching(/who-said-it/), expect.stringMatching(/no feedback/)]);
  });

  it('reads "A)" labels and multi-line questions, and names the line of an error', () => {
    expect(parseAiken('What is\nthe answer?\nA) one\nB) two\nANSWER: B\n')).toMatchObject({ ok: true, questions: [{ prompt: 'What is\nthe answer?', answers: [{ text: 'one', weight: 0 }, { text: 'two', weight: 100 }] }] });
    expect(parseAiken('Q?\nA. one\nB. two\nANSWER: C')).toMatchObject({ ok: false, line: 4, message: expect.stringMatching(/line 4: expected the letter of one of the options A to B/) });
    expect(parseAiken('Q?\nA. one\nC. two\nANSWER: A')).toMatchObject({ ok: false, line: 3, message: 'line 3: expected option B, found C' });
    expect(parseAiken('Q?\nA. one\nB. two\n\nNext?')).toMatchObject({ ok: false, line: 4 });
    expect(parseAiken('Q?\nA. one\nB. two')).toMatchObject({ ok: false, line: 3, message: expect.stringMatching(/expected "ANSWER: …" for the question on line 1/) });
    expect(parseAiken('A. one\nB. two\nANSWER: A')).toMatchObject({ ok: false, line: 1 });
    expect(parseAiken('Q?\nANSWER: A')).toMatchObject({ ok: false, line: 2 });
  });

  it('skips a question that starts like an option line rather than write a file that misreads', () => {
    const q = toInterchange({ ...SAMPLE_QUESTIONS[0]!, prompt: 'A. N. Other said what?' } as ContentQuestion);
    expect(exportAiken([q])).toMatchObject({ text: '', notes: [{ action: 'skipped', reason: expect.stringMatching(/misread/) }] });
  });
});
