// A possessive after a clause that names its owner reads on its own ("Gloria Vanderbilt died on
// Monday at the age of 95, her son Anderson Cooper announced."): the sentence is asked. A bare name
// before the comma ("Crown Prince Frederik, her oldest son, …") or an opening phrase ("After
// meeting …, his aides …") leaves the pronoun to the sentence before, and is not.
import { describe, expect, it } from 'vitest';
import { rankedDrafts } from '../../../support/engine-drafts';

/** The sentences a statement or blank asks (a matching names a role and may cite any sentence). */
const asked = (text: string) => new Set(rankedDrafts(text, '2019-06-18').filter((d) => d.type !== 'matching').flatMap((d) => d.evidence));

describe('a possessive after a comma', () => {
  it('is the named subject’s when a clause names them first', () => {
    const lead = 'U.S. heiress Gloria Vanderbilt died on Monday at the age of 95, her son Anderson Cooper announced.';
    const text = [lead, 'Vanderbilt was a designer, artist and writer who lived in New York for most of her life.', 'Cooper, a CNN anchor, said his mother had advanced stomach cancer.'].join('\n\n');
    expect(asked(text).has(lead)).toBe(true);
  });

  it('is not read from a bare name or an opening phrase before the comma', () => {
    const heir = 'Crown Prince Frederik, her oldest son, is to succeed her on January 14 in Copenhagen.';
    const aides = 'After meeting Prime Minister Mette Frederiksen in Copenhagen, his aides said the talks went well.';
    const text = ['Queen Margrethe II of Denmark announced her abdication in a speech broadcast on Sunday evening.', heir, 'Lars Nielsen, a historian, said the decision surprised the country.', aides].join('\n\n');
    const got = asked(text);
    expect(got.has(heir)).toBe(false);
    expect(got.has(aides)).toBe(false);
  });
});
