// GIFT reader, written by hand to follow Moodle's importer (question/format/gift/format.php):
// blank lines separate questions, "//" lines are comments, "$CATEGORY:" sets the category,
// "::title::", "[format]", one "{…}" answer block (in the middle for a missing-word question).
// Unlike Moodle it refuses a malformed file whole, naming the line, so a teacher fixes the file
// instead of finding half of it imported.
import { GiftSyntaxError, parseAnswerBlock } from './gift-answers';
import { splitGiftBlocks, type GiftBlock } from './gift-blocks';
import { charsToString, findUnescaped, readGiftChars, trimChars, type GiftChar } from './gift-escape';
import { convertImported, type ImportResult } from './import-result';
import { TEXT_FORMATS, type InterchangeQuestion, type TextFormat } from './interchange-question';

export type GiftParseResult = { ok: true; questions: InterchangeQuestion[]; category?: string } | { ok: false; line: number; message: string };

/** GIFT text → interchange questions (every type GIFT has, essays and descriptions included). */
export function parseGift(source: string): GiftParseResult {
  const questions: InterchangeQuestion[] = [];
  let category: string | undefined;
  try {
    for (const block of splitGiftBlocks(source)) {
      let lines = block.lines;
      if (lines[0]!.text.startsWith('$CATEGORY:')) {
        category ??= lines[0]!.text.slice('$CATEGORY:'.length).trim();
        lines = lines.slice(1);
        if (!lines.length) continue;
      }
      questions.push(parseQuestion({ ...block, lines, startLine: lines[0]!.line }));
    }
  } catch (e) {
    if (e instanceof GiftSyntaxError) return { ok: false, line: e.line, message: `line ${e.line}: ${e.message}` };
    throw e;
  }
  return { ok: true, questions, ...(category ? { category } : {}) };
}

/** GIFT text → questions for a draft set, with what was changed and what could not be imported. */
export function importGift(source: string): ImportResult {
  const parsed = parseGift(source);
  return parsed.ok ? convertImported(parsed.questions, parsed.category) : parsed;
}

function parseQuestion(block: GiftBlock): InterchangeQuestion {
  let chars = readGiftChars(block.lines);
  const line = block.startLine;
  let title: string | undefined;
  if (startsWith(chars, '::')) {
    const end = findUnescaped(chars, '::', 2);
    if (end < 0) throw new GiftSyntaxError(line, "expected '::' to close the question title");
    title = charsToString(chars.slice(2, end)).trim() || undefined;
    chars = trimChars(chars.slice(end + 2));
  }
  let format: TextFormat = 'moodle';
  const tag = /^\[(\w+)\]/.exec(charsToString(chars.slice(0, 12)));
  if (tag && (TEXT_FORMATS as readonly string[]).includes(tag[1]!)) {
    format = tag[1] as TextFormat;
    chars = chars.slice(tag[0].length);
  }
  const common = { line, format, ...(title ? { title } : {}) };

  const open = findUnescaped(chars, '{');
  const close = findUnescaped(chars, '}');
  if (close >= 0 && (open < 0 || close < open)) {
    throw new GiftSyntaxError(chars[close]!.line, "found '}' with no '{' before it (write \\} for a brace in text)");
  }
  if (open < 0) return { ...common, type: 'description', prompt: charsToString(trimChars(chars)) };
  const openLine = chars[open]!.line;
  const nested = findUnescaped(chars, '{', open + 1);
  if (close < 0) {
    throw new GiftSyntaxError(nested >= 0 ? chars[nested]!.line : block.endLine, `expected '}' to close the answer block opened on line ${openLine}`);
  }
  if (nested >= 0 && nested < close) {
    throw new GiftSyntaxError(chars[nested]!.line, `expected '}' to close the answer block opened on line ${openLine} before another '{'`);
  }
  const extra = [findUnescaped(chars, '{', close + 1), findUnescaped(chars, '}', close + 1)].filter((i) => i >= 0);
  if (extra.length) {
    throw new GiftSyntaxError(chars[Math.min(...extra)]!.line, `a question has one answer block; the block opened on line ${openLine} is already closed (write \\{ or \\} for a brace in text)`);
  }

  const { body, generalFeedback } = parseAnswerBlock(chars.slice(open + 1, close), openLine);
  let after = trimChars(chars.slice(close + 1));
  // A comment after the block ("{T} // why") is not a missing-word tail.
  if (startsWith(after, '//')) after = [];
  const before = charsToString(chars.slice(0, open));
  const text = after.length ? { prompt: before.trimStart(), promptAfter: charsToString(chars.slice(close + 1)).trimEnd() } : { prompt: before.trim() };
  return { ...common, ...text, ...(generalFeedback ? { generalFeedback } : {}), ...body } as InterchangeQuestion;
}

function startsWith(chars: GiftChar[], s: string): boolean {
  return [...s].every((c, i) => chars[i]?.ch === c && !chars[i]?.escaped);
}
