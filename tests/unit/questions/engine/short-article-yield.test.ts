// Short articles gave few drafts (7–17 for 450–600 words): whole statements quoted in lower case
// after "that," or an editor's "[w]e" were never asked, nor were sentences about the story's
// protagonist that say "his"/"her" or describe him ("The 31-year-old Ethiopian-born man").
import { describe, expect, it } from 'vitest';
import { resolveReferences } from '@/questions/engine/draft/dangling';
import { quoteStatement } from '@/questions/engine/draft/people-drafts';
import { fictional, plausiblePeople } from '@/questions/engine/draft/distractors';
import { extractFacts } from '@/questions/engine/extract-facts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const MINISTERS = [
  'Wednesday, February 10, 2010',
  'Foreign Secretary Daniel Hartley today lost an appeal over the treatment of Omar Haddad.',
  'Minister Victor Lane misled the radio programme when, in August last year, he stated that, "[w]e neither engage in, collude with or condone torture."',
  'Lane responded that, "we always make it clear that torture is unacceptable and abhorrent"; however, he added that other countries do not.',
  'Hartley argued publication would, "cause real and significant damage to the national security of this country."',
].join('\n\n');

describe('quotations in lower case', () => {
  it('restores the capital of a whole statement and leaves a fragment alone', () => {
    const ctx = draftContext(MINISTERS, '2010-02-10');
    const said = ctx.quotes.map((q) => quoteStatement(ctx, q));
    expect(said).toContain('We neither engage in, collude with or condone torture.');
    expect(said).toContain('We always make it clear that torture is unacceptable and abhorrent');
    // "would, “cause …”" continues the reporter's sentence: not a statement of its own.
    expect(said.find((s) => /real and significant/.test(s))).toMatch(/^cause/);
  });

  it('asks about a quotation that opens in lower case after "that,"', () => {
    const statements = rankedDrafts(MINISTERS, '2010-02-10')
      .filter((d) => d.type === 'true_false' || d.type === 'who_said_it')
      .map((d) => d.prompt);
    expect(statements.some((p) => p.includes('“We always make it clear that torture is unacceptable and abhorrent'))).toBe(true);
    expect(statements.some((p) => /“cause real/.test(p))).toBe(false);
  });
});

const DETAINEE = [
  'Wednesday, February 10, 2010',
  'Foreign Secretary Daniel Hartley today lost an appeal over the treatment of UK resident Omar Haddad after his arrest in Pakistan.',
  'The 31-year-old Ethiopian-born man was arrested in Pakistan in 2002 due to issues with his visa. He was then handed over to American authorities who took him to Morocco. His final destination, after two years in Morocco, was a prison in Cuba.',
].join('\n\n');

