// Faults the first-time judges of rounds 111 and 112 named (six Wikinews articles of the MEANTIME
// corpus, six NASA releases), on made-up text.
import { describe, expect, it } from 'vitest';
import { copiesGrammarSlip } from '@/questions/engine/draft/grammar-slips';
import { sumInSentence, tidy } from '@/questions/engine/draft/sentence-drafts';
import { draftContext, optionTexts, rankedDrafts, stemAfter } from '../../../support/engine-drafts';

const people = (text: string) => draftContext(text, '2009-04-03').people;

describe('names and roles', () => {
  it('reads no car model as a person ("the Crown Victoria and Grand Marquis cars")', () => {
    const text = 'Workers at the plant in St. Thomas, Ontario were told on Monday that one shift will be cut. The plant makes the Crown Victoria and Grand Marquis cars.';
    expect(people(text).map((p) => p.name)).toEqual([]);
  });

  it('ends an appositive no comma closes at its verb ("the president of Chrysler announced that …")', () => {
    const text = [
      'Tom LaSorda, the president of Chrysler announced that Canadian operations would fold if it does not receive both the US commitment of $2.3 billion of aid and a new union contract.',
      'Betty Sutton, Ohio\'s Congresswoman put forward the CARS act which would give consumers a voucher.',
    ].join('\n\n');
    const found = people(text);
    expect(found.map((p) => [p.name, p.roles])).toEqual([
      ['Tom LaSorda', ['president of Chrysler']],
      ['Betty Sutton', ["Ohio's Congresswoman"]],
    ]);
  });

  it('asks nobody to pick who holds a role its holder loses in the same sentence (round 111\'s wrong key)', () => {
    const text = [
      'General Motors chief executive Rick Wagoner was replaced Sunday with Fritz Henderson, the current chief operating officer.',
      'Canada\'s Minister of Industry Tony Clement said the loans were needed.',
      'UAW President Ron Gettelfinger said the union would talk to both companies.',
      'Ontario Premier Dalton McGuinty said the province would pay a third of the cost.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2009-04-03');
    expect(drafts.filter((d) => /^(?:who-role|role-of):person-rick-wagoner$/.test(d.id)).map((d) => d.id)).toEqual([]);
    expect(drafts.filter((d) => d.type === 'matching').flatMap((d) => (d.type === 'matching' ? d.left.map((l) => l.text) : []))).not.toContain('Rick Wagoner');
    // Those who keep their roles are still asked.
    expect(drafts.some((d) => /^(?:who-role|role-of):person-(?:tony-clement|ron-gettelfinger|dalton-mcguinty)$/.test(d.id))).toBe(true);
  });

  it('pairs no famous person with their office in a matching ("Barack Obama → President of the United States")', () => {
    const text = [
      'U.S. President Barack Obama said on Monday that GM had 60 days to present a new plan.',
      'Industry Minister Tony Clement said the loans were needed.',
      'UAW President Ron Gettelfinger said the union would talk to both companies.',
      'Ontario Premier Dalton McGuinty said the province would pay a third of the cost.',
    ].join('\n\n');
    const matching = rankedDrafts(text, '2009-04-03').find((d) => d.type === 'matching');
    expect(matching?.type === 'matching' && matching.left.map((l) => l.text)).toEqual(expect.arrayContaining(['Tony Clement', 'Ron Gettelfinger', 'Dalton McGuinty']));
    expect(matching?.type === 'matching' && matching.left.map((l) => l.text)).not.toContain('Barack Obama');
  });
});

describe('copied slips', () => {
  it('finds "called say" and "as a result from", and leaves right English alone', () => {
    for (const slip of ['Vice President Gerald Bantom called say the plan is disappointing', 'Bear Stearns tumbling as a result from its loss']) expect(copiesGrammarSlip(slip), slip).toBe(true);
    for (const fine of ['they called to say the plan is disappointing', 'as a result of its loss', 'jobs that result from the plan']) expect(copiesGrammarSlip(fine), fine).toBe(false);
  });

  it('shows no "General Motor\'s" where the article names General Motors, and reads no second body from it', () => {
    const text = [
      'General Motors (GM) and Chrysler will receive bridge loans from the government of Canada.',
      'As part of the restructuring, General Motor\'s chief executive Rick Wagoner was replaced Sunday with Fritz Henderson, the chief operating officer.',
      'Canada\'s Minister of Industry Tony Clement said the loans were needed to protect 150,000 jobs.',
    ].join('\n\n');
    expect(draftContext(text, '2009-04-03').organisations.map((o) => o.name)).not.toContain('General Motor');
    const drafts = rankedDrafts(text, '2009-04-03');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.filter((d) => [d.prompt, ...optionTexts(d)].some((t) => t.includes("General Motor's"))).map((d) => d.id)).toEqual([]);
  });
});

describe('figures', () => {
  it('asks neither end of a range ("US$300 to 350 million"), but still a change ("from 300 to 350")', () => {
    const range = rankedDrafts('GM and Chrysler software contracts provide US$300 to 350 million a year to vendors in India, officials said on Friday.', '2009-04-03');
    expect(range.some((d) => d.type === 'true_false')).toBe(true);
    expect(range.filter((d) => /^(?:how-|numeric|tf-false)/.test(d.id)).map((d) => d.prompt)).toEqual([]);
    const change = rankedDrafts('Sales of the new model rose from 300 to 350 units a week after the price cut, the company said on Friday.', '2009-04-03');
    expect(change.some((d) => d.type === 'true_false' && /from 300 to (?!350)\d+ units/.test(d.prompt))).toBe(true);
  });
});

describe('sums', () => {
  it('reads no sum into small figures that add up by chance among many ("five … three … two"), but still a real one', () => {
    expect(sumInSentence('Originally designed to perform up to five test flights over 30 days, the aircraft operated for almost three years, performed 72 flights, and flew more than 14 times farther than planned while logging more than two hours of flight time.')).toBe(false);
    expect(sumInSentence('The party won 21 new seats — sixteen general ones, four for women and one for minorities — in 2013.')).toBe(true);
    expect(sumInSentence('Three people died: two soldiers and one civilian.')).toBe(true);
  });
});

describe('stems and statements', () => {
  it('drops no ", however," deep in a sentence, where it joins two clauses (a run-on), nor keeps the comma splice', () => {
    expect(stemAfter('The agency chose three instruments for the mission.', 'All three payloads were selected for further development to fly on Artemis III that is targeted to launch in 2026, however, final manifesting decisions about the flight will be made later.')).toBeNull();
    // Right after the subject it is dropped as before.
    expect(stemAfter('The agency chose three instruments for the mission.', 'The House of Representatives, however, voted against the funding bill on Tuesday.')).toBe('The House of Representatives voted against the funding bill on Tuesday.');
  });

  it('keeps a clause before a colon that introduces a list: it is no heading', () => {
    expect(tidy('NASA’s approach to space sustainability recognizes four operational domains: Earth, Earth orbit, cislunar space, and deep space.')).toMatch(/^NASA’s approach/);
    expect(tidy('Enhance climate science: The budget invests in new satellites.')).toBe('The budget invests in new satellites.');
  });

  it('blanks no place before its famous valley ("_____’s Silicon Valley")', () => {
    const text = 'NASA’s Ames Research Center in California’s Silicon Valley managed the science. The aircraft flew from Palmdale to Texas and Idaho before landing in Nevada.';
    expect(rankedDrafts(text, '2024-05-10').filter((d) => d.id === 'mc-cloze:place-california').map((d) => d.prompt)).toEqual([]);
  });
});
