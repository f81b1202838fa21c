import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateEvidence, splitSentences } from '@/questions/sentences';

const article = fs.readFileSync('questions/content/articles/putin-north-korea-visit.txt', 'utf8');

describe('splitSentences', () => {
  it('does not split after "U.S." and keeps spans that slice back to the text', () => {
    const sentences = splitSentences(article);
    const miller = sentences.find((s) => s.text.startsWith('U.S. State Department spokesperson Matthew Miller'));
    expect(miller?.text).toMatch(/for use in the ongoing conflict in Ukraine\.$/);
    for (const s of sentences) expect(article.slice(s.start, s.end)).toBe(s.text);
  });

  it('treats each line as a paragraph, so a headline without a full stop is its own sentence', () => {
    const texts = splitSentences(article).map((s) => s.text);
    expect(texts).toContain('North Korea Allegedly Supplying Weapons to Russia for Ukraine Conflict');
  });

  it('ends a sentence after a closing quote', () => {
    const texts = splitSentences('He said, “We will go.” Then he left.').map((s) => s.text);
    expect(texts).toEqual(['He said, “We will go.”', 'Then he left.']);
  });

  it('keeps initials and titles inside a sentence', () => {
    expect(splitSentences('Mr. John F. Kennedy spoke. Dr. Smith replied.').map((s) => s.text)).toEqual(['Mr. John F. Kennedy spoke.', 'Dr. Smith replied.']);
  });

  it('keeps a volume number inside a title ("Guardians of the Galaxy Vol. 3", round 127)', () => {
    expect(splitSentences('Gunn was fired from Guardians of the Galaxy Vol. 3 on Friday. Disney said so.').map((s) => s.text)).toEqual(['Gunn was fired from Guardians of the Galaxy Vol. 3 on Friday.', 'Disney said so.']);
  });
});

describe('locateEvidence', () => {
  it('finds a verbatim sentence with its index and span, and refuses a paraphrase', () => {
    const sentences = splitSentences(article);
    const evidence = 'Putin’s previous visit to Pyongyang was in July 2000.';
    const span = locateEvidence(article, sentences, evidence);
    expect(span).not.toBeNull();
    expect(article.slice(span!.start, span!.end)).toBe(evidence);
    expect(sentences[span!.sentenceIndex]!.text).toBe(evidence);
    expect(locateEvidence(article, sentences, 'Putin last visited Pyongyang in 2000.')).toBeNull();
  });
});
