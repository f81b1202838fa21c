// Faults the first-time judgement of round 14 found, on made-up text: quotations whose speaker
// follows a long title with a full stop ("Dr.") or a place ("for Africa") given to no one, firms in
// a list read as people, landlocked countries offered for "off the coast of _____" (now the swaps of
// true-or-false statements), and a false statement made by swapping the name in a negative sentence.
import { describe, expect, it } from 'vitest';
import { negatedNear } from '@/questions/engine/draft/true-false-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { placeRivals, rankedDrafts } from '../../../support/engine-drafts';

const HEALTH = [
  'Sunday, June 1, 2008',
  '"The agency appeals to member states to require by law a ban on all forms of tobacco advertising," said WHO Regional Director for Africa Luis Sambo, in a statement released Saturday in Kampala, Uganda.',
  '"In order to survive, the tobacco industry needs to replace those who quit with new young consumers," said WHO Director-General Dr. Margaret Chan.',
  'Reuters reported that companies Philip Morris, Imperial Tobacco, British American Tobacco and Japan Tobacco are among the largest producers of cigarettes. Most smokers live in China, India, Indonesia, Russia, Japan and Germany.',
  'Germany does not have many anti-smoking laws, the report said. Kenya banned tobacco advertising in 2007.',
].join('\n\n');

describe('speakers after a long title', () => {
  it('gives the quotation to the person after "Dr." or after a title ending in a place', () => {
    const facts = extractFacts(HEALTH, '2008-06-01');
    const speakerOf = (start: string) => facts.quotes.find((q) => q.text.startsWith(start))?.speaker ?? null;
    expect(speakerOf('In order to survive')).toBe('Margaret Chan');
    expect(speakerOf('The agency appeals')).toBe('Luis Sambo');
  });

  it('reads the firms of a list introduced by "companies" as no people', () => {
    const names = extractFacts(HEALTH, '2008-06-01').people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Luis Sambo', 'Margaret Chan']));
    expect(names.some((n) => /Morris|Tobacco/.test(n))).toBe(false);
  });
});

describe('places and lists', () => {
  const drafts = rankedDrafts(HEALTH, '2008-06-01');

  it('makes no false statement by swapping the name in a negative sentence', () => {
    expect(negatedNear('Germany does not have many anti-smoking laws.', 0, 'Germany'.length)).toBe(true);
    expect(negatedNear('Annan visited Kenya and warned of clashes if reforms are not implemented soon.', 13, 'Kenya'.length)).toBe(false);
    expect(drafts.some((d) => d.type === 'true_false' && /^(?!Germany)\p{Lu}[\p{L} ]+ does not have many anti-smoking laws/u.test(d.prompt))).toBe(false);
  });

  it('swaps in no landlocked country for "off the coast of South Africa"', () => {
    const text = ['Saturday, February 16, 2019', 'Scientists tagged sevengill sharks off the coast of South Africa in 2017, the study said.', 'Sharks were also seen in Namibia and Mozambique, and tourists from Zimbabwe and Botswana visited.'].join('\n\n');
    const rivals = placeRivals(text, 'South Africa', '2019-02-16', 'off the coast of ');
    expect(rivals.length).toBeGreaterThan(0);
    expect(rivals.filter((o) => ['Zimbabwe', 'Botswana', 'Lesotho', 'Eswatini', 'Zambia', 'Malawi'].includes(o))).toEqual([]);
  });
});
