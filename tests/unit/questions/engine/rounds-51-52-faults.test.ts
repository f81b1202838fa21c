// Faults first-time judgements named in rounds 51 and 52, on made-up text.
import { describe, expect, it } from 'vitest';
import { draftContext } from '../../../support/engine-drafts';

describe('rounds 51 and 52', () => {
  it('takes "Phelps" for Shirley Phelps-Roper, and "Anonymous" for no person (three wrong keys)', () => {
    const ctx = draftContext([
      'Hackers claiming to be associated with the group Anonymous have attacked the website of the church, and hacked the Twitter account of Shirley Phelps-Roper, the church\'s spokeswoman.',
      'On Sunday, Anonymous announced their intentions in a video.',
      '"We will picket the school to sing praise," said Phelps in a post to her Twitter account on Saturday.',
    ].join('\n\n'), '2012-12-18');
    expect(ctx.people.map((p) => p.name)).toEqual(['Shirley Phelps-Roper']);
    expect(ctx.quotes[0]?.speakerId).toBe('person-shirley-phelps-roper');
  });

  it('strips a long title misspelt by one letter ("NBA Commisioner David Stern")', () => {
    const ctx = draftContext('Before the start of the game, NBA Commisioner David Stern commented on the historic rivalry between the two teams.', '2010-06-04');
    expect(ctx.people.map((p) => p.name)).toEqual(['David Stern']);
  });

  it('reads "Bashar Jaafari, concurred by saying" and "Yoshihisa Kato, complained" as people, and no "Affairs"', () => {
    const ctx = draftContext([
      'The Syrian ambassador to the United Nations, Bashar Jaafari, concurred by saying, "There was no cooperation at all."',
      'An entrepreneur in Fukushima, Yoshihisa Kato, complained about how he had been left abandoned by the government.',
      'Representative Howard Berman, the chairperson for the Committee on Foreign Affairs said that details of the briefing were disturbing.',
    ].join('\n\n'), '2008-04-24');
    const names = ctx.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Bashar Jaafari', 'Yoshihisa Kato', 'Howard Berman']));
    expect(names).not.toContain('Affairs');
  });

  it('resolves no "The next year" against the publication date', () => {
    const ctx = draftContext([
      'Friday, June 4, 2010',
      'The two teams first met in the finals in 1959.',
      'The next year, Minneapolis defeated Syracuse in the first final of the league.',
      'Next year the league will expand to thirty teams.',
    ].join('\n\n'), '2010-06-04');
    expect(ctx.dates.map((d) => d.text)).not.toContain('next year');
    expect(ctx.dates.map((d) => d.text)).toContain('Next year');
  });
});
