// The interchange model: one shape that can hold everything GIFT and Moodle XML can say about a
// question (weights, per-answer feedback, several numeric answers, missing-word prompts, essays),
// plus our ordering type. Every format reads into it or writes from it, so a format module only
// has to know its own syntax, and the decisions about our own types live in two converters
// (to-interchange.ts, from-interchange.ts).
import type { QuestionType } from '../question-schema';

/** How the text is to be rendered: Moodle's four text formats ('moodle' is GIFT's default). */
export type TextFormat = 'moodle' | 'html' | 'markdown' | 'plain';
export const TEXT_FORMATS: readonly TextFormat[] = ['moodle', 'html', 'markdown', 'plain'];

/** A choice or typed answer. weight is a percentage of the mark, -100..100. */
export type WeightedAnswer = { text: string; weight: number; feedback?: string };

/** A numeric answer, kept in the form it was written in so a round trip prints it the same way. */
export type NumericValue = { kind: 'tolerance'; value: number; tolerance: number } | { kind: 'range'; min: number; max: number };
export type NumericAnswer = (
  | NumericValue
  // GIFT's "~#feedback" in a numeric block: feedback for any other number.
  | { kind: 'other' }
) & { weight: number; feedback?: string };

/** A matching pair; an empty left side is an extra, unmatched right item (a distractor). */
export type MatchPair = { left: string; right: string };

type Common = {
  /** Our question id when the question came from us; exports name their notes after it. */
  id?: string;
  title?: string;
  /**
   * The question text. In a missing-word question it is the text before the gap, and `promptAfter`
   * holds the text after it (each keeps the space next to the gap, so "is {…}." prints back alike).
   */
  prompt: string;
  promptAfter?: string;
  format: TextFormat;
  generalFeedback?: string;
  /** Our type, when a format has to write it as another (who_said_it as a choice question). */
  sourceType?: QuestionType;
  /** Where the question started in an imported file (1-based). */
  line?: number;
};

export type InterchangeQuestion = Common &
  (
    | { type: 'choice'; multipleAnswers: boolean; answers: WeightedAnswer[] }
    | { type: 'true_false'; value: boolean; feedbackWhenRight?: string; feedbackWhenWrong?: string }
    | { type: 'short_answer'; answers: WeightedAnswer[] }
    | { type: 'numeric'; answers: NumericAnswer[]; unit?: string }
    | { type: 'matching'; pairs: MatchPair[] }
    /** Items listed in their correct order. */
    | { type: 'ordering'; items: string[] }
    | { type: 'essay' }
    | { type: 'description' }
  );

export type InterchangeType = InterchangeQuestion['type'];

/** The text with the gap shown as a blank line, as Moodle shows a missing-word question. */
export const GAP = '_____';

export function fullPrompt(q: Pick<InterchangeQuestion, 'prompt' | 'promptAfter'>): string {
  return q.promptAfter === undefined ? q.prompt.trim() : `${q.prompt}${GAP}${q.promptAfter}`.trim();
}
