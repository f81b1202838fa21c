// The interchange model → our question, for importing into a draft set. Our types are narrower than
// Moodle's (one right choice, all-or-nothing typed answers, one numeric answer), so every import
// either fits, fits with a note saying what was dropped, or is refused with the reason.
import { contentQuestionSchema, type ContentQuestion } from '../question-schema';
import { splitGeneralFeedback } from './general-feedback';
import { fullPrompt, type InterchangeQuestion, type WeightedAnswer } from './interchange-question';
import { tidyNumber } from './numbers';
import { htmlToText } from './plain-text';

/**
 * An imported question: our question, except that `evidence` may be empty and `explanation` may be
 * ''. Evidence is verbatim sentences of the set's article, which a GIFT or Aiken file cannot carry
 * (only our own exports bring it back, from the general feedback), so contentQuestionSchema would
 * refuse the question; the draft set shows it as needing evidence instead. Everything else has
 * already passed contentQuestionSchema.
 */
export type ImportedQuestion = ContentQuestion extends infer Q ? (Q extends ContentQuestion ? Omit<Q, 'evidence'> & { evidence: string[] } : never) : never;

export type ImportConversion = { ok: true; question: ImportedQuestion; notes: string[] } | { ok: false; reason: string };

const OPTION_IDS = 'abcdefghijklmnopqrstuvwxyz';

export function fromInterchange(source: InterchangeQuestion, id: string): ImportConversion {
  const notes: string[] = [];
  const text = (s: string) => (source.format === 'html' ? htmlToText(s) : s.trim());
  if (source.format === 'html') notes.push('HTML formatting removed: newsquiz shows plain text');
  const general = splitGeneralFeedback(text(source.generalFeedback ?? ''));
  const common = { id, prompt: text(fullPrompt(source)), explanation: general.explanation, evidence: general.evidence };

  const body = convertBody(source, text, notes);
  if ('reason' in body) return { ok: false, reason: body.reason };
  const question = { ...common, ...body } as ImportedQuestion;
  // Checked against our schema with the two relaxed fields filled in, so that a question that
  // imports is a question that publishes once its evidence is added.
  const check = contentQuestionSchema.safeParse({ ...question, explanation: question.explanation || 'x', evidence: ['x'] });
  if (!check.success) return { ok: false, reason: check.error.issues.map((i) => `${i.path.join('.') || 'question'}: ${i.message}`).join('; ') };
  return { ok: true, question, notes };
}

type Body = ImportedQuestion extends infer Q ? (Q extends ImportedQuestion ? Omit<Q, 'id' | 'prompt' | 'explanation' | 'evidence'> : never) : never;

