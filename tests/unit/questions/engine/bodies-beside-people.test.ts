// Round 32 (Hong Kong's election) typed a party and a radio station as people, missed a candidate
// named after his party's possessive, and cut an organisation's name at "in". Bodies beside people
// are now read as bodies, and the people beside them as people.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';

const ELECTION = [
  'Monday, March 4, 2019',
  'Allegations were made that localist party Youngspiration has ties with Beijing. Candidate Lam Cheuk-ting of the Democratic Party said the claims were false.',
  'State-run broadcaster Radio Mogadishu said 40 people had died. The Neo Democrats\' Kwan Wing-yip suspended his campaign, and the Civic Party\'s Alan Leong said he would stay.',
  'In a statement published in the newspaper Hürriyet, Justice Minister Mehmet Ali Şahin said the inquiry was judicial. The Alliance in Support of Our Police Force called for calm.',
  'The Jet Propulsion Laboratory in Southern California tracked the storm. The MEA added in their statement, "Cross-border terror is aimed at the people of Jammu & Kashmir."',
  'The Indian Ministry of External Affairs (MEA) rejected the report.',
].join('\n\n');

describe('bodies beside people', () => {
  const facts = extractFacts(ELECTION, '2019-03-04');
  const people = facts.people.map((p) => p.name);
  const organisations = facts.organisations.map((o) => o.name);

  it('reads a body named after its kind as a body, not a person', () => {
    expect(people).not.toContain('Youngspiration');
    expect(people).not.toContain('Radio Mogadishu');
    expect(organisations).toEqual(expect.arrayContaining(['Youngspiration', 'Radio Mogadishu', 'Hürriyet']));
  });

  it('keeps the person named after such a body, and the body a person belongs to', () => {
    expect(people).toEqual(expect.arrayContaining(['Mehmet Ali Şahin', 'Kwan Wing-yip', 'Alan Leong', 'Lam Cheuk-ting']));
    expect(organisations).toEqual(expect.arrayContaining(['Democratic Party', 'Civic Party']));
  });

  it('joins a name across "in" only where what follows is no place', () => {
    expect(organisations).toContain('Alliance in Support of Our Police Force');
    expect(organisations).toContain('Jet Propulsion Laboratory');
    expect(organisations.some((o) => o.includes('Southern California'))).toBe(false);
    expect(organisations).not.toContain('Jammu & Kashmir');
  });

  it('gives a quotation to a body named a few words before it', () => {
    expect(facts.quotes.find((q) => q.text.startsWith('Cross-border'))?.speaker).toBe('Indian Ministry of External Affairs');
  });
});
