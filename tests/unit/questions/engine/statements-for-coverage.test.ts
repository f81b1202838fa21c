// True-or-false statements for more of the story (key facts were half covered over rounds 111 to
// 118, most uncovered ones in sentences that gave no draft): a sentence of up to 40 words read
// whole when no aside can be cut, a sentence that names a thing but no person, place or body, words
// quoted in passing, relative "that" and "Despite repeated denials" read as leaning on nothing, and
// true/false taking up to half of the top of the list; and a leading "He" after a sentence naming
// two people, one of whom the sentence names again (rounds 119 to 126).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leansOnContext, tfStatement } from '@/questions/engine/draft/true-false-drafts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const seed = fs.readFileSync('questions/content/articles/putin-north-korea-visit.txt', 'utf8');

const statementOf = (text: string, index: number) => tfStatement(draftContext(text, '2024-04-09'), index);

describe('which sentences are statements', () => {
  it('reads a sentence of 33 to 40 words whole when it has no aside to cut', () => {
    const text = [
      'NASA chose three companies on Wednesday to develop a lunar terrain vehicle for astronauts.',
      'The rover must handle the extreme conditions at the Moon’s South Pole for at least ten years of use and carry two astronauts in spacesuits together with their tools and samples across the rough lunar surface to the landing site.',
    ].join('\n\n');
    expect(text.split('\n\n')[1]!.split(/\s+/).length).toBeGreaterThan(32);
    expect(statementOf(text, 1)).toBe(text.split('\n\n')[1]);
  });

  it('reads a sentence of more than 40 words without its dashed and bracketed asides when it then fits', () => {
    const text = [
      'NASA named its first crew for a lunar mission on Monday at a ceremony in Houston.',
      'Through Artemis, NASA will send astronauts – including the first woman, the first person of color and its first international partner astronaut – to explore more of the lunar surface (including the South Pole) than ever before and to prepare for human missions to Mars.',
    ].join('\n\n');
    expect(text.split('\n\n')[1]!.split(/\s+/).length).toBeGreaterThan(40);
    expect(statementOf(text, 1)).toBe('Through Artemis, NASA will send astronauts to explore more of the lunar surface than ever before and to prepare for human missions to Mars.');
  });

  it('still cuts a long sentence to its main clause where a trailing aside allows', () => {
    expect(rankedDrafts(seed).find((d) => d.id === 'tf-true:s0' || d.id === 'tf-false:s0')?.prompt).toMatch(/^Russian President Vladimir Putin is set to visit North Korea for the first time in \d+ years\.$/);
  });

  it('reads a relative "that" and a "Despite" that says what it opposes as leaning on nothing', () => {
    expect(leansOnContext('Russia has been promoting its ties with North Korea, a development that has raised concerns among the United States and its allies.')).toBe(false);
    expect(leansOnContext('Despite repeated denials from both Pyongyang and Moscow, Washington continues to assert that North Korea has been providing weapons.')).toBe(false);
    expect(leansOnContext('Despite this, the talks went ahead.')).toBe(true);
    expect(leansOnContext('Collins says that is why he ran.')).toBe(true);
    expect(leansOnContext('Collins says this causes him worry.')).toBe(true);
    expect(leansOnContext('That was the worst storm in decades.')).toBe(true);
  });

  it('reads an opening "But" or "Because of that" as leaning on the sentence before', () => {
    expect(leansOnContext('But when the family returned home, there was a message from his lawyers.')).toBe(true);
    expect(leansOnContext('Because of that Pluto’s status as a planet was cemented.')).toBe(true);
  });
});

describe('true-or-false statements', () => {
  const text = [
    'Apple released a new lineup of MacBook Air laptops on Wednesday, the company said in Cupertino.',
    'The new MacBook Air uses flash memory rather than a traditional hard drive.',
    'Owners can download software from the Mac App Store instead of installing it from a disc.',
    'The State Department indicated that it is “quite certain” that the company broke no export rules in Canada.',
  ].join('\n\n');
  const drafts = rankedDrafts(text, '2010-10-20');
  const statementOn = (i: number) => drafts.find((d) => d.type === 'true_false' && d.meta.evidenceSpans[0]!.sentenceIndex === i);

  it('states a sentence that names a thing but no person, place or body of the article', () => {
    expect(statementOn(2)?.prompt).toBe('Owners can download software from the Mac App Store instead of installing it from a disc.');
  });

  it('states no sentence that opens on what the sentence before names ("The new MacBook Air …")', () => {
    expect(statementOn(1)).toBeUndefined();
  });

  it('states a sentence with words quoted in passing, quotation marks and all', () => {
    expect(statementOn(3)?.prompt).toMatch(/^The State Department indicated that it is “quite certain” that the company broke no export rules in/);
  });
});

