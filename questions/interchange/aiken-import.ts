// Aiken reader. Questions are one or more lines of text, then options "A. …" or "A) …" in letter
// order, then "ANSWER: X"; blank lines between questions are optional. A malformed file is refused
// whole, naming the line.
import { convertImported, type ImportResult } from './import-result';
import type { InterchangeQuestion } from './interchange-question';

// `s`: an option may hold a Unicode line separator (U+2028), which `.` would not match.
const OPTION = /^([A-Z])[.)][ \t]+(.*)$/s;
const ANSWER = /^ANSWER:\s*(\S*)\s*$/;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export type AikenParseResult = { ok: true; questions: InterchangeQuestion[] } | { ok: false; line: number; message: string };

export function parseAiken(source: string): AikenParseResult {
  const questions: InterchangeQuestion[] = [];
  let current: { line: number; prompt: string[]; options: string[] } | null = null;
  const fail = (line: number, message: string): AikenParseResult => ({ ok: false, line, message: `line ${line}: ${message}` });
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let lastLine = 0;
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    const text = raw.trim();
    if (text) lastLine = line;
    if (!text) {
      if (current?.options.length) return fail(line, `expected more options or "ANSWER: …" for the question on line ${current.line}`);
      continue;
    }
    const option = OPTION.exec(text);
    const answer = ANSWER.exec(text);
    if (answer) {
      if (!current || current.options.length < 2) return fail(line, 'expected a question and at least two options (A. …, B. …) before "ANSWER:"');
      const letter = answer[1] ?? '';
      const correct = LETTERS.indexOf(letter);
      if (letter.length !== 1 || correct < 0 || correct >= current.options.length) {
        return fail(line, `expected the letter of one of the options A to ${LETTERS[current.options.length - 1]} after "ANSWER:", found "${letter}"`);
      }
      questions.push({
        type: 'choice',
        line: current.line,
        format: 'plain',
        prompt: current.prompt.join('\n'),
        multipleAnswers: false,
        answers: current.options.map((o, k) => ({ text: o, weight: k === correct ? 100 : 0 })),
      });
      current = null;
    } else if (option && current) {
      const expected = LETTERS[current.options.length];
      if (option[1] !== expected) return fail(line, `expected option ${expected}, found ${option[1]}`);
      current.options.push(option[2]!.trim());
    } else if (option) {
      return fail(line, `expected a question before option ${option[1]}`);
    } else if (current?.options.length) {
      return fail(line, `expected an option or "ANSWER: …" for the question on line ${current.line}`);
    } else if (current) {
      // Moodle wants the question on one line; a question that runs on is accepted and kept whole.
      current.prompt.push(text);
    } else {
      current = { line, prompt: [text], options: [] };
    }
  }
  if (current) return fail(lastLine, `expected "ANSWER: …" for the question on line ${current.line}`);
  return { ok: true, questions };
}

export function importAiken(source: string): ImportResult {
  const parsed = parseAiken(source);
  return parsed.ok ? convertImported(parsed.questions) : parsed;
}
