// Faults the first-time judges of rounds 123 and 124 named (six Wikinews articles of AMALGUM, six
// NASA releases), on made-up text: wrong keys from words given to the speaker before them ("…,” said
// the office of the Maldives President"), a space centre read as a person ("Marshall"), a title
// kept in a name ("Poet Laureate Ada Limón"), and one office offered in two wordings
// ("Intelligence chief", "Intelligence head").
import { describe, expect, it } from 'vitest';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { draftContext, freshArticle } from '../../../support/engine-drafts';

describe('who said it', () => {
  it('gives no one the words "…,” said the office of the Maldives President in a statement reported by …"', () => {
    const text = [
      'Abdulla Rasheed, a captain of a cargo boat, stated, "From the pictures of the debris, I can almost certainly say that they are from our cargo." Any debris found is still being collected.',
      '"We are collecting any unidentified debris and storing them in a warehouse," said the office of the Maldives President in a statement reported by Haveeru Daily before the investigators arrived.',
    ].join('\n\n');
    const quote = draftContext(text, '2015-08-13').quotes.find((q) => q.text.startsWith('We are collecting'));
    expect(quote?.speaker ?? null).not.toBe('Abdulla Rasheed');
  });
});

describe('names', () => {
  it('reads a lone word that opens the name of a centre as the centre ("Marshall" beside "Marshall Space Flight Center")', () => {
    // (Made-up text did not reproduce it: the release's own text.)
    const { text, date } = freshArticle('nasa-marshall-facilities-demolition-plan');
    const names = draftContext(text, date).people.map((p) => p.name);
    expect(names).toContain('Justin Taylor');
    expect(names).not.toContain('Marshall');
  });

  it('takes "Poet Laureate" for a title, not part of the name', () => {
    const ctx = draftContext('At the heart of the plate is an engraving of U.S. Poet Laureate Ada Limón’s handwritten poem, NASA said on Friday.', '2024-03-08');
    expect(ctx.people.map((p) => p.name)).toEqual(['Ada Limón']);
  });
});

describe('roles', () => {
  it('takes a chief and a head of one thing for one office', () => {
    expect(overlappingRoles('Intelligence chief', 'Intelligence head')).toBe(true);
    expect(overlappingRoles('then-foreign intelligence head', 'Intelligence chief')).toBe(true);
    expect(overlappingRoles('Intelligence chief', 'Army chief')).toBe(false);
    expect(overlappingRoles('Deputy Prime Minister', 'Prime Minister')).toBe(false);
  });
});
