// GIFT writer (Moodle's plain-text question format). Each question is written the way Moodle's own
// exporter writes it — title, text, an answer block with one answer a line — so the file reads
// well and imports into Moodle and into gift-pegjs alike. What GIFT cannot say is converted or
// skipped, with a note.
import { escapeGift } from './gift-escape';
import type { ExportNote, TextExport } from './export-notes';
import { noteId } from './export-notes';
import { GAP, type InterchangeQuestion, type NumericAnswer, type TextFormat, type WeightedAnswer } from './interchange-question';
import { plainNumber } from './numbers';

export type GiftExportOptions = { category?: string };

export function exportGift(questions: readonly InterchangeQuestion[], options: GiftExportOptions = {}): TextExport {
  const notes: ExportNote[] = [];
  const blocks: string[] = [];
  // Moodle writes "/" inside a category name as "//" (a single one separates sub-categories).
  if (options.category) blocks.push(`$CATEGORY: ${options.category.replace(/\s+/g, ' ').replace(/\//g, '//')}`);
  questions.forEach((q, i) => {
    const note = (action: ExportNote['action'], reason: string) => notes.push({ questionId: noteId(q, i), action, reason });
    blocks.push(writeQuestion(adaptForGift(q, note)));
  });
  return { text: blocks.join('\n\n') + '\n', notes };
}

/** Rewrites what GIFT has no syntax for into the closest thing it has, noting each change. */
export function adaptForGift(q: InterchangeQuestion, note: (action: ExportNote['action'], reason: string) => void): InterchangeQuestion {
  if (q.sourceType === 'who_said_it') note('converted', 'GIFT has no who-said-it type: written as multiple choice');
  if (q.type === 'ordering') {
    // A matching question of position → item asks the same thing in Moodle: which item comes first,
    // which second. Moodle's own Ordering type has no GIFT syntax.
    note('converted', 'GIFT has no ordering type: written as matching, each position (1, 2, …) to its item');
    return { ...q, type: 'matching', pairs: q.items.map((item, i) => ({ left: String(i + 1), right: item })) };
  }
  if (q.type === 'numeric' && q.unit) {
    note('converted', `GIFT numeric answers have no unit: "${q.unit}" added to the question text`);
    const { unit, ...rest } = q;
    return { ...rest, ...withSuffix(q, ` (${unit})`) };
  }
  if (q.promptAfter?.trimStart().startsWith('//')) {
    // Text after an answer block that starts with "//" reads as a comment: keep the gap in the text.
    return adaptForGift({ ...q, prompt: `${q.prompt}${GAP}${q.promptAfter}`, promptAfter: undefined }, note);
  }
  if (q.type === 'matching' && q.pairs.some((p) => p.left.includes('->'))) {
    note('converted', 'GIFT cannot escape "->" on the left of a matching pair: written as "- >"');
    return { ...q, pairs: q.pairs.map((p) => ({ ...p, left: p.left.replace(/->/g, '- >') })) };
  }
  if (q.type === 'short_answer' && q.answers.some((a) => `${a.text}${a.feedback ?? ''}`.includes('->'))) {
    // "=" with "->" in a block is how GIFT readers recognise matching.
    note('converted', 'GIFT reads "->" in a short answer as matching: written as "- >"');
    const dash = (s: string) => s.replace(/->/g, '- >');
    return { ...q, answers: q.answers.map((a) => ({ ...a, text: dash(a.text), ...(a.feedback ? { feedback: dash(a.feedback) } : {}) })) };
  }
  return q;
}

function withSuffix(q: InterchangeQuestion, suffix: string): Pick<InterchangeQuestion, 'prompt' | 'promptAfter'> {
  return q.promptAfter === undefined ? { prompt: q.prompt + suffix } : { prompt: q.prompt, promptAfter: q.promptAfter + suffix };
}