function convertBody(q: InterchangeQuestion, text: (s: string) => string, notes: string[]): Body | { reason: string } {
  switch (q.type) {
    case 'choice':
      return convertChoice(q.answers, q.multipleAnswers, text, notes);
    case 'true_false': {
      const feedback: Record<string, string> = {};
      if (q.feedbackWhenRight) feedback[String(q.value)] = text(q.feedbackWhenRight);
      if (q.feedbackWhenWrong) feedback[String(!q.value)] = text(q.feedbackWhenWrong);
      return { type: 'true_false', answer: { value: q.value }, ...(Object.keys(feedback).length ? { feedback } : {}) };
    }
    case 'short_answer': {
      const accepted = q.answers.filter((a) => a.weight === 100).map((a) => text(a.text));
      const partial = q.answers.filter((a) => a.weight > 0 && a.weight < 100);
      const rejects = q.answers.filter((a) => a.weight <= 0).map((a) => text(a.text));
      if (!accepted[0]) return { reason: 'no answer is worth 100 %: newsquiz needs one fully right typed answer' };
      // Partial credit does not exist in our grading; giving full credit would be too generous.
      if (partial.length) notes.push(`partial-credit answers not imported: ${partial.map((a) => `"${a.text}" (${a.weight} %)`).join(', ')}`);
      if (q.answers.some((a) => a.feedback)) notes.push('per-answer feedback not imported: newsquiz typed answers have none');
      return { type: 'cloze', answer: { text: accepted[0], aliases: accepted.slice(1), ...(rejects.length ? { rejects } : {}) } };
    }
    case 'numeric': {
      const full = q.answers.filter((a) => a.weight === 100 && a.kind !== 'other');
      const [best] = full;
      if (!best || best.kind === 'other') return { reason: 'no numeric answer is worth 100 %' };
      if (full.length > 1) return { reason: 'several numeric answers are worth 100 %: newsquiz takes one value with a tolerance; merge them into one range' };
      const dropped = q.answers.filter((a) => a !== best);
      if (dropped.length) notes.push(`only the 100 % answer imported; ${dropped.length} other answer(s) with partial credit or feedback dropped`);
      if (best.feedback) notes.push('feedback on the right number not imported');
      const key = best.kind === 'range' ? { value: tidyNumber((best.min + best.max) / 2), tolerance: tidyNumber((best.max - best.min) / 2) } : { value: best.value, tolerance: best.tolerance };
      return { type: 'numeric', answer: { ...key, ...(q.unit ? { unit: q.unit } : {}) } };
    }
    case 'matching': {
      const rights = [...new Set(q.pairs.map((p) => text(p.right)))];
      const rightId = (r: string) => `r${rights.indexOf(r) + 1}`;
      const lefts = q.pairs.filter((p) => p.left.trim());
      const left = lefts.map((p, i) => ({ id: `l${i + 1}`, text: text(p.left) }));
      const pairs = Object.fromEntries(lefts.map((p, i) => [`l${i + 1}`, rightId(text(p.right))]));
      return { type: 'matching', left, right: rights.map((r) => ({ id: rightId(r), text: r })), answer: { pairs } };
    }
    case 'ordering': {
      const items = q.items.map((t, i) => ({ id: OPTION_IDS[i] ?? `i${i}`, text: text(t) }));
      return { type: 'ordering', items, answer: { order: items.map((i) => i.id) } };
    }
    case 'essay':
      return { reason: 'essay questions are marked by hand; newsquiz has no such type' };
    case 'description':
      return { reason: 'a description is text without a question; newsquiz has no such type' };
  }
}

/**
 * One right choice is all our multiple choice knows. A teacher who wrote several right answers
 * ("select all that apply") asked for something else, so such a question is refused rather than
 * turned into one where choosing a right answer is marked wrong. One fully right answer among
 * partly right ones imports, the partly right ones counting as wrong (noted).
 */
function convertChoice(answers: WeightedAnswer[], multiple: boolean, text: (s: string) => string, notes: string[]): Body | { reason: string } {
  const positive = answers.filter((a) => a.weight > 0);
  const full = answers.filter((a) => a.weight === 100);
  let correct: WeightedAnswer | undefined;
  if (positive.length === 1) correct = positive[0];
  else if (!multiple && full.length === 1) correct = full[0];
  if (!positive.length) return { reason: 'no answer is marked right' };
  if (!correct) {
    return {
      reason: multiple
        ? `${positive.length} answers are right ("select all that apply"): newsquiz multiple choice has exactly one right answer; split it into separate questions`
        : `${full.length} answers are each fully right: newsquiz multiple choice has exactly one right answer`,
    };
  }
  if (multiple) notes.push('a multiple-answer question with one right answer imported as single-answer multiple choice');
  if (correct.weight !== 100) notes.push(`the right answer was worth ${correct.weight} %; newsquiz gives full marks`);
  const partial = positive.filter((a) => a !== correct);
  if (partial.length) notes.push(`partly right answers now count as wrong: ${partial.map((a) => `"${a.text}" (${a.weight} %)`).join(', ')}`);
  if (answers.some((a) => a.weight < 0)) notes.push('negative marks for wrong answers not imported: newsquiz gives 0');
  const options = answers.map((a, i) => ({ id: OPTION_IDS[i] ?? `o${i}`, text: text(a.text) }));
  const feedback = Object.fromEntries(answers.flatMap((a, i) => (a.feedback ? [[options[i]!.id, text(a.feedback)]] : [])));
  return {
    type: 'multiple_choice',
    options,
    answer: { correct: options[answers.indexOf(correct)]!.id },
    ...(Object.keys(feedback).length ? { feedback } : {}),
  };
}
