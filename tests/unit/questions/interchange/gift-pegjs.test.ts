// Every GIFT file we write, read by an independent parser (gift-pegjs, a PEG grammar of GIFT), must
// give the same types, answers, weights and feedback. gift-pegjs folds runs of whitespace in
// moodle/plain text and writes a missing-word gap as "_____", so texts are compared folded.
import { parse, type GIFTQuestion, type TextFormat as PegText } from 'gift-pegjs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGift } from '@/questions/interchange/gift-export';
import { fullPrompt, type InterchangeQuestion } from '@/questions/interchange/interchange-question';
import { toInterchange } from '@/questions/interchange/to-interchange';
import { contentSetSchema } from '@/questions/question-schema';
import { INTERCHANGE_EXTRAS } from './interchange-extras';
import { SAMPLE_QUESTIONS } from './sample-questions';

const fold = (s: string | undefined | null) => (s ?? '').replace(/_____/g, ' _____ ').replace(/\s+/g, ' ').trim();
const txt = (t: PegText | null) => fold(t?.text);

/** What gift-pegjs should read, in its own vocabulary. */
function expected(q: InterchangeQuestion) {
  const base = { title: q.title ?? null, stem: fold(fullPrompt(q)), globalFeedback: fold(q.generalFeedback) };
  switch (q.type) {
    case 'choice':
      return { ...base, type: 'MC', choices: q.answers.map((a) => ({ isCorrect: a.weight === 100 && !q.multipleAnswers, weight: a.weight, text: fold(a.text), feedback: fold(a.feedback) })) };
    case 'short_answer':
      return { ...base, type: 'Short', choices: q.answers.map((a) => ({ isCorrect: true, weight: a.weight, text: fold(a.text), feedback: fold(a.feedback) })) };
    case 'true_false':
      return { ...base, type: 'TF', isTrue: q.value, first: fold(q.feedbackWhenWrong), second: fold(q.feedbackWhenRight) };
    case 'numeric':
      return {
        ...base,
        type: 'Numerical',
        choices: q.answers.map((a) => ({
          weight: a.weight,
          feedback: fold(a.feedback),
          value: a.kind === 'range' ? { type: 'high-low', numberLow: a.min, numberHigh: a.max } : a.kind === 'tolerance' ? { type: 'range', number: a.value, range: a.tolerance } : { format: 'moodle', text: '*' },
        })),
      };
    case 'matching':
      return { ...base, type: 'Matching', pairs: q.pairs.map((p) => ({ left: fold(p.left), right: fold(p.right) })) };
    case 'essay':
      return { ...base, type: 'Essay' };
    case 'description':
      return { title: base.title, stem: base.stem, type: 'Description' };
    case 'ordering':
      throw new Error('ordering is written as matching');
  }
}

/** gift-pegjs's reading, in the same shape. */
function actual(g: GIFTQuestion) {
  if (g.type === 'Category') return { type: 'Category' };
  const base = { title: g.title, stem: fold(g.stem.text) };
  if (g.type === 'Description') return { ...base, type: g.type };
  const common = { ...base, globalFeedback: txt(g.globalFeedback) };
  switch (g.type) {
    case 'MC':
    case 'Short':
      return { ...common, type: g.type, choices: g.choices.map((c) => ({ isCorrect: c.isCorrect, weight: c.weight ?? (c.isCorrect ? 100 : 0), text: txt(c.text), feedback: txt(c.feedback) })) };
    case 'TF':
      // gift-pegjs calls GIFT's two feedbacks trueFeedback and falseFeedback in the order written:
      // the first is shown for a wrong answer, the second for a right one.
      return { ...common, type: g.type, isTrue: g.isTrue, first: txt(g.trueFeedback), second: txt(g.falseFeedback) };
    case 'Numerical':
      return {
        ...common,
        type: g.type,
        choices: (Array.isArray(g.choices) ? g.choices : []).map((c) => ({ weight: c.weight ?? (c.isCorrect ? 100 : 0), feedback: txt(c.feedback), value: c.text })),
      };
    case 'Matching':
      return { ...common, type: g.type, pairs: g.matchPairs.map((p) => ({ left: fold(p.subquestion.text), right: fold(p.subanswer) })) };
    case 'Essay':
      return { ...common, type: g.type };
  }
}

const setsDir = path.join(import.meta.dirname, '../../../../questions/content/sets');
const SETS = fs.readdirSync(setsDir).map((f) => contentSetSchema.parse(JSON.parse(fs.readFileSync(path.join(setsDir, f), 'utf8'))));

describe('gift-pegjs reads our GIFT files as we meant them', () => {
  const files: [string, InterchangeQuestion[]][] = [
    ['sample questions', SAMPLE_QUESTIONS.map(toInterchange)],
    ['interchange extras', INTERCHANGE_EXTRAS.filter((q) => q.format !== 'html' && q.format !== 'markdown')],
    ...SETS.map((s): [string, InterchangeQuestion[]] => [s.slug, s.questions.map(toInterchange)]),
  ];

  it.each(files)('%s', (_, questions) => {
    const text = exportGift(questions, { category: 'Independent check' }).text;
    const parsed = parse(text);
    expect(parsed[0]).toMatchObject({ type: 'Category', title: 'Independent check' });
    // What we wrote, after the same adaptations the writer makes (ordering → matching, units).
    const written = exportGift(questions).text;
    const ours = parse(written).map(actual);
    expect(ours).toEqual(parsed.slice(1).map(actual));
    const adapted = questions.map((q) => adapt(q));
    expect(ours).toEqual(adapted.map(expected));
  });

  it('keeps HTML and markdown text as written', () => {
    const [html, md] = parse(exportGift(INTERCHANGE_EXTRAS.filter((q) => q.format === 'html' || q.format === 'markdown')).text) as [GIFTQuestion, GIFTQuestion];
    expect(html).toMatchObject({ type: 'TF', stem: { format: 'html', text: '<p>Is <b>this</b> bold?</p>' }, globalFeedback: { text: '<i>Yes</i>' } });
    expect(md).toMatchObject({ type: 'Short', stem: { format: 'markdown', text: 'No title, markdown **text**' } });
  });
});

/** The writer's own adaptations, repeated here so the expectation is independent of the parser. */
function adapt(q: InterchangeQuestion): InterchangeQuestion {
  if (q.type === 'ordering') return { ...q, type: 'matching', pairs: q.items.map((item, i) => ({ left: String(i + 1), right: item })) };
  if (q.type === 'numeric' && q.unit) return { ...q, prompt: `${q.prompt} (${q.unit})` };
  return q;
}
