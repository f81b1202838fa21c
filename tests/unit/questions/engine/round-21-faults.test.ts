// Faults the first-time judgement of round 21 found, on made-up text: "When the Soviet Union"
// taken for an organisation (the wrong key: the right answer was rejected), a timeline item
// "arrested in and exiled", years outside the war the sentence names, "For example," left in a
// statement, a role option naming the person asked, and the story's country asked beside its leader.
import { describe, expect, it } from 'vitest';
import { withinNamedEra } from '@/questions/engine/draft/sentence-drafts';
import { readableEvent } from '@/questions/engine/draft/timeline-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { rankedDrafts } from '../../../support/engine-drafts';

const DISSIDENT = [
  'Tuesday, June 21, 2011',
  'Human rights activist Yelena Bonner died on Saturday in Boston, her daughter Tatiana Yankelevich said.',
  'When the Soviet Union collapsed in 1991, Bonner returned to Moscow. During World War II, Bonner was wounded in 1941 while serving as a nurse with the army.',
  'For example, Bonner signed a petition against Prime Minister Vladimir Putin in 2010. Zimbabwe’s President Robert Mugabe was re-elected. Mugabe’s appearance at the summit in Zimbabwe drew protests.',
].join('\n\n');

describe('round 21', () => {
  it('takes no clause opener into an organisation', () => {
    const orgs = extractFacts(DISSIDENT, '2011-06-21').organisations.map((o) => o.name);
    expect(orgs.some((n) => n.startsWith('When'))).toBe(false);
  });

  it('reads no timeline item with "in and"', () => {
    expect(readableEvent('Bonner was arrested in and exiled to Gorky with Sakharov')).toBe(false);
  });

  it('keeps years inside the war, drops "For example," and asks no country beside its leader', () => {
    const drafts = rankedDrafts(DISSIDENT, '2011-06-21');
    expect(withinNamedEra('During World War II, she served as a nurse.', '1943')).toBe(true);
    expect(withinNamedEra('During World War II, she served as a nurse.', '1947')).toBe(false);
    expect(withinNamedEra('She served as a nurse.', '1947')).toBe(true);
    expect(drafts.some((d) => d.prompt.startsWith('For example'))).toBe(false);
    expect(drafts.some((d) => /appearance at the summit in _____/.test(d.prompt))).toBe(false);
  });
});
