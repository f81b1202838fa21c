// Faults the first-time judgement of round 17 found, on made-up text: a Prime Minister and a priest
// offered as a band's guitarist (musicians belonged to no sphere), band members named after their
// instrument not read as people, "In the same year" and "during that incident" lifted without what
// they point to, a timeline item "Born on in Ballybricken", and a relative's surname left beside
// the blank.
import { describe, expect, it } from 'vitest';
import { resolveReferences } from '@/questions/engine/draft/dangling';
import { readableEvent } from '@/questions/engine/draft/timeline-drafts';
import { roleDomain } from '@/questions/engine/lexicon/role-domains';
import { extractFacts } from '@/questions/engine/extract-facts';
import { draftContext, optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const BAND = [
  'Thursday, January 18, 2018',
  'Singer Nora Keane, lead singer of the rock band the Larks, died in London on Monday, aged 46. Irish Prime Minister Leo Varadkar said, "Her music will live on." Father James Walton, a priest from her home area, said she would be buried at home.',
  'Also featuring drummer Fergal Lally, bassist Mike Dolan and his brother Noel Dolan, the lead guitarist, the band released its first album in 1993. In the same year, Keane married Don Barton, a manager of the band.',
  'In 2014, Keane was involved in an assault on a flight. She pleaded guilty during that incident to three counts of assault.',
].join('\n\n');

describe('musicians', () => {
  it('puts instruments in the arts, reads band members as people, and offers no politician or priest for a guitarist', () => {
    expect(roleDomain('lead guitarist')).toBe('arts');
    expect(roleDomain('bassist')).toBe('arts');
    const names = extractFacts(BAND, '2018-01-18').people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Fergal Lally', 'Mike Dolan', 'Noel Dolan']));
    const drafts = rankedDrafts(BAND, '2018-01-18');
    const guitarist = drafts.filter((d) => /guitarist/i.test(d.prompt) && d.type === 'multiple_choice');
    expect(guitarist.flatMap(optionTexts).filter((o) => ['Leo Varadkar', 'James Walton', 'Prime Minister', 'Vice President'].includes(o))).toEqual([]);
  });
});

describe('references back', () => {
  it('drops "In the same year" and "during that incident", and leaves no relative’s surname by the blank', () => {
    const ctx = draftContext(BAND, '2018-01-18');
    const index = (start: string) => ctx.sentences.findIndex((s) => s.text.startsWith(start));
    expect(resolveReferences(ctx, ctx.sentences[index('In the same year')]!.text, index('In the same year'))).toBeNull();
    expect(resolveReferences(ctx, ctx.sentences[index('She pleaded')]!.text, index('She pleaded'))).toBeNull();
    const prompts = rankedDrafts(BAND, '2018-01-18').map((d) => d.prompt);
    expect(prompts.some((p) => /bassist _____ and his brother Noel Dolan/.test(p))).toBe(false);
  });

  it('reads no timeline item where the cut date leaves two prepositions together', () => {
    expect(readableEvent('Born on in Ballybricken, a town in southeastern Ireland, Keane had six siblings')).toBe(false);
    expect(readableEvent('Keane married Don Barton, a manager of the band')).toBe(true);
  });
});
