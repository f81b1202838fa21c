// Faults the first-time judges of rounds 109 and 110 named (twelve more Wikinews articles of the
// fourth source), on made-up text.
import { describe, expect, it } from 'vitest';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { numberDistractors } from '@/questions/engine/draft/sentence-drafts';
import { draftContext, freshArticle, placeRivals } from '../../../support/engine-drafts';

const people = (text: string) => draftContext(text).people;

describe('names', () => {
  it('reads "Al Jaber" as "Ali Hassan al-Jaber", its particle written apart (on the article: two wrong keys)', () => {
    const { text, date } = freshArticle('wikinews-al-jazeera-cameraman-killed-libya-2011');
    const jaber = draftContext(text, date).people.filter((p) => /Jaber/.test(p.name));
    expect(jaber.map((p) => p.name)).toEqual(['Ali Hassan al-Jaber']);
    expect(jaber[0]!.aliases).toContain('Al Jaber');
  });

  it('reads "director general of Al Jazeera Wadah Khanfar" as the network, then the man', () => {
    expect(people('The director general of Al Jazeera Wadah Khanfar paid tribute to him at the network\'s media forum.').map((p) => p.name)).toEqual(['Wadah Khanfar']);
  });

  it('reads "the Harding Collection" as no person', () => {
    const text = 'Dr Jennifer Batt of Oxford University found the poem on Tuesday. She discovered the rude verse in the Harding Collection of poetry anthologies held by the Bodleian Library.\n\nThe University of Oxford is digitising the songbooks of the Harding Collection.';
    expect(people(text).map((p) => p.name)).toEqual(['Jennifer Batt']);
  });
});

describe('options', () => {
  it('takes "Author" as true of a "Science writer"', () => {
    expect(overlappingRoles('Author', 'Science writer')).toBe(true);
    expect(overlappingRoles('Author', 'Activist')).toBe(false);
  });

  it('offers no site within a city as a rival to the city ("Old Palace Yard" for London)', () => {
    const text = [
      'Atheists, secularists, and supporters of free speech rallied in London today to protest against blasphemy laws.',
      'The rally met at Old Palace Yard, across the road from Parliament, and marched to Trafalgar Square.',
      'Organisers said similar events were held in Berlin and Paris last year.',
    ].join('\n\n');
    const rivals = placeRivals(text, 'London', '2012-10-13', 'rallied in ');
    expect(rivals.length).toBeGreaterThan(0);
    for (const o of rivals) expect(o).not.toMatch(/Yard|Square/);
  });

  it('gives an exact three-figure count exact options ("563" beside no 280, 840 or 1,100)', () => {
    const wrong = numberDistractors(563, [], 'k');
    expect(wrong).toHaveLength(3);
    for (const w of wrong) {
      expect(Number.isInteger(w)).toBe(true);
      expect(w % 10 === 0 && w % 100 === 0).toBe(false);
    }
  });
});
