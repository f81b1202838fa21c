// Faults the first-time judges of rounds 139 and 140 named (six NASA releases, six Wikinews
// reports), on made-up text: a bracketed nickname splitting one woman in two; "Save the Children"
// read as a person "Save"; "McKay Hatch, a 14-year-old boy" and "Dmitriy Guzner, aged 18" not read
// as people, so that a "He" after them went to someone else; a "He" carried past another speaker's
// words; "the assistant to the U.S. Attorney General, Kenneth Wainstein" given the office he assists.
import { describe, expect, it } from 'vitest';
import { draftContext, freshArticle, rankedDrafts } from '../../../support/engine-drafts';

const peopleOf = (text: string) => draftContext(text, '2009-01-22').people.map((p) => p.name);
const speakerOf = (text: string, words: string) => draftContext(text, '2009-01-22').quotes.find((q) => q.text.startsWith(words))?.speaker ?? null;

describe('names', () => {
  it('reads a bracketed nickname between two names as one person ("Margaret (Maggie) Persinger")', () => {
    const text = 'NASA honoured Dan Billow and Margaret (Maggie) Persinger on Friday. In 1992, Margaret transferred to the Press Site. “I was so proud,” Persinger said.';
    expect(peopleOf(text)).toEqual(['Dan Billow', 'Margaret (Maggie) Persinger']);
    expect(speakerOf(text, 'I was so proud')).toBe('Margaret (Maggie) Persinger');
  });

  it('reads no place in brackets as a nickname ("Springfield (Louisiana) High School")', () => {
    expect(peopleOf('Students from Springfield (Louisiana) High School met astronaut Sunita Williams on Monday.')).toEqual(['Sunita Williams']);
  });

  it('reads "Save the Children" as a body, whose "They added, “…”" is its own words', () => {
    const text = '“We have suspended our operations,” stated Save the Children in a statement. They added, “We remain committed to resuming our work.” Provincial spokesman Sohrab Qaderi said five attackers died.';
    expect(peopleOf(text)).toEqual(['Sohrab Qaderi']);
    expect(speakerOf(text, 'We remain committed')).toBe('Save the Children');
  });

  it('reads a full name before its age as a person ("McKay Hatch, a 14-year-old boy", "Dmitriy Guzner, aged 18")', () => {
    expect(peopleOf('The club was founded in 2007 by McKay Hatch, a 14-year-old boy, in South Pasadena.')).toEqual(['McKay Hatch']);
    expect(peopleOf('On October 20, 2008, Dmitriy Guzner, aged 18 from New Jersey, admitted to the charges.')).toEqual(['Dmitriy Guzner']);
  });

  it('gives "the assistant to the U.S. Attorney General" his own office', () => {
    const ctx = draftContext('“These defendants had an audacious plan,” said the assistant to the U.S. Attorney General, Kenneth Wainstein in a statement.');
    expect(ctx.people.find((p) => p.name === 'Kenneth Wainstein')?.roles).toEqual(['assistant to the U.S. Attorney General']);
  });
});

describe('whose words', () => {
  it('gives words after "they claim … saying they managed to break into McKay and Brent Hatch’s email accounts" to "they"', () => {
    const { text, date } = freshArticle('wikinews-anonymous-no-cussing-club-hack-2009');
    expect(draftContext(text, date).quotes.find((q) => q.text.includes('haxx0rd'))?.speaker).toBe('Anonymous');
  });
});

describe('whom a leading "He" stands for', () => {
  it('carries no story’s main man past another man’s words in the sentence ("which he said had been “close to denial”")', () => {
    const { text, date } = freshArticle('wikinews-london-bombings-chemist-el-nashar-cairo');
    const drafts = rankedDrafts(text, date).filter((d) => d.evidence.some((e) => e.startsWith('He said police would also work')));
    for (const d of drafts) expect(d.prompt).not.toMatch(/^El-Nashar said police/);
  });

  it('carries no "He" past a newly named man ("Dmitriy Guzner, aged 18, … He was charged …")', () => {
    const text = [
      'Anonymous attacked the website of the No Cussing Club, founded by McKay Hatch. Brent Hatch, his father, runs the club. Brent Hatch said the family would press charges. Brent Hatch called the FBI.',
      'On October 20, 2008, Dmitriy Guzner, aged 18 from New Jersey, admitted to the charges. He was subsequently charged with computer hacking crimes and faces a maximum sentence of ten years imprisonment.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2009-01-22').filter((d) => d.evidence.some((e) => e.startsWith('He was subsequently')));
    for (const d of drafts) expect(d.prompt).not.toMatch(/Brent Hatch was subsequently/);
  });
});
