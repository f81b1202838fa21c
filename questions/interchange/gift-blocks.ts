// A GIFT file is questions separated by blank lines. Full-line "//" comments are dropped without
// ending a question (as Moodle does); "//" elsewhere, as in a URL, is text. Each line keeps its
// number so that errors can name it.
export type SourceLine = { text: string; line: number };
export type GiftBlock = { lines: SourceLine[]; startLine: number; /** the blank line (or last line) that ended it */ endLine: number };

export function splitGiftBlocks(source: string): GiftBlock[] {
  const raw = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: GiftBlock[] = [];
  let current: GiftBlock | null = null;
  for (const [i, text] of raw.entries()) {
    const line = i + 1;
    // Moodle trims every line, so indentation is never part of a question.
    const trimmed = text.trim();
    if (!trimmed) {
      if (current) blocks.push({ ...current, endLine: line });
      current = null;
      continue;
    }
    current ??= { lines: [], startLine: line, endLine: line };
    if (trimmed.startsWith('//')) continue;
    current.lines.push({ text: trimmed, line });
    current.endLine = line;
  }
  if (current) blocks.push(current);
  return blocks.filter((b) => b.lines.length > 0).map((b) => ({ ...b, startLine: b.lines[0]!.line }));
}
