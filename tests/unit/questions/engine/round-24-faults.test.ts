// Faults the first-time judgement of round 24 found, on made-up text: "Colonel Bacar" kept apart
// from Colonel Mohamed Bacar (a rank did not count as a shared title), so "Bacar", the name the
// article uses for him, was rejected as another person's (the wrong key); and a four-part name
// typed with no surname accepted ("Sambi"). And the spokesman's name, spelled "Bakar" and "Bacar",
// was taken for a misspelling, so every who-said-it item listing him was dropped. And "_____ national
// security adviser Stephen Hadley" blanked only an affiliation general knowledge fills.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { gradeText } from '@/questions/grading';
import { sentenceDrafts } from '@/questions/engine/draft/sentence-drafts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const ISLAND = [
  'Wednesday, March 26, 2008',
  'Comoros has invaded the island of Anjouan in an effort to topple the rebel leadership of Colonel Mohamed Bacar, who has been seeking independence.',
  '"The operation started in the early morning hours and it is going smoothly," government spokesman Abdourahim Said Bakar said.',
  '"A special group has been selected to capture Bacar," government spokesman Abdourahim Said Bacar said. Some loyalists gathered near Bacar\'s residence in Barakani.',
  'White House national security adviser Stephen Hadley said the African Union would lead the effort.',
  '"We cannot confirm the arrest of Colonel Bacar," said reporter Franck Berruyer. In a televised address, Comoros president Ahmed Abdallah Mohamed Sambi said he had approved of the operation.',
].join('\n\n');

describe('round 24', () => {
  it('takes a rank for the title it is, so "Colonel Bacar" is Colonel Mohamed Bacar', () => {
    const names = extractFacts(ISLAND, '2008-03-26').people.map((p) => p.name);
    expect(names).toContain('Mohamed Bacar');
    expect(names).not.toContain('Bacar');
  });

  it('accepts the name the article uses and a long name’s surname', () => {
    // Every drafted blank, before ranking keeps a few of them.
    const drafts = sentenceDrafts(draftContext(ISLAND, '2008-03-26'));
    const bacar = drafts.find((d) => d.type === 'cloze' && d.answer.text === 'Mohamed Bacar');
    const sambi = drafts.find((d) => d.type === 'cloze' && d.answer.text === 'Ahmed Abdallah Mohamed Sambi');
    expect(bacar?.type === 'cloze' && gradeText(bacar.answer, 'Bacar').correct).toBe(true);
    expect(sambi?.type === 'cloze' && gradeText(sambi.answer, 'Sambi').correct).toBe(true);
  });

  it('keeps the who-said-it items of a speaker whose name the article spells two ways', () => {
    const whoSaid = rankedDrafts(ISLAND, '2008-03-26').filter((d) => d.meta.angle === 'quote-speaker');
    expect(whoSaid.length).toBeGreaterThanOrEqual(2);
  });

  it('blanks no organisation that is only the affiliation in a title', () => {
    expect(rankedDrafts(ISLAND, '2008-03-26').some((d) => d.prompt.includes('_____ national security adviser'))).toBe(false);
  });
});
