// Faults the first-time judges of rounds 107 and 108 named (twelve more Wikinews articles of the
// fourth source), on made-up text.
import { describe, expect, it } from 'vitest';
import { tidy } from '@/questions/engine/draft/sentence-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { gradeText } from '@/questions/grading';
import { rankedDrafts } from '../../../support/engine-drafts';

describe('typed answers', () => {
  it('accepts "Justice Simon" for the judge keyed "Simon"', () => {
    expect(gradeText({ text: 'Simon', aliases: [], rejects: ['Dizaei'] }, 'Justice Simon').correct).toBe(true);
  });
});

describe('words someone quotes from others', () => {
  it('gives nobody’s comment to the one who quotes it ("the worst was “I hope you …”")', () => {
    const text = 'Rebecca Black said the video had drawn nasty comments. Black says of "those hurtful comments", the worst was "I hope you cut yourself and I hope you get an eating disorder so you look pretty."';
    expect(extractFacts(text, null).quotes.find((q) => q.text.includes('I hope you cut'))?.speaker ?? null).toBe(null);
  });
});

describe('stems', () => {
  it('blanks a figure in words whole ("over _____ views" for "thirty-five million"), never "_____-five"', () => {
    const drafts = rankedDrafts('The music video Friday was uploaded on February 10 by Ark Music Factory.\n\nThe video has attracted over thirty-five million views since its upload, and critics call it the worst ever.', '2011-03-23');
    expect(drafts.filter((d) => /_____-\p{Ll}/u.test(d.prompt)).map((d) => d.id)).toEqual([]);
  });

  it('drops a list item\'s bullet from a stem ("* Three other asylum seekers …")', () => {
    expect(tidy('* Three other asylum seekers were moved to the mainland on Monday.')).toBe('Three other asylum seekers were moved to the mainland on Monday.');
  });
});
