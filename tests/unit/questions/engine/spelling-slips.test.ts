// An article's misspelling of a name ("Sakharove" beside "Andrei Sakharov") must not reach a
// question: judges failed every stem that copied one (rounds 12, 15, 17, 20, 21). Nor its grammar
// slips a copy editor would mend ("on last night", "on 7th minutes": round 25).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { spellingSlips } from '@/questions/engine/extract/spelling-slips';
import { rankedDrafts } from '../../../support/engine-drafts';

const DISSIDENT = [
  'Tuesday, June 21, 2011',
  'Human rights activist Yelena Bonner died on Saturday in Boston, her daughter Tatiana Yankelevich said. Bonner married the physicist Andrei Sakharov in 1972.',
  'Sakharove was arrested in 1980 and exiled to the city of Gorky, and Bonner smuggled his writings to Moscow. In 1986 Mikhail Gorbachev allowed the Sakharoves to return to Moscow.',
  'Bonner first supported President Boris Yeltsin. She criticised the war in Chechnya, and in 2010 she signed a petition against Yeltin\'s successor Vladimir Putin. Sakharov died in 1989.',
].join('\n\n');

const NAMES_THAT_ARE_NOT_SLIPS = [
  'Argentina sent troops. The Argentinian minister Jorge Sobisch said the Korean and Korea desks would stay open.',
  'The Kennedy Center hosted the event in March. Marcy Smith, a visitor from the Centre for Arts, attended.',
  'Students of Eddison Academy Magnet School: Edison, New Jersey, won the prize.',
].join('\n\n');

describe('spelling slips', () => {
  it('finds a name misspelt beside its surer form, and its family plural', () => {
    const slips = spellingSlips(extractFacts(DISSIDENT, '2011-06-21'));
    expect([...slips].sort()).toEqual(['Sakharove', 'Sakharoves', 'Yeltin']);
  });

  it('takes no demonym, plural, month, spelling variant or name in the same sentence for a slip', () => {
    expect([...spellingSlips(extractFacts(NAMES_THAT_ARE_NOT_SLIPS))]).toEqual([]);
  });

  it('shows no slip in any draft, and still asks about the rightly spelt name', () => {
    const drafts = rankedDrafts(DISSIDENT, '2011-06-21');
    const shown = drafts.map((d) => JSON.stringify({ p: d.prompt, o: 'options' in d ? d.options : [], i: 'items' in d ? d.items : [], a: d.type === 'cloze' ? d.answer.text : '' }));
    expect(shown.some((s) => /Sakharove|Yeltin\b/.test(s))).toBe(false);
    expect(shown.some((s) => s.includes('Sakharov'))).toBe(true);
  });

  it('shows no grammar slip of the article in any draft', () => {
    const text = [
      'Saturday, May 24, 2008',
      'Vancouver Whitecaps lost their second game of the season after losing 2-0 to Seattle Sounders on last night. Seattle took the lead on 7th minutes through Sebastien Le Toux.',
      'Coach Teitur Thordarson said his team would play Portland Timbers on June 1 in Portland.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2008-05-24');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.some((d) => /on last night|7th minutes/.test(d.prompt))).toBe(false);
  });
});
