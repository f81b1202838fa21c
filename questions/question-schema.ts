// Our own question types: what a question looks like in content files, in the engine's drafts and
// in the database (split into what a student may see and the answer key they may not).
import { z } from 'zod';

export const QUESTION_TYPES = ['multiple_choice', 'true_false', 'cloze', 'numeric', 'matching', 'ordering', 'who_said_it'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const choiceSchema = z.object({ id: z.string().min(1).max(20), text: z.string().trim().min(1).max(500) });
export type Choice = z.infer<typeof choiceSchema>;

const common = {
  id: z.string().min(1).max(120),
  prompt: z.string().trim().min(3).max(2000),
  explanation: z.string().trim().min(1).max(2000),
  /** Verbatim sentences of the article that prove the answer. */
  evidence: z.array(z.string().min(1)).min(1),
  feedback: z.record(z.string(), z.string()).optional(),
};

const uniqueIds = (choices: Choice[]) => new Set(choices.map((c) => c.id)).size === choices.length;

export const contentQuestionSchema = z
  .discriminatedUnion('type', [
    z.object({ ...common, type: z.literal('multiple_choice'), options: z.array(choiceSchema).min(2).max(8), answer: z.object({ correct: z.string() }) }),
    z.object({ ...common, type: z.literal('who_said_it'), options: z.array(choiceSchema).min(2).max(8), answer: z.object({ correct: z.string() }) }),
    z.object({ ...common, type: z.literal('true_false'), answer: z.object({ value: z.boolean() }) }),
    z.object({
      ...common,
      type: z.literal('cloze'),
      // rejects: other entities of the same type in the article, never accepted by the grader.
      answer: z.object({ text: z.string().min(1), aliases: z.array(z.string()).default([]), rejects: z.array(z.string()).optional() }),
    }),
    z.object({
      ...common,
      type: z.literal('numeric'),
      answer: z.object({ value: z.number(), tolerance: z.number().min(0).default(0), unit: z.string().optional() }),
    }),
    z.object({
      ...common,
      type: z.literal('matching'),
      left: z.array(choiceSchema).min(2).max(8),
      right: z.array(choiceSchema).min(2).max(8),
      answer: z.object({ pairs: z.record(z.string(), z.string()) }),
    }),
    z.object({ ...common, type: z.literal('ordering'), items: z.array(choiceSchema).min(2).max(8), answer: z.object({ order: z.array(z.string()) }) }),
  ])
  .superRefine((q, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message: `${q.id}: ${message}` });
    if (q.type === 'multiple_choice' || q.type === 'who_said_it') {
      if (!uniqueIds(q.options)) fail('option ids repeat');
      if (!q.options.some((o) => o.id === q.answer.correct)) fail(`answer "${q.answer.correct}" is not an option`);
    }
    if (q.type === 'matching') {
      const left = new Set(q.left.map((c) => c.id));
      const right = new Set(q.right.map((c) => c.id));
      const pairs = Object.entries(q.answer.pairs);
      if (pairs.length !== left.size || pairs.some(([l, r]) => !left.has(l) || !right.has(r))) fail('pairs must match every left item to a right item');
    }
    if (q.type === 'ordering') {
      const ids = q.items.map((i) => i.id);
      if (q.answer.order.length !== ids.length || !ids.every((id) => q.answer.order.includes(id))) fail('order must list every item once');
    }
  });

export type ContentQuestion = z.infer<typeof contentQuestionSchema>;

export const contentSetSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  topic: z.string().optional(),
  description: z.string().optional(),
  /** Slug of the article in questions/content/articles. */
  article: z.string(),
  questions: z.array(contentQuestionSchema).min(1),
});
export type ContentSet = z.infer<typeof contentSetSchema>;

export const articleMetaSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().nullable(),
  sourceUrl: z.string().url().nullable(),
  licence: z.string().nullable(),
  attribution: z.string().nullable(),
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  note: z.string().nullable().optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** What a student may see of a question before the answer is revealed. */
export type PublicOptions =
  | { kind: 'choices'; choices: Choice[] }
  | { kind: 'none' }
  | { kind: 'matching'; left: Choice[]; right: Choice[] }
  | { kind: 'ordering'; items: Choice[] };

/** Splits a question into the part a student may see and its answer key. */
export function splitQuestion(q: ContentQuestion): { options: PublicOptions; answerKey: ContentQuestion['answer'] } {
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it':
      return { options: { kind: 'choices', choices: q.options }, answerKey: q.answer };
    case 'true_false':
      return {
        options: { kind: 'choices', choices: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }] },
        answerKey: q.answer,
      };
    case 'matching':
      return { options: { kind: 'matching', left: q.left, right: q.right }, answerKey: q.answer };
    case 'ordering':
      return { options: { kind: 'ordering', items: q.items }, answerKey: q.answer };
    case 'cloze':
    case 'numeric':
      return { options: { kind: 'none' }, answerKey: q.answer };
  }
}
