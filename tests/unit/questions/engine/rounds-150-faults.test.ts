// The wrong keys the first-time judges of round 150 named (twelve Wikinews reports, six Department
// of Justice releases), on made-up text: a full name lost after an office "for the Northern District
// of Illinois"; "Founder" keyed beside "Chief Executive"; "Beshir" not read as "Omar al-Beahir";
// "Tyson Food" (the release's slip for Tyson Foods) and an IRS division read as people.
import { describe, expect, it } from 'vitest';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { draftContext } from '../../../support/engine-drafts';

const ctxOf = (text: string) => draftContext(text, '2009-01-22');
const names = (text: string) => ctxOf(text).people.map((p) => p.name);

describe('names after an office', () => {
  it('reads the full name after "U.S. Attorney for the Northern District of Illinois", and a surname that is a title', () => {
    const text = 'A Chicago police officer pleaded guilty today, Acting Assistant Attorney General Loretta King, U.S. Attorney for the Northern District of Illinois Patrick Fitzgerald and Robert D. Grant announced. “No officer may use force with impunity,” U.S. Attorney Fitzgerald said.';
    const people = ctxOf(text).people;
    expect(people.map((p) => p.name)).toEqual(['Loretta King', 'Patrick Fitzgerald', 'Robert D. Grant']);
    expect(people.find((p) => p.name === 'Patrick Fitzgerald')?.aliases).toContain('Fitzgerald');
  });

  it('keeps three words of a name after a district\'s place ("… of Puerto Rico Rosa Emilia Rodríguez-Vélez")', () => {
    expect(names('Acting Assistant Attorney General Matthew Friedrich and U.S. Attorney for the District of Puerto Rico Rosa Emilia Rodríguez-Vélez announced the plea today.')).toContain('Rosa Emilia Rodríguez-Vélez');
  });

  it('still reads no gerund of a heading into a name ("Honoring James Dean and His Artistic Legacy")', () => {
    expect(names('Honoring James Dean and His Artistic Legacy\n\nThe artist James Dean painted for NASA for years.')).not.toContain('Honoring James Dean');
  });
});

describe('one person, one body', () => {
  it('reads "Beshir" as "Omar al-Beahir", the article\'s two spellings of one man', () => {
    const text = 'China works with Sudan, whose President Omar al-Beahir is wanted on a warrant issued by the ICC. Beshir thanked China in a speech for its diplomatic work in Sudan.';
    expect(ctxOf(text).people.find((p) => p.name === 'Omar al-Beahir')?.aliases).toContain('Beshir');
  });

  it('reads no person in "Tyson Food" (the slip for Tyson Foods Inc.) nor in an IRS division', () => {
    const text = 'Tyson Foods Inc. pleaded guilty today to a workplace death at its plant. Tyson Food has agreed to pay a fine of $500,000. “Paying people under the table is criminal,” said Eileen Mayer, IRS Chief, Criminal Investigation.';
    expect(names(text)).toEqual(['Eileen Mayer']);
  });
});

describe('roles', () => {
  it('overlaps "Founder" with "Chief Executive" and "Chairman": a founder so often runs the firm', () => {
    expect(overlappingRoles('Founder', 'Chief Executive')).toBe(true);
    expect(overlappingRoles('Chairman', 'Co-founder')).toBe(true);
    expect(overlappingRoles('Founder', 'Transport Minister')).toBe(false);
  });
});
