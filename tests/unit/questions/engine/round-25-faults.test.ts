// Faults the first-time judgement of round 25 found, on made-up text: "between the two involved
// efforts" asked as a count of "involved efforts", "Jason Jordan" read as the country, a
// who-said-it whose "my government" gives the speaker's office.
import { describe, expect, it } from 'vitest';
import { isQuotable } from '@/questions/engine/draft/people-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { draftContext } from '../../../support/engine-drafts';

const MATCH = [
  'Saturday, May 24, 2008',
  'Seattle Sounders beat Vancouver Whitecaps 2-0 on Friday night. Sebastien Le Toux scored after 7 minutes, and the Whitecaps never recovered.',
  'Substitutions followed in the second half, with Justin Moose and Jason Jordan replacing two tired defenders.',
  'Prime Minister Nur Hassan Hussein and President Abdullahi Yusuf have long disagreed. The latest dispute between the two involved efforts to reconcile with the opposition.',
  '"My government has done nothing wrong and will continue its work for the people," Hussein said. "We came out flat, and that is disappointing," said Whitecaps coach Teitur Thordarson.',
].join('\n\n');

describe('round 25', () => {
  const ctx = draftContext(MATCH, '2008-05-24');

  it('takes "the two" people for no count and a player for no country', () => {
    expect(extractFacts(MATCH).numbers.map((n) => n.counted)).not.toContain('involved efforts');
    expect(ctx.places.map((p) => p.name)).not.toContain('Jordan');
  });

  it('asks no who-said-it whose words name the speaker’s own office', () => {
    const mine = ctx.quotes.find((q) => q.text.startsWith('My government'))!;
    const speaker = ctx.people.find((p) => p.id === mine.speakerId)!;
    expect(isQuotable(ctx, mine, speaker)).toBe(false);
  });
});
