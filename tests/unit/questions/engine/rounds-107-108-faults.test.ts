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

  it('accepts a well-known body by its other names ("Pentagon", "Department of Defense" for "Defense Department")', () => {
    const text = [
      'U.S. Defense Secretary Robert Gates warned on Friday that limiting war funding could lead to more bloodshed.',
      'The 2007 and 2008 supplemental requests were sent to Capitol Hill in February, at the same time as the 2008 Defense Department budget request.',
      'War funding requests are not part of the Pentagon budget, a practice that began as costs were hard to estimate.',
    ].join('\n\n');
    const cloze = rankedDrafts(text, '2007-04-06').find((d) => d.type === 'cloze' && d.prompt.includes('2008 _____ budget request'));
    expect(cloze?.type).toBe('cloze');
    if (cloze?.type === 'cloze') for (const form of ['Pentagon', 'Department of Defense', 'Defense Department']) expect(gradeText(cloze.answer, form).correct).toBe(true);
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
