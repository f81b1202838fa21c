// Faults the first-time judgements of rounds 28 and 29 found, on made-up text: "ten thousand
// people" blanked as "_____ thousand" but keyed 10,000 (two wrong keys), "Under one hundred" split
// into "Under one _____", a person introduced as "Name, a United Russia parliamentarian," missed so
// that their words went to the speaker before (a wrong key), "Somali pirates … off the coast of
// _____" asked, and "Jammu and Kashmir" refused for "Jammu & Kashmir".
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { gradeNumber, gradeText } from '@/questions/grading';
import { rankedDrafts } from '../../../support/engine-drafts';

const PROTEST = [
  'Sunday, December 11, 2011',
  'Police estimated that ten thousand people were present at demonstrations in St. Petersburg. Under one hundred arrests were made across the country.',
  '"They voted, had their votes stolen, and now they are angry," said radio editor Alexei Venediktov.',
  'Konstantin Kosachyov, a United Russia parliamentarian, dismissed talks with the organisers. "With all respect for the people who came out to protest, they are not a political party," he said.',
  'Somali pirates attacked the container ship off the coast of Somalia on Wednesday, the Navy said.',
].join('\n\n');

describe('rounds 28 and 29', () => {
  const drafts = rankedDrafts(PROTEST, '2011-12-11');

  it('blanks a figure in words whole, so its key is what the blank holds', () => {
    const crowd = drafts.find((d) => d.type === 'numeric' && d.prompt.includes('people were present'));
    expect(crowd?.prompt).toMatch(/that _____ people were present/);
    expect(crowd?.type === 'numeric' && gradeNumber(crowd.answer, 10_000).correct).toBe(true);
    expect(drafts.some((d) => /one _____|_____ thousand/.test(d.prompt))).toBe(false);
  });

  it('reads a person introduced with an appositive role, and gives them their own words', () => {
    const facts = extractFacts(PROTEST, '2011-12-11');
    const kosachyov = facts.people.find((p) => p.name === 'Konstantin Kosachyov');
    expect(kosachyov?.roles).toContain('United Russia parliamentarian');
    expect(facts.quotes.find((q) => q.text.startsWith('With all respect'))?.speakerId).toBe(kosachyov?.id);
  });

  it('asks no country beside its own demonym, and reads "&" as "and"', () => {
    expect(drafts.some((d) => /Somali pirates.*coast of _____/.test(d.prompt))).toBe(false);
    expect(gradeText({ text: 'Jammu & Kashmir' }, 'Jammu and Kashmir').correct).toBe(true);
  });
});
