// Faults the first-time judges of rounds 103 and 104 named (twelve more Wikinews articles of the
// fourth source), on made-up text where it reproduces them, else on the article.
import { describe, expect, it } from 'vitest';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { copiesGrammarSlip } from '@/questions/engine/draft/grammar-slips';
import { extractFacts } from '@/questions/engine/extract-facts';
import { gradeText } from '@/questions/grading';
import { draftContext, freshArticle, rankedDrafts } from '../../../support/engine-drafts';

const speakerOf = (text: string, words: string) => extractFacts(text, null).quotes.find((q) => q.text.includes(words))?.speaker;

describe('who said it', () => {
  it('gives each of two quotations in one sentence to the name right before it ("Sandler stated “…,” and Stiller commented “…”")', () => {
    const text = 'Comedians Adam Sandler and Ben Stiller released statements defending the actor. Sandler stated "To see anyone\'s private life invaded and mocked like this is sickening," and Stiller commented "People lose sight of the fact that he is actually a person."';
    expect(speakerOf(text, 'To see anyone')).toBe('Adam Sandler');
    expect(speakerOf(text, 'People lose sight')).toBe('Ben Stiller');
  });

  it('reads "said former Tuol Sleng prisoner Vann Nath" as Vann Nath speaking, and the prison as no person', () => {
    const text = 'Duch admitted his responsibility for events at Tuol Sleng on Monday.\n\n"If Duch pleads guilty, I will be eased in my heart," said former Tuol Sleng prisoner Vann Nath.';
    expect(draftContext(text).people.map((p) => p.name)).toEqual(['Vann Nath']);
    expect(speakerOf(text, 'eased in my heart')).toBe('Vann Nath');
  });
});

describe('names', () => {
  it('reads a name after "ex-premier" or "ex-PM" as a person', () => {
    expect(draftContext('Meanwhile, the deposed ex-premier Thaksin Shinawatra has stated his intention to return.').people.map((p) => p.name)).toEqual(['Thaksin Shinawatra']);
    expect(draftContext('The king is not to be confused with the fugitive ex-PM Thaksin Shinawatra, who lives abroad.').people.map((p) => p.name)).toEqual(['Thaksin Shinawatra']);
  });

  it('keeps "People\'s" in "People\'s Alliance for Democracy (PAD)", drops a sentence\'s opening "Instead", and reads no "Democracy" as its name', () => {
    const text = [
      "The Thai anti-government People's Alliance for Democracy (PAD) succeeded yesterday in having the session cancelled. Instead Association of South East Asian (ASEAN) related legislation was to be discussed.",
      'PAD protesters had begun massing on Sunday, and yesterday morning they besieged the parliament building.',
    ].join('\n\n');
    const orgs = draftContext(text, '2008-11-25').organisations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(["People's Alliance for Democracy", 'Association of South East Asian']));
    expect(draftContext(text, '2008-11-25').organisations.find((o) => o.name === "People's Alliance for Democracy")?.aliases ?? []).not.toContain('Democracy');
  });

  it('takes the name a person is "better known as" another by as theirs ("Kaing Guek Eav, better known as Duch")', () => {
    const { text, date } = freshArticle('wikinews-duch-khmer-rouge-charges-2009');
    const duch = rankedDrafts(text, date).find((d) => d.id === 'cloze:person-duch');
    expect(duch?.type).toBe('cloze');
    if (duch?.type === 'cloze') expect(gradeText(duch.answer, 'Kaing Guek Eav').correct).toBe(true);
  });
});

describe('roles', () => {
  it('takes a "senior police official" as true of a district police officer, whatever the rank word', () => {
    expect(overlappingRoles('Senior police official', 'District Police Officer')).toBe(true);
    expect(overlappingRoles('Senior police official', 'Taliban spokesman')).toBe(false);
  });
});

describe('copied slips', () => {
  it('finds an article before a preposition ("22 of the of 188"), not "Vitamin A in food"', () => {
    expect(copiesGrammarSlip('At least 22 of the of 188 people died in the blast.')).toBe(true);
    expect(copiesGrammarSlip('Vitamin A in food is essential.')).toBe(false);
  });
});

describe('the Speaker', () => {
  it('reads "Speaker Republican John Boehner" as John Boehner, and blanks no "Incumbent Speaker _____"', () => {
    const text = [
      'The 113th United States Congress convened on Thursday in Washington.',
      'Incumbent Speaker Republican John Boehner was re-elected, defeating Democrat Nancy Pelosi by a vote of 220–192.',
      'Vice President Joe Biden swore in the new senators, among them Tammy Baldwin of Wisconsin.',
    ].join('\n\n');
    expect(draftContext(text, '2013-01-04').people.map((p) => p.name)).toContain('John Boehner');
    expect(rankedDrafts(text, '2013-01-04').filter((d) => /Speaker (?:Republican )?_____/.test(d.prompt)).map((d) => d.id)).toEqual([]);
  });

  it('still blanks a keynote speaker ("keynote speaker _____")', () => {
    const text = 'The conference opened on Monday in Atlanta with 300 people attending.\n\nThe keynote speaker Sarah Jones of Georgia Tech spoke about open data for an hour.\n\nJones said the meeting would be held again next year in Boston.';
    expect(rankedDrafts(text, '2013-01-04').some((d) => d.type === 'cloze' && /speaker _____/.test(d.prompt))).toBe(true);
  });
});
