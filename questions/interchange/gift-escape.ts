// GIFT's escapes, shared by the writer and the reader. Moodle's own writer escapes the same set:
// backslash, the control characters ~ = # { } : and line breaks (as \n), so each question fits on
// lines that no GIFT reader can misread.

const SPECIAL = /[\\~=#{}:]/g;

export function escapeGift(text: string): string {
  return text
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n');
}

/** A character of a question's text after escapes are read: `escaped` ones are never syntax. */
export type GiftChar = { ch: string; escaped: boolean; line: number };

const ESCAPABLE = new Set(['\\', '~', '=', '#', '{', '}', ':', 'n']);

/**
 * Reads escapes left to right, so "\\n" is a backslash and an n, not a line break. An unknown escape
 * such as "\%" keeps its backslash, as Moodle does.
 */
export function readGiftChars(lines: readonly { text: string; line: number }[]): GiftChar[] {
  const out: GiftChar[] = [];
  lines.forEach(({ text, line }, i) => {
    if (i > 0) out.push({ ch: '\n', escaped: false, line });
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      const next = text[k + 1];
      if (c === '\\' && next !== undefined && ESCAPABLE.has(next)) {
        out.push({ ch: next === 'n' ? '\n' : next, escaped: true, line });
        k++;
      } else {
        out.push({ ch: c, escaped: false, line });
      }
    }
  });
  return out;
}

export const charsToString = (chars: readonly GiftChar[]): string => chars.map((c) => c.ch).join('');

/** Index of the first unescaped `ch` (one or more characters) at or after `from`, or -1. */
export function findUnescaped(chars: readonly GiftChar[], ch: string, from = 0): number {
  for (let i = from; i <= chars.length - ch.length; i++) {
    let hit = true;
    for (let k = 0; k < ch.length; k++) {
      const c = chars[i + k]!;
      if (c.escaped || c.ch !== ch[k]) {
        hit = false;
        break;
      }
    }
    if (hit) return i;
  }
  return -1;
}

/** Splits before each unescaped marker character; each part but the first starts with its marker. */
export function splitBeforeMarkers(chars: readonly GiftChar[], markers: string): GiftChar[][] {
  const parts: GiftChar[][] = [[]];
  for (const c of chars) {
    if (!c.escaped && markers.includes(c.ch)) parts.push([]);
    parts[parts.length - 1]!.push(c);
  }
  return parts;
}

export function trimChars(chars: readonly GiftChar[]): GiftChar[] {
  let start = 0;
  let end = chars.length;
  while (start < end && !chars[start]!.escaped && /\s/.test(chars[start]!.ch)) start++;
  while (end > start && !chars[end - 1]!.escaped && /\s/.test(chars[end - 1]!.ch)) end--;
  return chars.slice(start, end);
}
