// Faults the first-time judges of rounds 127 and 128 named (six Wikinews articles of AMALGUM, six
// NASA releases), on made-up text: a governor read as three people ("Chris Christie", "Tell Gov
// Christie", "Governor Christie") and his own words given to the man quoted before; an office's
// field kept in a name ("Human Rights Navi Pillay"); "the Pilot" asked beside "a test pilot".
import { describe, expect, it } from 'vitest';
import { draftContext, optionTexts, rankedDrafts } from '../../../support/engine-drafts';

describe('a governor named by his title and surname', () => {
  const text = [
    'Thursday, July 6, 2017',
    'On Sunday, a photo of New Jersey governor and former presidential candidate Chris Christie on a closed state beach went public. Resident Matt Jenkins said, "I think it\'s a shame."',
    'On Monday, a plane towed a banner reading, "Tell Gov Christie: Get off the beach," echoing the Governor\'s own words in 2011, in which he told visitors "Get the hell off the beach" as a hurricane approached.',
    'Late Monday, Governor Christie signed the budget bill, and President Biden and First Lady Jill Biden did not comment.',
  ].join('\n\n');

  it('is one person, whatever title stands before the surname', () => {
    const christies = draftContext(text, '2017-07-06').people.filter((p) => /Christie/.test(p.name));
    expect(christies.map((p) => p.name)).toEqual(['Chris Christie']);
  });

  it('keeps a title that is the lone word’s own apart ("President Biden and First Lady Jill Biden")', () => {
    const names = draftContext(text, '2017-07-06').people.map((p) => p.name);
    expect(names).toContain('Jill Biden');
    expect(names).toContain('Biden');
  });

  it('gives "he told visitors “…”" to the one holder of the office the sentence names ("the Governor’s own words")', () => {
    const quote = draftContext(text, '2017-07-06').quotes.find((q) => q.text.startsWith('Get the hell'));
    expect(quote?.speaker).toBe('Chris Christie');
  });
});

describe('an office for a field', () => {
  it('ends before the name ("High Commissioner for Human Rights Navi Pillay")', () => {
    const text = 'UN High Commissioner for Human Rights Navi Pillay praised the Libyan government on Monday for allowing a humanitarian base in Tripoli. Pillay said the base would save lives, the agency reported.';
    expect(draftContext(text, '2011-04-21').people.map((p) => p.name)).toEqual(['Navi Pillay']);
  });
});

describe('who holds a role', () => {
  it('never asks "who is the Pilot?" beside someone the article calls "a test pilot"', () => {
    const text = [
      'NASA Administrator Bill Nelson named the four astronauts of Artemis II on Monday in Houston: Commander Reid Wiseman, Pilot Victor Glover, Christina Koch and Jeremy Hansen.',
      'In 1959, Public Information Director Walter Bonney introduced the first seven astronauts. One of them, Deke Slayton, a test pilot from Edwards Air Force Base, recalled the day.',
      'Bob Gilruth, the father of human spaceflight, chose them, and Glover said the crew was ready.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, null).filter((d) => d.id.startsWith('who-role:') || d.id.startsWith('role-of:'));
    for (const d of drafts) {
      const options = d.id.startsWith('who-role:') ? optionTexts(d) : [];
      expect(/\bpilot\b/i.test(d.prompt) && options.includes('Deke Slayton') && options.includes('Victor Glover'), `${d.prompt}: ${options.join(' | ')}`).toBe(false);
      if (d.id.startsWith('role-of:')) expect(optionTexts(d).filter((o) => /\bpilot\b/i.test(o)).length, `${d.prompt}: ${optionTexts(d).join(' | ')}`).toBeLessThan(2);
    }
  });
});

describe('famous offices beside a blank', () => {
  it('blanks no NASA Administrator or Secretary of State named beside the office, but still a deputy', () => {
    const text = [
      'NASA Administrator Bill Nelson introduced the crew on Monday in Houston, and Deputy Administrator Pam Melroy thanked the teams.',
      'Then Secretary of State Colin Powell claimed in June 2003 that the trailers were weapons labs, analyst Rod Barton said.',
      'Associate Administrator Jim Free said the flight would launch in 2025.',
    ].join('\n\n');
    const blanks = rankedDrafts(text, '2024-04-03').filter((d) => /^(?:mc-)?cloze:person/.test(d.id)).map((d) => d.prompt);
    expect(blanks.filter((p) => /NASA Administrator _____|Secretary of State _____/.test(p))).toEqual([]);
    expect(blanks.some((p) => /Deputy Administrator _____|Associate Administrator _____/.test(p)), blanks.join('\n')).toBe(true);
  });
});
