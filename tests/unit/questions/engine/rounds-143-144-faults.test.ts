// Faults the first-time judges of rounds 143 and 144 named (six NASA releases, six Wikinews
// reports of 2019), and the first extraction scores of their batches showed, on made-up text:
// "Charles “Chuck” McClain" read as "McClain" alone; "Holy See" and "victim group Ending Clergy
// Abuse" read as speakers; a bracketed list of works read as a person ("Nancy Drew"); "quipped"
// not read as speech; an unknown full name after a lower-case occupation and before "said" lost;
// "Principal Investigator" offered beside "principal investigator with …"; "Actor" beside
// "Actress"; "the NCAA Awards Presentation" read as a person.
import { describe, expect, it } from 'vitest';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { draftContext } from '../../../support/engine-drafts';

const ctxOf = (text: string) => draftContext(text, '2019-05-12');
const peopleOf = (text: string) => ctxOf(text).people.map((p) => p.name);
const speakerOf = (text: string, words: string) => ctxOf(text).quotes.find((q) => q.text.startsWith(words))?.speaker ?? null;

describe('names', () => {
  it('reads a quoted nickname before a surname with a capital inside as one person ("Charles “Chuck” McClain")', () => {
    const text = 'Charles “Chuck” McClain, who led the ORCA team until 2013, said the work paid off. “It all fell in place,” McClain said.';
    expect(peopleOf(text)).toEqual(['Charles “Chuck” McClain']);
    expect(speakerOf(text, 'It all fell in place')).toBe('Charles “Chuck” McClain');
  });

  it('reads "the Holy See" and a group named after "victim group" as no people', () => {
    const text = [
      'Cardinal Marc Ouellet of the Holy See said, “We have said for years that priests should follow strict rules.”',
      'Peter Iseley of worldwide victim group Ending Clergy Abuse said, “The church should establish the law for reporting.”',
    ].join('\n\n');
    expect(peopleOf(text)).toEqual(['Marc Ouellet', 'Peter Iseley']);
    expect(speakerOf(text, 'We have said for years')).toBe('Marc Ouellet');
    expect(speakerOf(text, 'The church should establish')).toBe('Peter Iseley');
  });

  it('reads a bracketed list of works after a name as no person ("Jenn St-Onge (Nancy Drew, Jem and the Misfits)")', () => {
    expect(peopleOf('Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being forced to re-evaluate her life.')).not.toContain('Nancy Drew');
  });

  it('reads an unknown full name between a lower-case occupation and "said" as a person ("The engineer Jenn Dupont said")', () => {
    expect(peopleOf('The engineer Jenn Dupont said she was happy with the test.')).toEqual(['Jenn Dupont']);
  });

  it('reads a prize-giving as no person ("the NCAA Awards Presentation")', () => {
    expect(peopleOf('When Wilmore received the award at the NCAA Awards Presentation, astronaut Billy Stover attended.')).not.toContain('Awards Presentation');
  });
});

describe('whose words', () => {
  it('reads "quipped" as speech ("“…,” quipped Valiant Entertainment editor Heather Antos")', () => {
    expect(speakerOf('“You have to work those seven days to earn a weekend,” quipped Valiant Entertainment editor Heather Antos.', 'You have to work')).toBe('Heather Antos');
  });
});

describe('roles two people share', () => {
  it('reads a role and the same role with where it is held as one ("Principal Investigator", "principal investigator with …")', () => {
    expect(overlappingRoles('Principal Investigator', 'principal investigator with the Pacific Northwest National Laboratory')).toBe(true);
    expect(overlappingRoles('Principal Investigator', 'deputy principal investigator')).toBe(false);
  });

  it('reads "Actor", "Actress" and a show\'s "Lead" as one trade', () => {
    expect(overlappingRoles('Actor', 'Actress')).toBe(true);
    expect(overlappingRoles('Lead', 'Actor')).toBe(true);
    expect(overlappingRoles('Actor', 'Director')).toBe(false);
  });
});
