// Word tokens with their character offsets in the article. Hyphenated and apostrophe names stay
// one token ("Kim Hong-kyun", "O’Hara"); a possessive "’s" is split off and remembered.
export type Token = {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is an initialism such as "U.S."). */
  capitalized: boolean;
  /** Followed by a possessive ’s / 's (not part of `text`). */
  possessive: boolean;
  /** Text between this token and the next one (spaces, punctuation). */
  gapAfter: string;
};

// A saint's "St." inside a name, after a given name, is one token like an initial ("Karen St.
// Germain", round 116); not "St. Louis" nor "theologian St. Thomas Aquinas", where it opens a name.
const WORD = /(?:[A-Z]\.){2,}|\b[A-Z]\.(?= \p{Lu})|(?<=\p{Lu}\p{Ll}+ )St\.(?= \p{Lu})|[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*(?:[’']s\b)?/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let possessive = false;
    if (/[’']s$/.test(word) && word.length > 2 && !/^(?:it|he|she|that|there|what|who|let)[’']s$/i.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const start = offset + m.index;
    tokens.push({ text: word, start, end: start + word.length, capitalized: /^\p{Lu}/u.test(word), possessive, gapAfter: '' });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const tokenEnd = t.end + (t.possessive ? 2 : 0);
    const nextStart = tokens[i + 1]?.start ?? offset + text.length;
    t.gapAfter = text.slice(tokenEnd - offset, nextStart - offset);
  }
  return tokens;
}
