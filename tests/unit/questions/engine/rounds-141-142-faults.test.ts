// Faults the first-time judges of rounds 141 and 142 named (six NASA releases, six Wikinews
// reports of 2020), on made-up text: "Bloomberg" read as the news agency in a story on Michael
// Bloomberg, so his words went to the man he endorsed; "Dr Gary Mortimer, retail expert from
// Queensland University of Technology" read as a body, so his "He remarked …" went to another man;
// "Senator Klobuchar had eight delegates" keyed False where the article gives her no number.
import { describe, expect, it } from 'vitest';
import { draftContext, freshArticle, rankedDrafts } from '../../../support/engine-drafts';

const speakerOf = (text: string, words: string) => draftContext(text, '2020-03-06').quotes.find((q) => q.text.startsWith(words))?.speaker ?? null;

describe('names', () => {
  it('reads a one-word outlet as the man in a story that names him in full ("Michael Bloomberg … Bloomberg won")', () => {
    const text = [
      'Former New York mayor Michael Bloomberg ended his presidential campaign on Wednesday.',
      'Bloomberg won the caucus in American Samoa. Representative Tulsi Gabbard of Hawaii secured the last delegate there.',
      'Wednesday, the same day that he dropped out, Bloomberg endorsed his former rival, Joe Biden. “Three months ago,” he said, “I entered the race for President to defeat Donald Trump.”',
    ].join('\n\n');
    expect(draftContext(text, '2020-03-06').people.find((p) => p.name === 'Michael Bloomberg')?.aliases).toContain('Bloomberg');
    expect(speakerOf(text, 'Three months ago')).toBe('Michael Bloomberg');
  });

  it('still reads "Bloomberg" as the agency where no one is called Bloomberg', () => {
    expect(draftContext('Oil prices rose on Monday, Bloomberg reported, after Saudi Arabia cut output.', '2020-03-06').people).toEqual([]);
  });

  it('reads "Dr Gary Mortimer, retail expert from Queensland University of Technology" as a person', () => {
    const text = 'In a news report, Dr Gary Mortimer, retail expert from Queensland University of Technology, said the stores fill the stock every night. He remarked toilet paper is a bulky item.';
    expect(draftContext(text, '2020-03-13').people.map((p) => p.name)).toEqual(['Gary Mortimer']);
  });
});

describe('true-or-false swaps', () => {
  it('swaps in no one whom another sentence credits with the same thing uncounted ("Klobuchar … secured delegates")', () => {
    const { text, date } = freshArticle('wikinews-super-tuesday-bloomberg-warren-exit-2020');
    const swapped = rankedDrafts(text, date).filter((d) => d.type === 'true_false' && d.evidence.some((e) => e.includes('Senator Warren had eight delegates')));
    for (const d of swapped) expect(d.prompt).not.toMatch(/Klobuchar had eight delegates/);
  });
});
