// Faults the first-time judges of rounds 119 and 120 named (six NASA releases, six Wikinews
// articles of AMALGUM), on made-up text: six wrong keys (two quotations given to the man they were
// about, an office given to the person listed before its holder, two role questions where a
// "Center Director" is also the "Johnson Director", a country's standing swapped for another's
// that holds it too), and statements or blanks that lean on the sentence before.
import { describe, expect, it } from 'vitest';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { leansOnContext } from '@/questions/engine/draft/true-false-drafts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

describe('who said it', () => {
  const text = [
    'The fraud was uncovered after Simon Hood told his former girlfriend Suzanne Coates of the scheme at her home. Coates said the car had vanished in March.',
    'Shortly afterwards Hood suggested they should become a couple again, she said; she challenged his account of the car: "He said he did it but I could not tell anyone. He said he did it with a friend."',
    'Judge Alasdair Darroch told the court that he accepted the friend was trying to help. He sentenced the friend to six months, suspended for two years. He was more critical of Hood:',
    '"As a police officer you know the highest standards are demanded by the public. You have let down the force."',
  ].join('\n\n');
  const quotes = draftContext(text, '2010-07-01').quotes;

  it('gives words after "she said; she challenged …:" to her, not to the man her clause before names', () => {
    expect(quotes.find((q) => q.text.startsWith('He said he did it'))?.speaker).toBe('Suzanne Coates');
  });

  it('gives a quotation filling its paragraph to the subject of the sentence before it that ends in a colon, never to whom it is about', () => {
    expect(quotes.find((q) => q.text.startsWith('As a police officer'))?.speaker).toBe('Alasdair Darroch');
  });
});

describe('roles', () => {
  it('gives no person the office of the next one listed ("Fitzhugh L. Fulton, program manager … NASA astronaut Donald K. “Deke” Slayton")', () => {
    const ctx = draftContext('Dignitaries at the ceremony included KSC Director Lee R. Scherer, SCA pilots Joseph S. Algranti and Fitzhugh L. Fulton, program manager for Shuttle Flight Test Operations NASA astronaut Donald K. Slayton, and astronauts John W. Young and Robert L. Crippen.', '1979-03-24');
    const fulton = ctx.people.find((p) => p.name === 'Fitzhugh L. Fulton');
    expect(fulton?.roles.join(' ')).not.toMatch(/manager|astronaut/);
    // (A role held towards someone keeps its title and name.)
    const ushakov = draftContext('Yuri Ushakov, the foreign policy adviser to Russian President Vladimir Putin, announced that the two countries might sign a partnership agreement.').people.find((p) => p.name === 'Yuri Ushakov');
    expect(ushakov?.roles.join(' ')).toMatch(/foreign policy adviser to Russian President Vladimir Putin/);
  });

  it('takes a "Center Director" and the "Johnson Director" for overlapping offices, but not a "Deputy Director"', () => {
    expect(overlappingRoles('Center Director', 'Johnson Director')).toBe(true);
    expect(overlappingRoles('Johnson Director', 'Center Director')).toBe(true);
    expect(overlappingRoles('Center Director', 'Deputy Director')).toBe(false);
    expect(overlappingRoles('Center Director', 'Acting Deputy Director')).toBe(false);
  });

  it('asks no "Center Director _____" or "who is the Center Director?" with the Johnson Director as a wrong option', () => {
    const text = [
      'NASA will honor fallen astronauts on Thursday at its centers across the country, the agency said in Washington.',
      'NASA Langley will hold a ceremony with Center Director Clayton Turner and Acting Deputy Director Lisa Ziehmann.',
      'The ceremony in Houston will include remarks by Johnson Director Vanessa Wyche.',
      'At Kennedy, Associate Director Kelvin Manning will lead a wreath-laying.',
      'NASA Deputy Administrator Pam Melroy will speak at the agency headquarters.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2024-01-22');
    const options = (d: (typeof drafts)[number] | undefined) => (d && 'options' in d ? d.options.map((o) => o.text) : []);
    const blank = drafts.find((d) => d.id === 'mc-cloze:person-clayton-turner');
    expect(drafts.some((d) => d.id === 'cloze:person-clayton-turner')).toBe(true);
    expect(options(blank)).not.toContain('Vanessa Wyche');
    const roleOfWyche = drafts.find((d) => d.id === 'role-of:person-vanessa-wyche');
    if (roleOfWyche) expect(options(roleOfWyche)).not.toContain('Center Director');
    const centerDirector = drafts.find((d) => d.type === 'multiple_choice' && d.prompt.includes('who is the Center Director'));
    if (centerDirector) expect(options(centerDirector)).not.toContain('Vanessa Wyche');
  });
});

describe('statements and blanks', () => {
  it('swaps no country that a statement says is or has something ("Iran is bound by the NPT")', () => {
    const text = [
      'US Under Secretary Nicholas Burns held talks in New Delhi on Friday about nuclear energy with India, the embassy said.',
      'Iran is bound by the NPT since it is a signatory to the treaty.',
      'Officials from Nepal and Pakistan were also in New Delhi for a regional meeting on Friday.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2006-01-22');
    expect(drafts.filter((d) => d.type === 'true_false' && !d.answer.value && /bound by the NPT/.test(d.prompt)).map((d) => d.prompt)).toEqual([]);
  });

  it('asks no "two" of "the two countries", a pair the story named', () => {
    const text = 'Nicholas Burns visited New Delhi on Friday, the latest in a series of missions since July, when the two countries agreed to work together on nuclear energy. The 45 delegates met for three hours.';
    expect(rankedDrafts(text, '2006-01-22').filter((d) => /the _____ countries/.test(d.prompt))).toEqual([]);
  });

  it('reads "The remaining three …" and "have 4 each" as leaning on the sentence before', () => {
    expect(leansOnContext('The remaining three satellites were prograde.')).toBe(true);
    expect(leansOnContext('Flagstar Bank and Equifax have 3 each.')).toBe(true);
    expect(leansOnContext('Former Pakistani Prime Minister Benazir Bhutto was the target of a bombing.')).toBe(false);
  });
});
