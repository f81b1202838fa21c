// Faults the first-time judgement of round 16 found, on made-up text: a one-word name with an age
// ("Syakrani, 24, says …") not read as a person, so his words went to the man named before him;
// an Indonesian firm ("PT Hutama Karya") read as a person; a landmark's place asked ("_____'s
// Golden Gate Bridge"); part of the answer left in the stem; and options for someone the story
// gives no role.
import { describe, expect, it } from 'vitest';
import { entities, personDistractors } from '@/questions/engine/draft/sentence-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const BRIDGE = [
  'Sunday, November 27, 2011',
  'Roughly 40 people remain missing in East Kalimantan, where "Kalimantan’s Golden Gate Bridge" linked two towns. State-owned builders PT Hutama Karya completed the bridge in the image of California’s Golden Gate Bridge.',
  '40-year-old Adam Nur describes swimming 300 metres with one arm. Syakrani, 24, says he survived by clinging to plastic containers. "The authorities should have closed the bridge," he said.',
  'Police chief Bambang Widaryatmo said the search would go on. Governor Awang Faroek Ishak said, "We will rebuild it." Minister Djoko Kirmanto visited the site.',
].join('\n\n');

describe('people', () => {
  it('reads a one-word name with an age as a person and gives him his words; a PT firm is no person', () => {
    const facts = extractFacts(BRIDGE, '2011-11-27');
    expect(facts.people.map((p) => p.name)).toContain('Syakrani');
    expect(facts.people.map((p) => p.name).some((n) => /Hutama|Karya/.test(n))).toBe(false);
    expect(facts.quotes.find((q) => q.text.startsWith('The authorities'))?.speaker).toBe('Syakrani');
  });
});

describe('blanks', () => {
  const prompts = rankedDrafts(BRIDGE, '2011-11-27').map((d) => d.prompt);

  it('asks no landmark’s place and leaves no part of the answer in the stem', () => {
    expect(prompts.some((p) => p.includes('_____’s Golden Gate Bridge'))).toBe(false);
    expect(prompts.some((p) => p.includes('missing in _____, where "Kalimantan’s'))).toBe(false);
  });

  it('offers no options for someone with no role and no words of their own', () => {
    const ctx = draftContext(BRIDGE, '2011-11-27');
    const nur = entities(ctx).find((e) => e.name === 'Adam Nur')!;
    expect(personDistractors(ctx, nur, ctx.sentences[3]!.text, 'Adam Nur', '40-year-old ')).toEqual([]);
    const police = entities(ctx).find((e) => e.name === 'Bambang Widaryatmo')!;
    expect(personDistractors(ctx, police, ctx.sentences[6]!.text, 'Bambang Widaryatmo', '').length).toBeGreaterThan(0);
  });
});
