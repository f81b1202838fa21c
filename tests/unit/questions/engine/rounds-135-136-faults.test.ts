// Faults the first-time judges of rounds 135 and 136 named (six Wikinews articles of AMALGUM, six
// NASA releases), on made-up text: a question asked of the President given to him; an
// ambassador's words given to the prime minister quoted before ("…,” Chinese Ambassador to India,
// Sun Yuxi, had said"); "who is the leader?" answered by the previous leader.
import { describe, expect, it } from 'vitest';
import { draftContext, optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const speakerOf = (text: string, words: string) => draftContext(text, '2010-06-08').quotes.find((q) => q.text.startsWith(words))?.speaker ?? null;

describe('whose words', () => {
  it('gives a question to the one who asks it, not whom it is asked of ("she asked Obama, “Mr. President, …”")', () => {
    const text = 'White House correspondent Helen Thomas retired on Monday. Two weeks ago, she asked Obama, "Mr. President, when are you going to get out of Afghanistan?"';
    expect(speakerOf(text, 'Mr. President')).toBe('Helen Thomas');
  });

  it('carries no speaker over a "had said" that names its own ("…,” Chinese Ambassador to India, Sun Yuxi, had said")', () => {
    const text = '"India and China can together reshape the world order," Indian Prime Minister Manmohan Singh said Monday.\n\n"China is the world\'s factory and India is the world\'s office," Chinese Ambassador to India, Sun Yuxi, had said ahead of the visit.';
    expect(speakerOf(text, 'China is the world')).not.toBe('Manmohan Singh');
  });
});

describe('who holds a role', () => {
  it('never asks "who is the leader?" of the previous leader', () => {
    const text = [
      'Saturday, January 14, 2006',
      'The four candidates in the Liberal Democrats leadership contest, Menzies Campbell, Mark Oaten, Simon Hughes and Chris Huhne, addressed party members on Friday after Charles Kennedy resigned.',
      'Mark Oaten, MP for Winchester, praised the success of previous leader Charles Kennedy, and Simon Hughes, party president, said the party must change.',
      'Prime Minister Tony Blair did not comment, and Conservative leader David Cameron said the contest was open.',
    ].join('\n\n');
    const asked = rankedDrafts(text, '2006-01-14').filter((d) => d.id.startsWith('who-role:') && /who is the leader\?/.test(d.prompt));
    for (const d of asked) expect(optionTexts(d)).not.toContain('Charles Kennedy');
    const kennedy = draftContext(text, '2006-01-14').people.find((p) => p.name === 'Charles Kennedy');
    expect(kennedy?.roles).toContain('previous leader');
  });
});
