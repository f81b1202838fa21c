import { CLOZE_GAP } from '@/questions/cloze-gap';
import type { QuestionType } from '@/questions/question-schema';

export const QUESTION_TYPE_LABEL: Record<QuestionType, string> = {
  multiple_choice: 'Multiple choice',
  true_false: 'True or false',
  cloze: 'Fill in the blank',
  numeric: 'Numeric',
  matching: 'Matching',
  ordering: 'Timeline order',
  who_said_it: 'Who said it',
};

/**
 * One question's label: a typed answer with no gap in its prompt ("Who said these words? “…”") is
 * no fill-in-the-blank.
 */
export function questionLabel(q: { type: QuestionType; prompt: string }): string {
  return q.type === 'cloze' && !CLOZE_GAP.test(q.prompt) ? 'Type the answer' : QUESTION_TYPE_LABEL[q.type];
}

/** Rough time to answer, in seconds, by type: used for "about N min" estimates. */
export const SECONDS_PER_TYPE: Record<QuestionType, number> = {
  multiple_choice: 30,
  true_false: 20,
  cloze: 40,
  numeric: 35,
  matching: 75,
  ordering: 60,
  who_said_it: 30,
};

export function formatArticleDate(iso: string | null): string {
  if (!iso) return 'Date unknown';
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
