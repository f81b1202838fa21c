// Article text (names, forms) put inside a regular expression as literal text.
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `word` stands in `text` as a whole word (not inside a longer one). */
export function containsWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);
}
