// Faults first-time judgements and extraction scores named from round 77 on, on made-up text.
import { describe, expect, it } from 'vitest';
import { draftContext } from '../../../support/engine-drafts';

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
