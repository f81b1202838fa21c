// Round 21's faults on made-up text. "the war in _____" offered Washington, Helsinki and Boston
// beside Chechnya: a war is fought in a country or a region, so no city is an option there. And
// "In _____, she became a nurse" kept its "she" when its true/false twin named Bonner.
import { describe, expect, it } from 'vitest';
import { optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const TEXT = [
  'Tuesday, June 21, 2011',
  'Human rights activist Yelena Bonner died on Saturday in Boston, her daughter Tatiana Yankelevich said. Bonner had lived in Moscow and often visited Washington.',
  'In 1975 Bonner travelled to Helsinki to receive a prize. Bonner later criticised President Boris Yeltsin over the war in Chechnya, which killed thousands.',
  'Bonner wrote about Dagestan in 1999. In 1941, she became a nurse for the Soviet military on the front.',
].join('\n\n');

describe('round 21 frames and pronouns', () => {
  it('offers no city for the war in _____', () => {
    const drafts = rankedDrafts(TEXT, '2011-06-21');
    // With only cities to offer, the place is not asked as a choice at all.
    const offered = drafts.filter((d) => /war in (?:the )?_____/.test(d.prompt)).flatMap(optionTexts);
    expect(offered.filter((o) => ['Boston', 'Moscow', 'Washington', 'Helsinki', 'Oslo'].includes(o))).toEqual([]);
    expect(drafts.some((d) => d.prompt.includes('war in Chechnya'))).toBe(true);
  });

  it('names the subject a date stem carries on', () => {
    const drafts = rankedDrafts(TEXT, '2011-06-21');
    const nurse = drafts.filter((d) => d.prompt.includes('became a nurse'));
    expect(nurse.length).toBeGreaterThan(0);
    expect(nurse.some((d) => /\bshe\b/.test(d.prompt))).toBe(false);
  });
});
