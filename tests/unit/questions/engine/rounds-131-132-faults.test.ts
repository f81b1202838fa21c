// Faults the first-time judges of rounds 131 and 132 named (six Wikinews articles of AMALGUM, six
// NASA releases) and their gold files showed, on made-up text: a summit's quoted theme given to the
// keynote speaker; a programme, a medal, a rocket and a youth body read as people; "Last Thursday"
// read as a speaking body; a country swapped into what another has, a capital moved to another
// country, and a pasted wiki link.
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '@/questions/engine/prepare-article';
import { draftContext, freshArticle, rankedDrafts } from '../../../support/engine-drafts';

describe('words nobody says', () => {
  it('gives a theme after a colon to no one (“Women in STEAM Powering the Metaverse”)', () => {
    const text = 'Christyl Johnson, deputy director at NASA Goddard, will deliver the keynote address on Feb. 26 on the 2024 summit’s theme: “Women in STEAM Powering the Metaverse.” “I look forward to sharing NASA’s latest efforts,” Johnson said.';
    const quotes = draftContext(text, '2024-02-20').quotes;
    expect(quotes.find((q) => q.text.startsWith('Women in STEAM'))?.speaker ?? null).toBeNull();
    expect(quotes.find((q) => q.text.startsWith('I look forward'))?.speaker).toBe('Christyl Johnson');
  });
});

describe('names that are things', () => {
  it('reads no person in a medal, an academy, the scouts, a programme or a rocket', () => {
    const text = [
      'Engineer Kimia Seyedmadani received the Silver Achievement Medal in 2023, NASA said on Monday.',
      'The National Academies ranked the mission first, said project scientist Frank Webb, and Dana Weigel, who reached the rank of Eagle Scout with the Boy Scouts, agreed.',
      'NOAA is working with NASA on satellites called Geostationary Extended Observations, and the GOES-U satellite will launch on a SpaceX Falcon Heavy rocket, said program manager Pam Sullivan.',
    ].join('\n\n');
    expect(draftContext(text, '2024-03-01').people.map((p) => p.name).sort()).toEqual(['Dana Weigel', 'Frank Webb', 'Kimia Seyedmadani', 'Pam Sullivan']);
  });
});

describe('speaking bodies', () => {
  it('takes no time of day or week for a body ("Last Thursday, he supported … by saying “…”")', () => {
    const text = 'Australian Prime Minister Tony Abbott commented after protests by Labor and the Greens.\n\nLast Thursday, he supported the lack of transparency by saying “I’d rather be criticised a bit for being a closed book.”';
    const quote = draftContext(text, '2014-01-13').quotes.find((q) => q.text.startsWith('I’d rather'));
    expect(quote?.speaker).not.toBe('Last Thursday');
  });
});

describe('true-or-false place swaps', () => {
  it('swaps no country into what it has ("Finland has very high levels of education enrollment")', () => {
    const text = [
      'Sunday, September 29, 2013',
      'Finland ranks among the most gender-equal countries, a World Bank report said on Friday, ahead of Sweden, Croatia and Estonia.',
      'Finland has very high levels of education enrollment for both boys and girls, at almost 100% at primary level.',
    ].join('\n\n');
    const swapped = rankedDrafts(text, '2013-09-29').filter((d) => d.id.startsWith('tf-false:')).map((d) => d.prompt);
    expect(swapped.filter((s) => /^(?!Finland)\p{Lu}\p{L}+ has very high levels/u.test(s))).toEqual([]);
  });

  it('moves no capital to another country ("Brasilia, the capital city of Russia")', () => {
    // (Made-up text did not reproduce the swap; the article's other places did.)
    const article = freshArticle('wikinews-rumsfeld-visits-brazil-2005');
    const all = rankedDrafts(article.text, article.date).filter((d) => d.type === 'true_false').map((d) => d.prompt);
    expect(all.some((s) => s.includes('capital city of'))).toBe(true);
    expect(all.filter((s) => /capital city of (?!Brazil)/.test(s))).toEqual([]);
  });
});

describe('pasted wiki markup', () => {
  it('reads a wiki link as its shown text ("[[w:Brazil|Brazil]] — Tuesday …")', () => {
    const prepared = prepareArticle('[[w:Brazil|Brazil]] — Tuesday (March 22) the United States Secretary of Defense arrived in [[Brasilia]] for a visit.');
    expect(prepared.ok && prepared.text).toBe('Brazil — Tuesday (March 22) the United States Secretary of Defense arrived in Brasilia for a visit.');
  });
});
