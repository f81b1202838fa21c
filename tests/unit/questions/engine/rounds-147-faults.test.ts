// The fault the first-time judges of round 147 named (five NASA releases, one Wikinews report of
// 2004), on made-up text: "Secretary General of the Andean Community Wagner" read as one person,
// "Andean Community Wagner", whose name a typed answer then required.
import { describe, expect, it } from 'vitest';
import { draftContext } from '../../../support/engine-drafts';

describe('names', () => {
  it('reads the body an office is of, then the holder’s surname ("Secretary General of the Andean Community Wagner")', () => {
    const text = '“The goal is the United States of South America,” explains Secretary General of the Andean Community Wagner. Wagner said more.';
    expect(draftContext(text, '2004-12-09').people.map((p) => p.name).filter((n) => /Community/.test(n))).toEqual([]);
  });

  it('still reads a full name after the body ("The Director of the World Health Organization Margaret Chan")', () => {
    expect(draftContext('The Director of the World Health Organization Margaret Chan said so.', '2009-06-11').people.map((p) => p.name)).toEqual(['Margaret Chan']);
  });
});
