// Faults first-time judgements and extraction scores named from round 77 on, on made-up text.
import { describe, expect, it } from 'vitest';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

describe('round 77, names', () => {
  it("reads a name with a quoted nickname inside (\"Priya 'pixel' Raman\") as one person, by the name as written", () => {
    const ctx = draftContext([
      "The app's makers said on Monday they had raised US$5 million from investors.",
      "\"We can finally hire the people we need\", said Priya 'pixel' Raman, who answered questions with Tomas \"tk\" Kellner and designer Odile 'odz' Marchetti.",
      'Raman said the app would stay free. Kellner added that a paid version was not planned.',
    ].join('\n\n'), '2013-09-19');
    const names = ctx.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Priya 'pixel' Raman", 'Tomas "tk" Kellner', "Odile 'odz' Marchetti"]));
    expect(names).not.toContain('Raman');
    expect(ctx.people.find((p) => p.name === "Priya 'pixel' Raman")!.aliases).toEqual(expect.arrayContaining(['Priya Raman', 'Raman']));
    expect(ctx.quotes[0]!.speaker).toBe("Priya 'pixel' Raman");
  });
});

describe('round 77, bodies', () => {
  it('finds two firms listed together ("Acme Capital and Bluefin Ventures"), but no firm in "Capital of the Surf"', () => {
    const ctx = draftContext([
      'Acme Capital and Bluefin Ventures are among the investors in the new company, its founders said on Thursday.',
      'The town, known as the Capital of the Surf, hosts the event every year.',
    ].join('\n\n'), '2013-09-19');
    const names = ctx.organisations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Acme Capital', 'Bluefin Ventures']));
    expect(names.some((n) => /Surf|and/.test(n))).toBe(false);
  });
});

describe('rounds 78 and 79', () => {
  it('asks no number of "several dozen members" or "a few hundred people" (round 79 keyed 12)', () => {
    const ctx = draftContext([
      'Several dozen members of the club wore costumes to the party, and a few hundred people watched the video online.',
      'The club has suspended four of its teams while the inquiry continues.',
    ].join('\n\n'), '2015-02-06');
    expect(ctx.numbers.map((n) => n.value)).toEqual([4]);
  });

  it('keeps "F.C." inside a club\'s name ("Riverside University F.C. tweeted …")', () => {
    const ctx = draftContext('Riverside University F.C. tweeted about the party on Thursday, although the tweet was later deleted by the University of Riverside.', '2015-02-06');
    expect(ctx.organisations.map((o) => o.name)).toContain('Riverside University F.C.');
  });

  it('reads the role after a form of address and two nouns before a lower-case title', () => {
    const text = [
      'In a statement, Professor Ann Fields, Deputy Principal for Education, and student union president Mark Ode said the inquiry had begun.',
      'Sports President Chris Wood did not answer questions about the inquiry.',
    ].join('\n\n');
    const ctx = draftContext(text, '2015-02-06');
    expect(ctx.people.find((p) => p.name === 'Mark Ode')!.roles).toEqual(['student union president']);
    const matching = rankedDrafts(text, '2015-02-06').find((d) => d.type === 'matching');
    expect(matching?.type === 'matching' && matching.right.map((r) => r.text).sort()).toEqual(['Deputy Principal for Education', 'Sports President', 'Student union president']);
  });

  it('takes no aircraft the article also calls "the Concorde" for a person', () => {
    const ctx = draftContext([
      'The trial over the crash of the Concorde began on Tuesday in Paris.',
      'The broadcast alleged Concorde erupted into flames long before the runway strip, lawyer Jean Morel said.',
      'Prosecutors said Concorde struck the strip on takeoff.',
    ].join('\n\n'), '2010-02-03');
    expect(ctx.people.map((p) => p.name)).toEqual(['Jean Morel']);
  });
});
