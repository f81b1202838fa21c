// Faults the first-time judgement of round 23 found, on made-up text: a typed answer's reject list
// holding the key itself ("SpaceX", from a company the bank knows only by its short name), matching
// "roles" cut from a nominalisation ("Killing of one journalist"), a spokesperson's title before
// the name left unread, and years before the story's own for what "will" happen.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { yearFits } from '@/questions/engine/draft/sentence-drafts';
import { normalizeAnswer } from '@/questions/grading';
import { rankedDrafts } from '../../../support/engine-drafts';

const REPORT = [
  'Tuesday, August 23, 2011',
  '“We have received reports on the killing of one journalist, Munir Shakir, and the disappearance of another journalist, Rehmatullah Daparkhel,” said spokesperson for the United Nations High Commissioner for Human Rights, Rupert Colville.',
  'Irshad Matsoi, the bureau chief for the Online News Network, said that the killing was linked to the journalist’s work. Space Exploration Technologies Corporation (SpaceX) said it would send help.',
  'NASA will retire its Shuttles in 2013, officials said. SpaceX and NASA signed a deal with Boeing on Monday.',
].join('\n\n');

describe('round 23', () => {
  const facts = extractFacts(REPORT, '2011-08-23');
  const role = (name: string) => facts.people.find((p) => p.name === name)?.roles[0];

  it('reads the role in a nominalised phrase and the title after "said"', () => {
    expect(role('Munir Shakir')).toBe('journalist');
    expect(role('Rehmatullah Daparkhel')).toBe('journalist');
    expect(role('Rupert Colville')).toBe('spokesperson for the United Nations High Commissioner for Human Rights');
  });

  it('never rejects a typed answer’s own key or alias', () => {
    for (const d of rankedDrafts(REPORT, '2011-08-23')) {
      if (d.type !== 'cloze') continue;
      const accepted = [d.answer.text, ...d.answer.aliases].map(normalizeAnswer);
      expect((d.answer.rejects ?? []).filter((r) => accepted.includes(normalizeAnswer(r))), d.id).toEqual([]);
    }
  });

  it('offers no year before the story’s own for what will happen', () => {
    expect(yearFits('NASA will retire its Shuttles in 2013.', '2009', '2011-08-23')).toBe(false);
    expect(yearFits('NASA will retire its Shuttles in 2013.', '2015', '2011-08-23')).toBe(true);
    expect(yearFits('NASA retired its Shuttles in 2009.', '2007', '2011-08-23')).toBe(true);
    const shuttles = rankedDrafts(REPORT, '2011-08-23').filter((d) => d.prompt.includes('retire its Shuttles'));
    expect(shuttles.length).toBeGreaterThan(0);
    for (const d of shuttles) for (const y of JSON.stringify(d).match(/\b20\d\d\b/g) ?? []) expect(Number(y), d.id).toBeGreaterThanOrEqual(2011);
  });
});
