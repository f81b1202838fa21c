// People and speakers the extraction score showed missing or wrong on the held-out and fresh
// articles, on made-up text: a quote in a clause of its own ("…; according to X, …"), words of an
// unnamed agent ("told by a nurse"), a person introduced by a lower-case role with an age and an
// origin, a lower-case role after a name, and a name known only by what happened to its bearer.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';

const TEXT = [
  'Monday, May 6, 2019',
  'Martin Hale, a spokesman for Essex County, gave a count of 40 injured; according to Dana Brook, public information officer for the Essex Fire Service, injuries ranged "from cuts and bruises to broken bones".',
  'In 2012, a 31-year-old teacher of Polish origin, Anna Kowalczyk, died at a county hospital. She was told by a nurse that treatment was "not an option in this county".',
  'This was the first death at the track since the 1994 race, when Vrell Ostanko was killed.',
].join('\n\n');

describe('people and who said what', () => {
  const facts = extractFacts(TEXT, '2019-05-06');
  const person = (name: string) => facts.people.find((p) => p.name === name);
  const speakerOf = (words: string) => {
    const q = facts.quotes.find((x) => x.text.includes(words));
    return q ? facts.people.find((p) => p.id === q.speakerId)?.name ?? null : undefined;
  };

  it('gives a quote after "; according to X" to X, not to the subject of the first clause', () => {
    expect(speakerOf('cuts and bruises')).toBe('Dana Brook');
  });

  it('gives nobody the words of an unnamed agent ("told by a nurse")', () => {
    expect(speakerOf('not an option')).toBeNull();
  });

  it('finds people introduced by a lower-case role, with the role', () => {
    expect(person('Dana Brook')?.roles).toContain('public information officer for the Essex Fire Service');
    expect(person('Anna Kowalczyk')?.roles).toContain('teacher of Polish origin');
  });

  it('finds a person known only by what happened to them', () => {
    expect(person('Vrell Ostanko')).toBeDefined();
  });
});
