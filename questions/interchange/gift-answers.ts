// Reads the inside of a GIFT answer block "{…}". The type is decided the way Moodle decides it:
// nothing → essay; "#" first → numeric; any "~" → multiple choice; "=" with "->" → matching;
// T/TRUE/F/FALSE → true-false; otherwise short answer.
import { charsToString, findUnescaped, splitBeforeMarkers, trimChars, type GiftChar } from './gift-escape';
import type { InterchangeQuestion, NumericAnswer, NumericValue, WeightedAnswer } from './interchange-question';

export class GiftSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

type Shared = 'id' | 'title' | 'prompt' | 'promptAfter' | 'format' | 'generalFeedback' | 'sourceType' | 'line';
/** The type-specific part of a question: what the answer block says. */
export type AnswerBody = InterchangeQuestion extends infer Q ? (Q extends InterchangeQuestion ? Omit<Q, Shared> : never) : never;

export function parseAnswerBlock(block: GiftChar[], openLine: number): { body: AnswerBody; generalFeedback?: string } {
  let chars = trimChars(block);
  let generalFeedback: string | undefined;
  const gf = lastUnescaped(chars, '####');
  if (gf >= 0) {
    generalFeedback = text(chars.slice(gf + 4)) || undefined;
    chars = trimChars(chars.slice(0, gf));
  }
  const line = chars[0]?.line ?? openLine;
  const s = charsToString(chars);
  let body: AnswerBody;
  if (!chars.length) body = { type: 'essay' };
  else if (chars[0]!.ch === '#' && !chars[0]!.escaped) body = parseNumeric(trimChars(chars.slice(1)), line);
  else if (findUnescaped(chars, '~') >= 0) body = parseChoice(chars);
  else if (findUnescaped(chars, '=') >= 0 && s.includes('->')) body = parseMatching(chars);
  else {
    const hash = findUnescaped(chars, '#');
    const word = charsToString(trimChars(hash < 0 ? chars : chars.slice(0, hash)));
    body = ['T', 'TRUE', 'F', 'FALSE'].includes(word) ? parseTrueFalse(word, hash < 0 ? [] : chars.slice(hash)) : parseShortAnswer(chars);
  }
  return { body, ...(generalFeedback ? { generalFeedback } : {}) };
}

function lastUnescaped(chars: GiftChar[], needle: string): number {
  let found = -1;
  for (let at = findUnescaped(chars, needle); at >= 0; at = findUnescaped(chars, needle, at + 1)) found = at;
  return found;
}

const FORMAT_TAG = /^\[(html|markdown|plain|moodle)\]\s*/;

/** Text of an answer or feedback; a format tag on it only changes how Moodle renders it, so it goes. */
function text(chars: GiftChar[]): string {
  return charsToString(trimChars(chars)).replace(FORMAT_TAG, '').trim();
}

type Piece = { marker: string; weight?: number; text: string; feedback?: string; line: number };

/** Splits "=a#fb ~%50%b" into pieces; text before the first marker is an error unless allowed. */
function pieces(chars: GiftChar[], markers: string, leadingAllowed: boolean): Piece[] {
  const parts = splitBeforeMarkers(chars, markers);
  const first = trimChars(parts[0]!);
  if (first.length && !leadingAllowed) {
    throw new GiftSyntaxError(first[0]!.line, `expected ${[...markers].map((m) => `'${m}'`).join(' or ')} before "${charsToString(first)}"`);
  }
  const all = first.length ? [[{ ch: '=', escaped: false, line: first[0]!.line }, ...first], ...parts.slice(1)] : parts.slice(1);
  return all.map((part) => {
    const marker = part[0]!.ch;
    const line = part[0]!.line;
    let rest = trimChars(part.slice(1));
    const hash = findUnescaped(rest, '#');
    const feedback = hash < 0 ? undefined : text(rest.slice(hash + 1)) || undefined;
    if (hash >= 0) rest = rest.slice(0, hash);
    let body = charsToString(trimChars(rest));
    let weight: number | undefined;
    const w = /^%([^%\s]{0,12})%\s*/.exec(body);
    if (w) {
      weight = Number(w[1]);
      if (!/^-?\d+(\.\d+)?$/.test(w[1]!) || weight < -100 || weight > 100) {
        throw new GiftSyntaxError(line, `expected a weight between -100 and 100 between the % signs, found "%${w[1]}%"`);
      }
      body = body.slice(w[0].length);
    }
    return { marker, line, text: body.replace(FORMAT_TAG, '').trim(), ...(weight === undefined ? {} : { weight }), ...(feedback ? { feedback } : {}) };
  });
}