describe('the story’s subject described, not named', () => {
  it('reads "The 31-year-old … man" as the one person just named who holds no office, and carries him on', () => {
    const ctx = draftContext(DETAINEE, '2010-02-10');
    expect(resolveReferences(ctx, ctx.sentences[2]!.text, 2)).toMatch(/^Omar Haddad was arrested in Pakistan in 2002/);
    expect(resolveReferences(ctx, ctx.sentences[3]!.text, 3)).toMatch(/^Omar Haddad was then handed over/);
    expect(resolveReferences(ctx, ctx.sentences[4]!.text, 4)).toMatch(/^Omar Haddad’s final destination/);
    const prompts = rankedDrafts(DETAINEE, '2010-02-10').map((d) => d.prompt);
    expect(prompts.some((p) => /Omar Haddad was arrested in Pakistan in (?:_____|\d{4})/.test(p))).toBe(true);
  });

  it('resolves no description when two people could be meant, or only an office holder', () => {
    const two = DETAINEE.replace('UK resident Omar Haddad', 'UK residents Omar Haddad and Karim Nasser');
    const ctx = draftContext(two, '2010-02-10');
    expect(ctx.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Omar Haddad', 'Karim Nasser']));
    expect(resolveReferences(ctx, ctx.sentences[2]!.text, 2) ?? '').not.toMatch(/Haddad|Nasser/);
    const official = draftContext(DETAINEE.replace(' over the treatment of UK resident Omar Haddad after his arrest in Pakistan', ''), '2010-02-10');
    expect(resolveReferences(official, official.sentences[2]!.text, 2) ?? '').not.toMatch(/Hartley/);
  });

  it('does not give a woman’s description to a man', () => {
    const ctx = draftContext(DETAINEE.replace('Ethiopian-born man', 'Ethiopian-born woman'), '2010-02-10');
    expect(resolveReferences(ctx, ctx.sentences[2]!.text, 2) ?? '').not.toMatch(/Haddad/);
  });
});

describe('a time named in another sentence', () => {
  it('drops "that year" unless the sentence names the day or year first', () => {
    const ctx = draftContext(['Saturday, August 18, 2018', 'Singer Nina Barlow was born in Memphis in 1942. Barlow’s mother died that year, having left the family in 1938.', 'Police closed the plaza on Sunday, where a vigil was scheduled for that night by Nina Barlow.'].join('\n\n'), '2018-08-18');
    expect(resolveReferences(ctx, ctx.sentences[2]!.text, 2)).toBeNull();
    expect(resolveReferences(ctx, ctx.sentences[3]!.text, 3)).toMatch(/for that night/);
  });
});

describe('made-up characters', () => {
  const STRIP = [
    'Sunday, January 11, 2009',
    'Pulitzer Prize-winning cartoonist Mike Keller is being sued by coffee growers over a strip, the growers' + "'" + ' lawyer Carlos Ortega said.',
    'In the strip, a dog character named "Rex" finds out that inventor Fred Baur was buried in a crisp can. The joke refers to fictional character Juan Valdez, created by the growers.',
    'Cartoonist Julio Gonzalez told the BBC that the lawsuit is "a real waste of time." Keller has won the Pulitzer for his editorial cartoons.',
  ].join('\n\n');

  it('knows a mascot or a cartoon dog is made up, and a cartoonist is not', () => {
    const ctx = draftContext(STRIP, '2009-01-11');
    const byName = (n: string) => ctx.people.find((p) => p.name === n)!;
    expect(fictional(ctx, byName('Juan Valdez'))).toBe(true);
    expect(fictional(ctx, byName('Mike Keller'))).toBe(false);
    expect(fictional(ctx, byName('Fred Baur'))).toBe(false);
  });

  it('never offers a made-up character for a real person', () => {
    const ctx = draftContext(STRIP, '2009-01-11');
    const keller = ctx.people.find((p) => p.name === 'Mike Keller')!;
    const options = plausiblePeople(ctx, keller, ctx.people, 'test').map((p) => p.name);
    expect(options).toContain('Julio Gonzalez');
    expect(options).not.toContain('Juan Valdez');
  });
});

describe('numbers written as words', () => {
  it('reads "fourteen" and "Eighty" whole, and counts members, not "members of Britain\'s"', () => {
    const numbers = extractFacts('At least fourteen were injured on Sunday. Eighty members of Britain’s upper house sent a letter. Police found seventeen dogs.', '2015-08-23').numbers;
    expect(numbers.map((n) => [n.value, n.counted])).toEqual([
      [14, 'people'],
      [80, 'members'],
      [17, 'dogs'],
    ]);
  });
});

describe('a short sentence that carries the subject on', () => {
  it('asks "He died today." with the name in place, but no other short sentence', () => {
    const text = ['Monday, January 14, 2019', 'Paweł Adamowicz, the mayor of Gdańsk, was stabbed on stage at a charity concert on Sunday. He died today.', 'Rescue teams arrived. Doctors fought for his life for hours.'].join('\n\n');
    const statements = rankedDrafts(text, '2019-01-14').filter((d) => d.type === 'true_false').map((d) => d.prompt);
    expect(statements).toContain('Paweł Adamowicz died today.');
    expect(statements.some((p) => p.startsWith('Rescue teams'))).toBe(false);
  });
});
