// Faults the first-time judges of rounds 121 and 122 named (six Wikinews articles of AMALGUM, six
// NASA releases), on made-up text: two wrong keys from names read as people (a body the article
// misspells, "head of Amuary"; an event, "FIRST Robotics Los Angeles"), a film award read as a
// person, and a lead sentence left unasked because its "his" was taken to dangle.
import { describe, expect, it } from 'vitest';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

describe('names that are no people', () => {
  it('reads a lone word with a head or a website as a body, and types no who-said-it on it ("Patrice Clerc, head of Amuary")', () => {
    const text = [
      'Organisers Amaury Sport Organisation cancelled the Dakar Rally on Friday, a day before the start in Lisbon.',
      'Patrice Clerc, head of Amuary, said the threats were direct. A statement on Amuary’s website gave the reasons.',
      'Amuary said: “The Dakar is a symbol, and nothing can destroy symbols.”',
    ].join('\n\n');
    const ctx = draftContext(text, '2008-01-05');
    expect(ctx.people.map((p) => p.name)).not.toContain('Amuary');
    const typed = rankedDrafts(text, '2008-01-05').filter((d) => d.type === 'who_said_it' && d.prompt.includes('The Dakar is a symbol'));
    for (const d of typed) expect(JSON.stringify(d.answer)).not.toMatch(/"Amuary"/);
  });

  it('reads no person in an event or an award ("FIRST Robotics Los Angeles", "FIRST Robotics Competition", "Best Picture")', () => {
    const text = [
      'Robots built by 44 high school teams competed at the FIRST Robotics Los Angeles regional competition, said Kim Lievense of JPL.',
      'The annual FIRST Robotics Competition drew large crowds, organiser Julie Townsend said on Sunday.',
      'The other nominations include Best Picture, Director and Cinematography, the academy said.',
    ].join('\n\n');
    const names = draftContext(text, '2024-03-10').people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Kim Lievense', 'Julie Townsend']));
    expect(names.filter((n) => /Robotics|Picture/.test(n))).toEqual([]);
  });
});

describe('statements', () => {
  it('states a lead whose "his" means the person it names by what he is ("has jailed a policeman … his car insurance company")', () => {
    const text = [
      'Thursday, July 1, 2010',
      'A court in England has jailed a policeman for ten months after he was convicted of defrauding his car insurance company.',
      'Simon Hood, 38, reported his Audi TT stolen in March last year, the court heard.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2010-07-01');
    expect(drafts.some((d) => d.evidence.some((e) => e.startsWith('A court in England has jailed a policeman')))).toBe(true);
  });
});
