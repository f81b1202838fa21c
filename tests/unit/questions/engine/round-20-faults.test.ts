// Faults the first-time judgement of round 20 found, on made-up text: "Says one Zanon worker" gave
// the words to Luis Zanon (the wrong key), US states offered for a region elsewhere ("a funeral in
// Hebron"), and heads of state offered as a think-tank analyst.
import { describe, expect, it } from 'vitest';
import { plausiblePeople } from '@/questions/engine/draft/distractors';
import { extractFacts } from '@/questions/engine/extract-facts';
import { draftContext, optionTexts, rankedDrafts } from '../../../support/engine-drafts';

describe('a name used as a modifier', () => {
  it('is no mention of the person: "one Zanon worker" is not Luis Zanon', () => {
    const text = [
      'Tuesday, April 26, 2005',
      'Luis Zanon, the former owner, closed the ceramics factory in 2001, and the workers took it over.',
      'Workers said they would resist an eviction. "We are willing to defend the factory with our lives," says one Zanon worker.',
    ].join('\n\n');
    const facts = extractFacts(text, '2005-04-26');
    expect(facts.quotes.find((q) => q.text.startsWith('We are willing'))?.speaker ?? null).not.toBe('Luis Zanon');
    const zanon = facts.people.find((p) => p.name === 'Luis Zanon')!;
    expect(zanon.mentions).toHaveLength(1);
  });
});

describe('options of the answer’s kind', () => {
  const text = [
    'Wednesday, November 28, 2007',
    'President George W. Bush, Secretary of State Condoleezza Rice and Prime Minister Ehud Olmert met at the conference. Bush said, "We are here to lay the foundation for a state."',
    'Analyst Jon Alterman said the talks were hard. Analyst Daniel Levy said neither leader had support at home. Professor Ann Baker said the same, and Professor Omar Dajani agreed.',
    'Hundreds protested in the West Bank, at a funeral in Hebron. Others protested in Gaza and in Jordan.',
  ].join('\n\n');

  it('offers no head of state as an analyst', () => {
    const ctx = draftContext(text, '2007-11-28');
    const alterman = ctx.people.find((p) => p.name === 'Jon Alterman')!;
    const options = plausiblePeople(ctx, alterman, ctx.people, 'analyst', undefined, true).map((p) => p.name);
    expect(options).toEqual(expect.arrayContaining(['Daniel Levy', 'Ann Baker']));
    expect(options.filter((n) => ['George W. Bush', 'Condoleezza Rice', 'Ehud Olmert'].includes(n))).toEqual([]);
  });

  it('offers no US state for a region elsewhere', () => {
    const states = rankedDrafts(text, '2007-11-28').flatMap(optionTexts).filter((o) => /^(?:Hawaii|Mississippi|Texas|Ohio|Iowa|Alaska|Florida|Montana)$/.test(o));
    expect(states).toEqual([]);
  });
});
