// Faults the first-time judges of rounds 145 and 146 named (six NASA releases, six Wikinews
// reports of 2019), on made-up text: "HDT Védelmi Ipari Kft. (HDT Limited) acquired …" cut in two
// at the firm's legal form, and its name then read as a person; "Regarding Trump's phone call, …"
// and "Laser Retroreflective Arrays" read as people; "former federal prosecutor Elie Honig" offered as a
// bare "Prosecutor".
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/questions/sentences';
import { draftContext, freshArticle } from '../../../support/engine-drafts';

describe('the text as the engine reads it', () => {
  it('ends no sentence at a firm’s legal form ("HDT Védelmi Ipari Kft. (HDT Limited) acquired …")', () => {
    expect(splitSentences('Hungarian state-owned HDT Védelmi Ipari Kft. (HDT Limited) acquired the Hirtenberger Defence Group on October 29.').length).toBe(1);
  });
});

describe('names', () => {
  const peopleIn = (slug: string) => {
    const { text, date } = freshArticle(slug);
    return draftContext(text, date).people.map((p) => p.name);
  };

  it('reads no firm ending in its legal form as a person ("Védelmi Ipari Kft")', () => {
    expect(peopleIn('wikinews-hungary-hdt-acquires-hirtenberger-2019').filter((n) => /Kft/.test(n))).toEqual([]);
  });

  it('reads no sentence-opening "Regarding" as part of a name ("Regarding Trump’s phone call, …")', () => {
    expect(peopleIn('wikinews-volker-resigns-pompeo-subpoena-2019').filter((n) => /^Regarding\b/.test(n))).toEqual([]);
  });

  it('reads an instrument as no person ("Laser Retroreflective Arrays", "Laser Altimeter")', () => {
    expect(peopleIn('nasa-laser-retroreflector-arrays-lunar-landers').filter((n) => /Arrays?$/.test(n))).toEqual([]);
    expect(peopleIn('nasa-osiris-rex-neil-armstrong-award').filter((n) => /Altimeter$/.test(n))).toEqual([]);
  });
});

describe('roles', () => {
  it('keeps "federal" in an office, and with it "former" ("former federal prosecutor Elie Honig")', () => {
    const ctx = draftContext('Regarding the call, former federal prosecutor Elie Honig said the transcript was damning.', '2019-09-30');
    expect(ctx.people.find((p) => p.name === 'Elie Honig')?.roles).toEqual(['former federal prosecutor']);
  });
});
