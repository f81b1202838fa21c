// Faults the first-time judges of rounds 129 and 130 named (six Wikinews articles of AMALGUM, six
// NASA releases), on made-up text: a quotation opened with a curly mark and closed with a straight
// one given to the man named before it; "Counterterrorism John O. Brennan" read as a name; "who is
// the team member?" beside the team's other members.
import { describe, expect, it } from 'vitest';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

describe('quotation marks', () => {
  it('closes a curly quotation with the straight mark the article uses (“… in a formal manner," Charamba said)', () => {
    const text = [
      'Prime Minister Morgan Tsvangirai suspended ties with the government on Friday, calling his partners dishonest.',
      'Mugabe spokesman George Charamba said Tsvangirai was still prime minister.',
      '“Government is not run through media statements. He must communicate any decision in a formal manner," Charamba said.',
    ].join('\n\n');
    const quote = draftContext(text, '2009-10-20').quotes.find((q) => q.text.startsWith('Government is not run'));
    expect(quote?.speaker).toBe('George Charamba');
    expect(quote?.text.endsWith('in a formal manner,') || quote?.text.endsWith('in a formal manner')).toBe(true);
  });
});

describe('an office for two fields', () => {
  it('ends before the name ("Advisor for Homeland Security and Counterterrorism John O. Brennan")', () => {
    const text = 'Deputy National Security Advisor for Homeland Security and Counterterrorism John O. Brennan said on Sunday that the embassy in Sana’a would stay closed. Brennan added that the threat was real, officials said.';
    expect(draftContext(text, '2010-01-04').people.map((p) => p.name)).toEqual(['John O. Brennan']);
  });
});

describe('who holds a role', () => {
  it('never asks "who is the team member?"', () => {
    const text = [
      'A robot that folds itself was unveiled on Thursday by a team led by Harvard engineer Sam Felton and MIT professor Erik Demaine.',
      'The folding pattern caught the attention of team member Chris Santangelo of the University of Massachusetts, and Science editor Marc Lavine praised the study.',
      'Cornell University lead author Jesse Silverberg said the robot could crawl through rubble.',
    ].join('\n\n');
    expect(rankedDrafts(text, '2014-08-10').filter((d) => /who is the team member/.test(d.prompt)).map((d) => d.prompt)).toEqual([]);
  });
});