describe('the top of the list', () => {
  it('gives true/false up to half of the top 30 of the seed, which has more sentences than names to ask', () => {
    const top = rankedDrafts(seed).slice(0, 30);
    const tf = top.filter((d) => d.type === 'true_false').length;
    expect(tf).toBeGreaterThan(10);
    expect(tf).toBeLessThanOrEqual(15);
  });
});

describe('a leading pronoun after a sentence naming two people', () => {
  it('stands for the one who opens that sentence when the other is named again ("He sentenced Marsh …")', () => {
    const text = [
      'A court in Norwich jailed Police Constable Simon Hood for ten months on Thursday for insurance fraud.',
      'Businessman Adam Marsh admitted helping Hood. Judge Alasdair Darroch told Marsh that he did accept the man was attempting to help his friend. He sentenced Marsh to six months imprisonment, suspended for two years, and ordered him to carry out 250 hours of community service.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2010-07-01').filter((d) => d.evidence.some((e) => e.startsWith('He sentenced')));
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.prompt, d.prompt).toMatch(/Darroch sentenced Marsh/);
  });

  it('stays unresolved when both could be meant ("Kim met Putin. He said …")', () => {
    const text = [
      'North Korean leader Kim Jong Un welcomed Russian President Vladimir Putin in Pyongyang on Wednesday.',
      'Kim Jong Un met Vladimir Putin at the airport. He said the two countries would deepen their ties.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2024-06-19');
    expect(drafts.filter((d) => /(?:Kim|Putin) said the two countries/.test(d.prompt)).map((d) => d.prompt)).toEqual([]);
  });
});

// Rounds 119 to 136: 499 key facts uncovered; for 31 the sentence named only the story's protagonist
// and for 30 it opened on "The" before a name or the story's own subject.
describe('what the protagonist did, and a "The" that opens a name or the story’s subject', () => {
  const profile = [
    'Police arrested motorcyclist Adam Marsh in Great Yarmouth on Monday after a chase through the town.',
    'Adam Marsh had borrowed the motorcycle from a friend two days before the chase.',
    'Officers followed the motorcycle along the seafront for twenty minutes.',
    'A helicopter joined the chase as it left the town centre.',
    'Marsh picked up the bike from outside the Gorleston police station.',
    'Marsh believes that the police treated him unfairly during the arrest.',
    'Marsh would like to race motorcycles professionally one day, his lawyer said.',
    'A court will hear the case next month, and Marsh remains on bail.',
  ].join('\n\n');
  const drafts = rankedDrafts(profile, '2010-07-01');
  const on = (start: string) => drafts.filter((d) => d.type === 'true_false' && d.evidence.some((e) => e.startsWith(start)));

  it('states what the protagonist alone did', () => {
    expect(on('Marsh picked up').length).toBe(1);
  });

  it('states nothing the protagonist alone believes or would like', () => {
    expect(on('Marsh believes')).toEqual([]);
    expect(on('Marsh would like')).toEqual([]);
  });

  const telescope = [
    'NASA will launch the UVEX telescope in 2030 to survey the whole sky in ultraviolet light, the agency said on Friday.',
    'The telescope will study how galaxies evolve, and the telescope will watch for stellar explosions.',
    'The telescope also will carry a spectrograph built by a team at Caltech.',
    'The Hodan Wardhigley and Howl Wadag districts were the worst hit by the storm.',
    'The instrument was tested in a vacuum chamber by a Caltech team.',
    'The President praised the mission at a dinner with Caltech students.',
  ].join('\n\n');
  const tf = rankedDrafts(telescope, '2024-05-17').filter((d) => d.type === 'true_false');
  const statementOn = (start: string) => tf.filter((d) => d.evidence.some((e) => e.startsWith(start)));

  it('states a sentence opening on the thing the story is about ("The telescope also will carry …")', () => {
    expect(statementOn('The telescope also will carry').length).toBe(1);
  });

  it('states a sentence whose "The" opens a name', () => {
    expect(statementOn('The Hodan Wardhigley').length).toBe(1);
  });

  it('states no sentence opening on a thing only the sentence before names, or on a title', () => {
    expect(statementOn('The instrument was tested')).toEqual([]);
    expect(statementOn('The President praised')).toEqual([]);
  });
});