function weighted(p: Piece, defaultWeight: number): WeightedAnswer {
  if (!p.text) throw new GiftSyntaxError(p.line, `expected answer text after '${p.marker}'`);
  return { text: p.text, weight: p.weight ?? defaultWeight, ...(p.feedback ? { feedback: p.feedback } : {}) };
}

function parseChoice(chars: GiftChar[]): AnswerBody {
  const ps = pieces(chars, '=~', false);
  const answers = ps.map((p) => weighted(p, p.marker === '=' ? 100 : 0));
  // As in Moodle: a question is multiple-answer exactly when no answer is marked with "=".
  return { type: 'choice', multipleAnswers: !ps.some((p) => p.marker === '='), answers };
}

function parseShortAnswer(chars: GiftChar[]): AnswerBody {
  return { type: 'short_answer', answers: pieces(chars, '=', true).map((p) => weighted(p, 100)) };
}

function parseTrueFalse(word: string, feedbackChars: GiftChar[]): AnswerBody {
  // "{T#shown when wrong#shown when right}": later "#"s belong to the second feedback.
  const first = findUnescaped(feedbackChars, '#', 1);
  const wrong = text(first < 0 ? feedbackChars.slice(1) : feedbackChars.slice(1, first));
  const right = first < 0 ? '' : text(feedbackChars.slice(first + 1));
  return { type: 'true_false', value: word.startsWith('T'), ...(right ? { feedbackWhenRight: right } : {}), ...(wrong ? { feedbackWhenWrong: wrong } : {}) };
}

function parseMatching(chars: GiftChar[]): AnswerBody {
  const pairs = pieces(chars, '=', false).map((p) => {
    const at = p.text.indexOf('->');
    if (at < 0) throw new GiftSyntaxError(p.line, `expected '->' between the two sides of the matching pair "${p.text}"`);
    const right = p.text.slice(at + 2).trim();
    if (!right) throw new GiftSyntaxError(p.line, `expected text after '->' in the matching pair "${p.text}"`);
    return { left: p.text.slice(0, at).trim(), right };
  });
  return { type: 'matching', pairs };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseNumeric(chars: GiftChar[], line: number): AnswerBody {
  const first = chars[0];
  if (!first) throw new GiftSyntaxError(line, "expected a number after '#'");
  const multiple = !first.escaped && (first.ch === '=' || first.ch === '~');
  const ps = multiple ? pieces(chars, '=~', false) : pieces([{ ch: '=', escaped: false, line: first.line }, ...chars], '=', false);
  const answers = ps.map((p): NumericAnswer => {
    const weight = p.weight ?? (p.marker === '=' ? 100 : 0);
    const fb = p.feedback ? { feedback: p.feedback } : {};
    if (!p.text) {
      if (p.marker === '~') return { kind: 'other', weight, ...fb };
      throw new GiftSyntaxError(p.line, "expected a number after '='");
    }
    return { ...numericValue(p.text, p.line), weight, ...fb };
  });
  return { type: 'numeric', answers };
}

function numericValue(spec: string, line: number): NumericValue {
  const num = (s: string) => {
    const t = s.trim();
    if (!NUMBER.test(t)) throw new GiftSyntaxError(line, `expected a number in the numeric answer, found "${t}"`);
    return Number(t);
  };
  const range = spec.indexOf('..');
  if (range >= 0) {
    const min = num(spec.slice(0, range));
    const max = num(spec.slice(range + 2));
    if (min > max) throw new GiftSyntaxError(line, `the range ${spec} has its minimum above its maximum`);
    return { kind: 'range', min, max };
  }
  const colon = spec.indexOf(':');
  if (colon < 0) return { kind: 'tolerance', value: num(spec), tolerance: 0 };
  const tolerance = num(spec.slice(colon + 1));
  if (tolerance < 0) throw new GiftSyntaxError(line, `the tolerance in ${spec} is negative`);
  return { kind: 'tolerance', value: num(spec.slice(0, colon)), tolerance };
}
