// Faults the first-time judges of rounds 115 and 116 named (six more MEANTIME Wikinews articles, six
// more NASA releases), on made-up text.
import { describe, expect, it } from 'vitest';
import { describedAtBlank } from '@/questions/engine/draft/famous-person';
import { copiesGrammarSlip } from '@/questions/engine/draft/grammar-slips';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const people = (text: string) => draftContext(text, '2024-02-08').people;

describe('names', () => {
  it('keeps "Karen St. Germain" whole, with her words (round 116\'s wrong key: "Karen St")', () => {
    const ctx = draftContext('“Observations from PACE will advance our knowledge of the ocean,” said Karen St. Germain, director of the Earth Science Division.\n\n“The launch went well,” St. Germain said on Thursday.', '2024-02-08');
    expect(ctx.people.map((p) => p.name)).toEqual(['Karen St. Germain']);
    expect(ctx.quotes.map((q) => q.speaker)).toEqual(['Karen St. Germain', 'Karen St. Germain']);
  });

  it('keeps a middle initial before a quoted nickname in one name ("Cynthia J. “CJ” Bixby")', () => {
    expect(people('The board, led by NASA Armstrong chief engineer Cynthia J. “CJ” Bixby, will sign a flight request.').map((p) => p.name)).toEqual(['Cynthia J. “CJ” Bixby']);
  });

  it('reads no thing, firm or factory as a person ("Webb" for the telescope, "Lockheed Martin said", "Everett Factory")', () => {
    const text = [
      'Jane Rigby, senior project scientist for NASA’s James Webb Space Telescope, received the medal on Friday.',
      'Webb is solving mysteries in our solar system and beyond.',
      'Lockheed Martin said the spacecraft had returned the largest sample ever collected.',
      'Boeing unveiled the aircraft at the Everett Factory in Washington on Sunday.',
    ].join('\n\n');
    expect(people(text).map((p) => p.name)).toEqual(['Jane Rigby']);
  });

  it('ends a role at the verb that closes it ("president and CEO of Boeing Commercial Airplanes said")', () => {
    const text = '"It is a great day," Scott Carson, president and CEO of Boeing Commercial Airplanes said.';
    expect(people(text).map((p) => [p.name, p.roles])).toEqual([['Scott Carson', ['president and CEO of Boeing Commercial Airplanes']]]);
  });
});

describe('figures', () => {
  it('asks no model\'s designation as a count ("their new _____ Dreamliner"), but a count beside it', () => {
    const text = 'Aircraft manufacturer Boeing unveiled their new 787 Dreamliner at their factory on Sunday. The event was attended by 15,000 people including employees, customers and suppliers.';
    const drafts = rankedDrafts(text, '2007-07-09');
    expect(drafts.filter((d) => /_____ Dreamliner|\b(?!787)\d[\d,]* Dreamliner/.test(d.prompt)).map((d) => d.prompt)).toEqual([]);
    expect(drafts.some((d) => /_____ people|\d[\d,]* people/.test(d.prompt) && d.type !== 'true_false')).toBe(true);
  });
});

describe('stems', () => {
  it('reads "former CEO of Apple Inc. _____" as a description of the blank', () => {
    expect(describedAtBlank('The co-founder and former CEO of Apple Inc. ', ' has died.')).toBe(true);
  });

  it('finds "has died yesterday" and leaves "died yesterday", "has died" alone', () => {
    expect(copiesGrammarSlip('Steve Jobs has died yesterday at the age of 56.')).toBe(true);
    for (const fine of ['Steve Jobs died yesterday at the age of 56.', 'Steve Jobs has died at the age of 56.']) expect(copiesGrammarSlip(fine), fine).toBe(false);
  });
});
