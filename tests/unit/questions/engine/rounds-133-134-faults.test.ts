// Faults the first-time judges of rounds 133 and 134 named (six Wikinews articles of AMALGUM, six
// NASA releases), on made-up text: words given to whom the sentence names though it hands them to a
// spokesperson or quotes others at second hand; a first-person narrator's words given to the man
// she spoke to; "she asked" given to the man quoted before; a pronoun carried on from a list of
// senators; "Senators Dan Coats" and "Human Rights La Plata" read as names; "Bob Yang" apart from
// "Robert Yang".
import { describe, expect, it } from 'vitest';
import { draftContext } from '../../../support/engine-drafts';

const speakerOf = (text: string, words: string) => draftContext(text, '2009-10-25').quotes.find((q) => q.text.startsWith(words))?.speaker ?? null;

describe('whose words', () => {
  it('gives none to the person named when a spokesperson or others at second hand say them', () => {
    const spokesperson = 'British pilot Robert Mansell died on Wednesday, and the Foreign and Commonwealth Office has now confirmed that he died, with a spokesperson for them saying: "We are aware of the death of a British national."';
    expect(speakerOf(spokesperson, 'We are aware')).not.toBe('Robert Mansell');
    const quoting = 'Jeffrey Richards, president of the National Air Traffic Controllers Association, told reporters that pilots had complained three times, quoting them as saying on one occasion "Center, you really lined us up on that last clearance."';
    expect(speakerOf(quoting, 'Center, you really')).not.toBe('Jeffrey Richards');
    // (A named spokesperson still speaks.)
    expect(speakerOf('Maria Zakharova, a spokesperson for the Russian foreign ministry, said the report was "another fake."', 'another fake')).toBe('Maria Zakharova');
  });

  it('gives a first-person narrator’s words to no one named ("I said to Bob Yang one day, “…”")', () => {
    const text = 'My neighbor was Robert Yang, who is now at NASA Headquarters. I said to Bob Yang one day, “I would love to work for NASA!”\n\nOne day he said, “Gwen, our admin is leaving for three weeks.” I said, “I’m not quitting my job for three weeks!”';
    expect(speakerOf(text, 'I would love')).toBeNull();
    expect(speakerOf(text, 'I’m not quitting')).toBeNull();
  });

  it('gives "she asked" to the woman of the dialogue, not the man quoted just before', () => {
    const text = 'Deputy assistant defense secretary Allison Barber rehearsed the soldiers on Tuesday.\n\n"Captain Smith," Kennedy said.\n\n"You take the mike and you hand it to whom?" she asked.';
    expect(speakerOf(text, 'You take the mike')).toBe('Allison Barber');
  });

  it('carries no one on from a list of people ("Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe … asked Brown")', () => {
    const text = 'Senator Scott Brown lost his seat in November. After the defeat, Republican Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe of Maine each asked Brown to run again. He alluded to a return during his farewell address, noting, "As I have said many times before, victory and defeat is temporary."';
    expect(speakerOf(text, 'As I have said')).toBe('Scott Brown');
  });
});

describe('names', () => {
  it('reads "Dan Coats" after "Republican Senators", and no person in "the Permanent Assembly for Human Rights La Plata"', () => {
    const names = draftContext('After the defeat, Republican Senators Dan Coats of Indiana and John McCain of Arizona asked Brown to run. Maria Vedio, legal chairwoman for the Permanent Assembly for Human Rights La Plata said that the find was proof.', '2012-12-31').people.map((p) => p.name);
    expect(names).toContain('Dan Coats');
    expect(names.filter((n) => /Senators|Human Rights|La Plata/.test(n))).toEqual([]);
  });

  it('takes "Bob Yang" for "Robert Yang"', () => {
    const people = draftContext('Across the street lived Robert Yang, who is now at NASA Headquarters. One day Bob Yang said the agency was hiring, and Bob Yang helped her apply.', null).people;
    expect(people.filter((p) => /Yang/.test(p.name)).map((p) => p.name)).toEqual(['Robert Yang']);
  });
});
