// Aiken: Moodle's simplest format — a one-line question, options "A. …", and "ANSWER: B". It holds
// single-answer multiple choice and nothing else: true-false and who-said-it become multiple
// choice, every other type is skipped, and the feedback it cannot hold is noted.
import { noteId, type ExportNote, type TextExport } from './export-notes';
import { fullPrompt, type InterchangeQuestion } from './interchange-question';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Lines Aiken readers take for an option or the answer, so a question may not start like them. */
const RESERVED = /^([A-Z][.)][ \t]|ANSWER:)/;

export function exportAiken(questions: readonly InterchangeQuestion[]): TextExport {
  const notes: ExportNote[] = [];
  const blocks: string[] = [];
  questions.forEach((q, i) => {
    const note = (action: ExportNote['action'], reason: string) => notes.push({ questionId: noteId(q, i), action, reason });
    const choice = asChoice(q, note);
    if (!choice) return;
    const prompt = oneLine(fullPrompt(q));
    if (RESERVED.test(prompt)) return note('skipped', `the question starts like an Aiken option or answer line ("${prompt.slice(0, 10)}…"), so it would be misread`);
    if (choice.options.length > LETTERS.length) return note('skipped', `Aiken letters options A to Z; this question has ${choice.options.length}`);
    if (/\n/.test(fullPrompt(q)) || choice.options.some((o) => /\n/.test(o))) note('converted', 'Aiken keeps a question and each option on one line: line breaks became spaces');
    if (hasFeedback(q)) note('converted', 'Aiken has no feedback: the explanation, evidence and any per-answer feedback are left out');
    const lines = [prompt, ...choice.options.map((o, k) => `${LETTERS[k]}. ${oneLine(o)}`), `ANSWER: ${LETTERS[choice.correct]}`];
    blocks.push(lines.join('\n'));
  });
  return { text: blocks.join('\n\n') + (blocks.length ? '\n' : ''), notes };
}

function asChoice(q: InterchangeQuestion, note: (action: ExportNote['action'], reason: string) => void): { options: string[]; correct: number } | null {
  if (q.type === 'true_false') {
    note('converted', 'Aiken has no true-false type: written as multiple choice with the options True and False');
    return { options: ['True', 'False'], correct: q.value ? 0 : 1 };
  }
  if (q.type !== 'choice') {
    note('skipped', `Aiken holds only multiple choice; a ${q.type.replace('_', ' ')} question has no Aiken form`);
    return null;
  }
  const right = q.answers.filter((a) => a.weight > 0);
  if (right.length !== 1) {
    note('skipped', `Aiken has exactly one right answer; this question has ${right.length}`);
    return null;
  }
  if (q.sourceType === 'who_said_it') note('converted', 'Aiken has no who-said-it type: written as multiple choice');
  if (q.answers.some((a) => a.weight !== 0 && a.weight !== 100)) note('converted', 'Aiken has no partial or negative marks: answers are right or wrong');
  return { options: q.answers.map((a) => a.text), correct: q.answers.indexOf(right[0]!) };
}

function hasFeedback(q: InterchangeQuestion): boolean {
  if (q.generalFeedback) return true;
  if (q.type === 'true_false') return Boolean(q.feedbackWhenRight || q.feedbackWhenWrong);
  return q.type === 'choice' && q.answers.some((a) => a.feedback);
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