function writeQuestion(q: InterchangeQuestion): string {
  const head = (q.title ? `::${escapeGift(q.title)}::` : '') + formatTag(q.format, q.prompt) + escapeGift(q.prompt);
  const generalText = q.generalFeedback ? `####${answerText(q.generalFeedback, q.format)}` : '';
  const general = generalText ? [`\t${generalText}`] : [];
  const after = q.promptAfter === undefined ? '' : escapeGift(q.promptAfter);
  const block = (lines: string[]) => `${head}{\n${[...lines, ...general].join('\n')}\n}${after}`;
  switch (q.type) {
    case 'choice':
      return block(q.answers.map((a) => `\t${choiceMarker(a, q.multipleAnswers)}${answerText(a.text, q.format)}${feedback(a.feedback)}`));
    case 'true_false': {
      // GIFT's first feedback is shown for a wrong answer, the second for a right one.
      const fb = q.feedbackWhenRight ? `#${q.feedbackWhenWrong ? answerText(q.feedbackWhenWrong, 'plain') : ''}${feedback(q.feedbackWhenRight)}` : feedback(q.feedbackWhenWrong);
      return `${head}{${q.value ? 'TRUE' : 'FALSE'}${fb}${generalText}}${after}`;
    }
    case 'short_answer':
      return block(q.answers.map((a) => `\t=${weightTag(a.weight, a.weight === 100 && !startsLikeWeight(a.text))}${answerText(a.text, q.format)}${feedback(a.feedback)}`));
    case 'numeric':
      return `${head}{#\n${[...q.answers.map((a) => `\t${numericAnswer(a)}${feedback(a.feedback)}`), ...general].join('\n')}\n}${after}`;
    case 'matching':
      return block(q.pairs.map((p) => `\t=${p.left ? answerText(p.left, q.format) : ''} -> ${escapeGift(p.right)}`));
    case 'ordering':
      throw new Error('ordering is adapted to matching before writing');
    case 'essay':
      return `${head}{${generalText}}`;
    case 'description':
      return head;
  }
}

/** "[plain]" etc. when not Moodle's default, and whenever the text itself starts like a format tag. */
function formatTag(format: TextFormat, text: string): string {
  return format !== 'moodle' || FORMAT_LIKE.test(text) ? `[${format}]` : '';
}
const FORMAT_LIKE = /^\s*\[(html|markdown|plain|moodle)\]/;

function answerText(text: string, format: TextFormat): string {
  return (FORMAT_LIKE.test(text) ? `[${format}]` : '') + escapeGift(text);
}

/**
 * A leading "%50%" in an answer's text would be read as its weight: so would anything the reader
 * takes for one ("%%50%", a weight it rejects), so such a text gets its weight written first.
 */
const startsLikeWeight = (text: string) => /^\s*%[^%\s]{0,12}%/.test(text);

function choiceMarker(a: WeightedAnswer, multiple: boolean): string {
  // Moodle makes a question multiple-answer exactly when no answer starts with "=".
  if (a.weight === 100 && !multiple) return startsLikeWeight(a.text) ? '=%100%' : '=';
  return `~${weightTag(a.weight, a.weight === 0 && !startsLikeWeight(a.text))}`;
}

function weightTag(weight: number, implicit: boolean): string {
  return implicit ? '' : `%${plainNumber(weight)}%`;
}

function numericAnswer(a: NumericAnswer): string {
  // The catch-all "~" (feedback for any other number) has no value of its own.
  if (a.kind === 'other') return '~';
  const value = a.kind === 'range' ? `${plainNumber(a.min)}..${plainNumber(a.max)}` : `${plainNumber(a.value)}:${plainNumber(a.tolerance)}`;
  return `=${a.weight === 100 ? '' : `%${plainNumber(a.weight)}%`}${value}`;
}

function feedback(text: string | undefined): string {
  // Feedback takes the question's format; "[plain]" only guards text that starts like a tag.
  return text ? `#${answerText(text, 'plain')}` : '';
}
