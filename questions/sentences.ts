// Splits article text into sentences with their character spans in the original text. Each line
// is a paragraph; inside one, a sentence ends at . ! or ? (optionally followed by a closing quote)
// before whitespace and a capital letter, digit or opening quote — except after abbreviations
// such as "U.S." or "Mr." and single initials.
export type Sentence = { index: number; start: number; end: number; text: string };

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'e.g', 'i.e', 'etc', 'vs', 'no', 'vol', 'inc', 'corp', 'ltd', 'co',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx',
  // Military and police ranks ("Maj. Gen. Shaukat Sultan", round 138).
  'maj', 'brig', 'adm', 'cmdr', 'cpl', 'pvt', 'supt', 'insp',
  // Firms' legal forms that a capital follows ("HDT Védelmi Ipari Kft. (HDT Limited) acquired …", round 146).
  'kft', 'bhd', 'pty',
]);

function endsWithAbbreviation(before: string): boolean {
  // Not the "s" of a decade ("since the 1970s. Botella's view …" is two sentences, round 73).
  const word = /(?<![A-Za-z0-9])([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$/.exec(before)?.[1];
  if (!word) return false;
  if (word.length === 1) return true; // an initial: "John F. Kennedy"
  // Dotted initials of a name: "K.C. Maurer" (round 84); "Washington, D.C." may end a sentence.
  if (/^[A-Za-z](?:\.[A-Za-z])+$/.test(word) && word.toLowerCase() !== 'd.c') return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    const base = p.index;
    const para = p[0];
    const boundary = /[.!?]["”’')\]]*(?=\s+["“‘(]?[A-Z0-9])/g;
    let start = 0;
    for (let m = boundary.exec(para); m; m = boundary.exec(para)) {
      const end = m.index + m[0].length;
      if (para[m.index] === '.' && endsWithAbbreviation(para.slice(start, m.index + 1))) continue;
      push(sentences, text, base + start, base + end);
      start = end;
    }
    push(sentences, text, base + start, base + para.length);
  }
  return sentences;
}

function push(out: Sentence[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
}

export type EvidenceSpan = { sentenceIndex: number; start: number; end: number; text: string };

/** Finds a quoted evidence sentence in the article; null when it is not there verbatim. */
export function locateEvidence(text: string, sentences: Sentence[], evidence: string): EvidenceSpan | null {
  const start = text.indexOf(evidence);
  if (start < 0) return null;
  const end = start + evidence.length;
  const sentence = sentences.find((s) => s.start <= start && start < s.end);
  if (!sentence) return null;
  return { sentenceIndex: sentence.index, start, end, text: evidence };
}

/** The article's paragraphs, each a list of its sentences (with the indexes evidence points at). */
export function sentenceParagraphs(text: string): Sentence[][] {
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of splitSentences(text)) {
    const paragraph = text.slice(0, sentence.start).split('\n').length - 1;
    byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), sentence]);
  }
  return [...byParagraph.values()];
}
