// The shape of a student's answer, checked at the action boundary and against the question it is
// for: an option that is not one of the question's options is refused, not graded as wrong.
import { z } from 'zod';
import type { GivenAnswer } from '@/questions/grading';
import type { PublicOptions, QuestionType } from '@/questions/question-schema';

const id = z.string().min(1).max(20);

export const givenAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), optionId: id }),
  z.object({ kind: z.literal('boolean'), value: z.boolean() }),
  z.object({ kind: z.literal('text'), text: z.string().trim().min(1, 'Type an answer.').max(200, 'That answer is too long.') }),
  z.object({ kind: z.literal('number'), value: z.number().finite() }),
  z.object({ kind: z.literal('pairs'), pairs: z.record(id, id) }),
  z.object({ kind: z.literal('order'), order: z.array(id).min(1).max(12) }),
]);

/** null when the answer fits the question; otherwise the reason it does not. */
export function answerMismatch(type: QuestionType, options: PublicOptions, answer: GivenAnswer): string | null {
  const expected: Record<QuestionType, GivenAnswer['kind']> = {
    multiple_choice: 'choice',
    who_said_it: 'choice',
    true_false: 'boolean',
    cloze: 'text',
    numeric: 'number',
    matching: 'pairs',
    ordering: 'order',
  };
  if (answer.kind !== expected[type]) return 'That kind of answer does not fit this question.';
  if (answer.kind === 'choice' && options.kind === 'choices' && !options.choices.some((c) => c.id === answer.optionId)) return 'That option is not one of this question’s options.';
  if (answer.kind === 'pairs' && options.kind === 'matching') {
    const left = new Set(options.left.map((l) => l.id));
    const right = new Set(options.right.map((r) => r.id));
    const entries = Object.entries(answer.pairs);
    if (entries.length !== left.size || entries.some(([l, r]) => !left.has(l) || !right.has(r))) return 'Match every item to one of the given options.';
  }
  if (answer.kind === 'order' && options.kind === 'ordering') {
    const items = options.items.map((i) => i.id).sort();
    if (JSON.stringify([...answer.order].sort()) !== JSON.stringify(items)) return 'Put every item in the list exactly once.';
  }
  return null;
}
