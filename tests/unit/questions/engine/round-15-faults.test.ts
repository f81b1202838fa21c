// Faults the first-time judgement of round 15 (and a look at every "which name" item after it)
// found, on made-up text: athletes after a nationality the name lexicon lacks, or named with the
// country they run for, not read as people; options that do not fit the title, the nationality or
// the event in front of the blank; a one-word option the article never uses ("Rongji" for Zhu
// Rongji); the living offered for the buried; and England offered beside "Great Britain".
import { describe, expect, it } from 'vitest';
import { entities, personDistractors, personForm, titleBefore } from '@/questions/engine/draft/sentence-drafts';
import { reportedDead } from '@/questions/engine/draft/distractors';
import { extractFacts } from '@/questions/engine/extract-facts';
import type { PersonFact } from '@/questions/engine/types';
import { draftContext, optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const MARATHON = [
  'Monday, September 10, 2012',
  'Spain’s Alberto Suarez Laso won the T12 marathon. Tunisian Abderrahim Zhiou set an African record, and Tatyana McFadden of the United States had a chance at four gold medals.',
  'Spain and Great Britain both had a gold medal, and Switzerland had a silver and a bronze medal, officials said.',
  'Japanese runner Masahiro Okamura set an Asian record. Prime Minister David Cameron congratulated the runners. Pilot Andy Hill and motorist Dom Lawson watched.',
].join('\n\n');

describe('athletes', () => {
  it('reads a nationality the lexicon lacks off the name, and a name with its country as a person', () => {
    const names = extractFacts(MARATHON, '2012-09-10').people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Abderrahim Zhiou', 'Tatyana McFadden']));
    expect(names.some((n) => n.startsWith('Tunisian'))).toBe(false);
  });
});

describe('options that fit the stem', () => {
  it('finds the title in front of a blank', () => {
    expect(titleBefore('where Dr. ')).toBe('Dr.');
    expect(titleBefore('today Assistant Chief Constable ')).toBe('Assistant Chief Constable');
    expect(titleBefore('Motorist ')).toBe('Motorist');
    expect(titleBefore('In a statement, ')).toBeNull();
  });

  it('offers no Prime Minister for "Pilot _____" and no England beside "Great Britain"', () => {
    const crash = [
      'Sunday, August 23, 2015',
      'Pilot Andy Hill is presently alive but critically injured in hospital. Eleven people died when his jet crashed onto the A27 road.',
      'Police Superintendent Jane Derrick said last night, "At this time we are continuing to search the scene." Assistant Chief Constable Steve Barry said the scene was "incredibly large".',
      'David Wildridge, a pilot who flew at the show, said Hill is "well-known and well-loved". Prime Minister David Cameron said, "My thoughts are with the families of the victims."',
    ].join('\n\n');
    const ctx = draftContext(crash, '2015-08-23');
    const hill = entities(ctx).find((e) => e.name === 'Andy Hill')!;
    const sentence = ctx.sentences[1]!.text;
    // Only the other pilot fits "Pilot _____"; without the title the officials are options too.
    expect(personDistractors(ctx, hill, sentence, 'Andy Hill', 'Pilot ')).toEqual(['David Wildridge']);
    expect(personDistractors(ctx, hill, sentence, 'Andy Hill', '')).toEqual(expect.arrayContaining(['Jane Derrick', 'Steve Barry']));
    const drafts = rankedDrafts(MARATHON, '2012-09-10');
    const swiss = drafts.filter((d) => d.type === 'multiple_choice' && d.prompt.includes('Great Britain'));
    expect(swiss.flatMap(optionTexts).filter((o) => /England|United Kingdom|Scotland|Wales/.test(o))).toEqual([]);
  });

  it('keeps to the nationality in front of the blank and to the women of a women’s event', () => {
    const text = [
      'Monday, September 10, 2012',
      'Japanese athlete Masahiro Okamura set an Asian record. Kenyan athlete John Kamau won the race, and Japanese coach Ken Sato said Okamura ran well. Spanish athlete Pablo Ruiz was third.',
      'In the women’s T54 marathon, Australian racer Christie Dawes won silver; Australian coach Paul Grant and Australian racer Kurt Fearnley watched. Dawes said she was pleased.',
    ].join('\n\n');
    const ctx = draftContext(text, '2012-09-10');
    const find = (n: string) => entities(ctx).find((e) => e.name === n)!;
    expect(personDistractors(ctx, find('Masahiro Okamura'), ctx.sentences[1]!.text, 'Masahiro Okamura', 'Japanese ')).toEqual(['Ken Sato']);
    expect(personDistractors(ctx, find('Christie Dawes'), ctx.sentences[4]!.text, 'Christie Dawes', 'In the women’s T54 marathon, Australian racer ')).toEqual([]);
  });

  it('uses only one-word forms the article uses, and counts the buried among the dead', () => {
    const person = (name: string, aliases: string[]): PersonFact => ({ kind: 'person', id: name, name, aliases, roles: [], mentions: [], evidence: { sentenceIndex: 0, start: 0, end: 0 } });
    expect(personForm(person('Zhu Rongji', []), true)).toBeNull();
    expect(personForm(person('Lai Changxing', ['Lai']), true)).toBe('Lai');
    expect(personForm(person('Lai Changxing', ['Lai']), false)).toBe('Lai Changxing');
    const ctx = draftContext('Libyan Abdelbaset al-Megrahi has been buried in the town of Janzur, his brother Mohammed al-Megrahi said.', '2012-05-23');
    expect(reportedDead(ctx, ctx.people.find((p) => p.name === 'Abdelbaset al-Megrahi')!)).toBe(true);
  });
});
