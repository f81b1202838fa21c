// The wrong keys the first-time judges of round 151 named (thirty-five Wikinews reports), on
// made-up text: "General Hayden" read as another man than CIA Director Michael Hayden; words "…,”
// U.N. Secretary-General Kofi Annan said" given to the speaker before; "Pulse" of the act "Twist and
// Pulse" read as a person; "Fellow judge" keyed beside "Britain's Got Talent judge"; "14 o'clock"
// asked as a number that "2" also answers.
import { describe, expect, it } from 'vitest';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const ctxOf = (text: string) => draftContext(text, null);

describe('people', () => {
  it('reads "General Hayden" as CIA Director Michael Hayden: a military rank beside an office', () => {
    const text = 'Central Intelligence Agency Director Michael Hayden said the tapes were destroyed in 2005. President Bush supports General Hayden\'s explanation that the tapes were destroyed to protect the interrogators.';
    expect(ctxOf(text).people.map((p) => p.name)).toEqual(['Michael Hayden', 'Bush']);
  });

  it('reads no "Pulse" in an act\'s name written more than once, and keeps a surname written alone too', () => {
    const act = ctxOf('The top acts were two dancers known as Twist and Pulse and the singer Liam McNally. Glen Murphy from Twist and Pulse commented on second place. The final started with Twist and Pulse.');
    expect(act.people.map((p) => p.name)).not.toContain('Pulse');
    const pair = ctxOf('Matt Whitton and Rick Dyer showed the photographs. Whitton and Dyer said it was real. Dyer said the body was frozen.');
    expect(pair.people.find((p) => p.name === 'Rick Dyer')?.aliases).toContain('Dyer');
  });
});

describe('speakers', () => {
  it('gives words to the one named after a dotted initialism ("U.N. Secretary-General Kofi Annan said")', () => {
    const text = ['“The president has done a real disservice to our nation,” said Sen. Christopher Dodd.', '“We will work with him as the ambassador and representative of the president,” U.N. Secretary-General Kofi Annan said.'].join('\n\n');
    expect(ctxOf(text).quotes.find((q) => q.text.startsWith('We will work'))?.speaker).toBe('Kofi Annan');
  });
});

describe('roles and numbers', () => {
  it('overlaps "Fellow judge" with any other judge', () => {
    expect(overlappingRoles('Fellow judge', 'Britain\'s Got Talent judge')).toBe(true);
    expect(overlappingRoles('Fellow judge', 'Singer')).toBe(false);
  });

  it('asks no hour of the day written "14 o\'clock"', () => {
    const text = 'A power cut hit Moscow on Wednesday after a fire at the Chagino substation. Traffic in the metro was limited up to 14 o\'clock in the afternoon. About 2 million people were left without power, officials said.';
    expect(rankedDrafts(text, '2005-05-25').some((d) => /o'clock/.test(d.prompt) && (d.type === 'numeric' || d.type === 'multiple_choice'))).toBe(false);
  });
});
