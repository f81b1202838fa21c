// Faults the first-time judges of rounds 117 and 118 named (six short MEANTIME Wikinews articles,
// six more NASA releases), on made-up text.
import { describe, expect, it } from 'vitest';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

describe('names', () => {
  it('reads both people of a list with a long title between ("Bill Nelson and Japan’s Minister … (MEXT) Masahito Moriyama have signed"; the wrong key took "Moriyama" alone)', () => {
    const text = 'NASA Administrator Bill Nelson and Japan’s Minister of Education, Culture, Sports, Science and Technology (MEXT) Masahito Moriyama have signed an agreement on a lunar rover.\n\n“This is a historic partnership,” said Moriyama.';
    const ctx = draftContext(text, '2024-04-09');
    expect(ctx.people.map((p) => p.name)).toEqual(['Bill Nelson', 'Masahito Moriyama']);
    expect(ctx.quotes.map((q) => q.speaker)).toEqual(['Masahito Moriyama']);
  });

  it('still reads a firm a plural verb follows as no person ("its owner Chariot Chauffeurs say")', () => {
    expect(draftContext('Its owner Chariot Chauffeurs say they will cooperate with the inquiry.', '2024-04-09').people).toEqual([]);
  });

  it('reads "Apple Computer said" as the firm', () => {
    expect(draftContext('Apple Computer said it would ask a court to rule on the matter, a spokesman told reporters.', '2006-03-28').people).toEqual([]);
  });
});

describe('blanks', () => {
  it('blanks no place before its stock index ("_____’s Nikkei index") and no conversion in brackets ("(minus _____ degrees Celsius)")', () => {
    const text = [
      'Japan’s Nikkei index closed at a three-year low on Thursday, while markets in Germany and France rose.',
      'The optics will go from room temperature on Earth to a frigid 9 degrees Fahrenheit (minus 13 degrees Celsius) in space, engineers said.',
      'The mirrors were tested for 30 days in a vacuum chamber in Rochester, New York.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2008-09-18');
    expect(drafts.filter((d) => /_____’s Nikkei|minus _____ degrees/.test(d.prompt)).map((d) => d.prompt)).toEqual([]);
  });
});
