// Faults the first-time judgement of round 19 found, on made-up text: a party ("the Liberal
// Democrats said") read as a person, a quotation's "Tonight" taken into an organisation, "no more
// than" read as "more than", "who is the Reverend Dr?", and number options the sentence rules out
// ("out of 380", "17 years and _____ days").
import { describe, expect, it } from 'vitest';
import { numberCap, numberDistractors } from '@/questions/engine/draft/sentence-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { addressOnly } from '@/questions/engine/draft/people-drafts';

const VOTE = [
  'Thursday, November 21, 2013',
  'Jim Hume from the Liberal Democrats said the vote was fair. Reverend Dr William Hamilton from the Church of Scotland said the church opposes the bill.',
  'Tom French from the Equality Network said of the vote: "Tonight the Scottish Parliament voted by an overwhelming majority to back the bill." Judges may serve for no more than 23 years, the law says.',
].join('\n\n');

describe('people, organisations and bounds', () => {
  it('reads a party as no person, keeps "Tonight" out of a name, and keeps "no more than" whole', () => {
    const facts = extractFacts(VOTE, '2013-11-21');
    expect(facts.people.map((p) => p.name)).not.toContain('Liberal Democrats');
    expect(facts.organisations.map((o) => o.name).some((n) => n.startsWith('Tonight'))).toBe(false);
    expect(facts.numbers.find((n) => n.value === 23)?.qualifier).toBe('no more than');
  });

  it('asks no form of address as a role', () => {
    expect(addressOnly('Reverend Dr')).toBe(true);
    expect(addressOnly('Sir')).toBe(true);
    expect(addressOnly('Health Secretary')).toBe(false);
    expect(addressOnly('Archbishop of Canterbury')).toBe(false);
  });
});

describe('numbers the sentence caps', () => {
  it('reads the cap of "out of" and of a compound duration', () => {
    expect(numberCap('completing ', ' passes out of 380 attempted.')).toBe(381);
    expect(numberCap('At the age of 17 years and ', ' days, he became the youngest.')).toBe(366);
    expect(numberCap('He scored ', ' goals in the final.')).toBeNull();
    // Without the cap these include options above it.
    expect(numberDistractors(285, [], 'days').some((v) => v >= 366)).toBe(true);
  });
});
