// Faults that earlier first-time judgements named and that the engine still made when they were
// re-read against its drafts (session of 2026-11-28, afternoon), on made-up text.
import { describe, expect, it } from 'vitest';
import { draftContext } from '../../../support/engine-drafts';

describe('people named as examples of a group', () => {
  it('finds "Ana Botella" in "Proponents … including Madrid\'s mayor Ana Botella believe …" and gives her the words she is quoted saying (a wrong key: the IOC was keyed)', () => {
    const ctx = draftContext([
      "Proponents of the bid including Lisbon's mayor Rosa Quintela believe the Games would help the city.",
      'Quintela outlined some of the costs, quoted by the Associated Press during the IOC visit saying, "The budget that remains is a perfectly affordable amount."',
      'The IOC is to choose the host city in September.',
    ].join('\n\n'), '2013-03-19');
    const rosa = ctx.people.find((p) => p.name === 'Rosa Quintela');
    expect(rosa?.roles).toContain("Lisbon's mayor");
    expect(ctx.quotes.map((q) => q.speaker)).toEqual(['Rosa Quintela']);
  });
});
