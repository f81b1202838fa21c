// People and speakers the extraction score showed missing or wrong on the held-out and fresh
// articles, on made-up text: a quote in a clause of its own ("…; according to X, …"), words of an
// unnamed agent ("told by a nurse"), a person introduced by a lower-case role with an age and an
// origin, a lower-case role after a name, and a name known only by what happened to its bearer.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';

/** Who the extraction says spoke the quotation containing `words` (undefined: no such quotation). */
function speakerIn(facts: ReturnType<typeof extractFacts>, words: string): string | null | undefined {
  const q = facts.quotes.find((x) => x.text.includes(words));
  return q ? (facts.people.find((p) => p.id === q.speakerId)?.name ?? null) : undefined;
}

const TEXT = [
  'Monday, May 6, 2019',
  'Martin Hale, a spokesman for Essex County, gave a count of 40 injured; according to Dana Brook, public information officer for the Essex Fire Service, injuries ranged "from cuts and bruises to broken bones".',
  'In 2012, a 31-year-old teacher of Polish origin, Anna Kowalczyk, died at a county hospital. She was told by a nurse that treatment was "not an option in this county".',
  'This was the first death at the track since the 1994 race, when Vrell Ostanko was killed.',
].join('\n\n');

describe('people and who said what', () => {
  const facts = extractFacts(TEXT, '2019-05-06');
  const person = (name: string) => facts.people.find((p) => p.name === name);
  const speakerOf = (words: string) => speakerIn(facts, words);

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

// Round 10's wrong keys: "she said" given to the last woman named (an object of the sentence
// before), and "She called on X … ‘…,’ she stated" given to X.
const WELCOME = [
  'Friday, July 4, 2008',
  'Standing alongside President Marcel Dufour at an air base south of Lyon, Elena Varga said, "I cry with joy." The freed journalist was greeted at the base by the President and the First Lady, Claire Bruni-Dufour, along with some supporters.',
  '"I have been waiting for seven years for this moment. I owe everything to you," she said. She added, "France is my home and you are my family."',
  'She called on Dufour to keep working to free the hostages still held. "We cannot leave them there where they are suffering," she stated. In response, Dufour said, "We will carry on working to free them."',
].join('\n\n');

describe('who "she" is when she speaks', () => {
  const facts = extractFacts(WELCOME, '2008-07-04');
  const speakerOf = (words: string) => speakerIn(facts, words);

  it('gives "X said" to X, not to someone named earlier in the sentence', () => {
    expect(speakerOf('I cry with joy')).toBe('Elena Varga');
  });

  it('gives "she said" to the last speaker when the last woman named is an object ("greeted … by the First Lady")', () => {
    expect(speakerOf('I have been waiting')).toBe('Elena Varga');
    expect(speakerOf('France is my home')).toBe('Elena Varga');
  });

  it('never gives "she stated" to the man she called on', () => {
    expect(speakerOf('We cannot leave them')).toBe('Elena Varga');
    expect(speakerOf('We will carry on')).toBe('Marcel Dufour');
  });
});
