// Faults the judges keep naming across rounds (44 to 56), on made-up text: grammar slips copied
// into what a student reads, and a place swapped into a statement that already names it. (A
// report's outlet or a speaker's employer asked as the fact was the third; no body is blanked now.)
import { describe, expect, it } from 'vitest';
import { copiesGrammarSlip } from '@/questions/engine/draft/grammar-slips';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const shown = (text: string, date: string) => rankedDrafts(text, date).map((d) => [d.prompt, ...(d.type === 'multiple_choice' ? d.options.map((o) => o.text) : [])].join(' | '));

describe('copied grammar slips', () => {
  const story = (slip: string) => [
    'Israeli jets destroyed a building in the Syrian desert last year, officials in Washington said on Thursday.',
    `The plant was destroyed in ${slip} last September by Israeli F-15 fighters.`,
    'Syria denied that the building was a nuclear reactor.',
  ].join('\n\n');

  it('asks the sentence when it is written well, and never shows "in a airstrike"', () => {
    expect(shown(story('an airstrike'), '2008-04-25').some((p) => p.includes('destroyed in an airstrike'))).toBe(true);
    const drafts = shown(story('a airstrike'), '2008-04-25');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.some((p) => p.includes('a airstrike'))).toBe(false);
  });

  it('finds the slips the judges failed, and leaves right English alone', () => {
    for (const slip of ['in a airstrike', 'an $260 million takeover', 'on the grounds that that Gilo was', 'as they won their eight FA Cup trophy', 'should take between three weeks to a month']) expect(copiesGrammarSlip(slip), slip).toBe(true);
    for (const fine of ['an $88 million takeover', 'a European leader', 'a one-off payment', 'an hour later', 'Boutros Boutros-Ghali', 'he had had enough', 'talks between China and Russia to end', 'an NGO', 'their eighth FA Cup trophy']) expect(copiesGrammarSlip(fine), fine).toBe(false);
  });
});

describe('swaps a statement already rules out', () => {
  it('never swaps in the country the sentence names in another form ("UK Royal Navy … detention by the United Kingdom")', () => {
    const text = [
      'At a press conference held Friday at a base in Devon, first-hand details of the fifteen UK Royal Navy crew’s capture and detention by Iran were revealed.',
      'The sailors and marines had been held for thirteen days before they flew home to the United Kingdom on Thursday.',
      'Iran said the crew had entered its waters, which the United Kingdom denied.',
    ].join('\n\n');
    const statements = rankedDrafts(text, '2007-04-07').filter((d) => d.type === 'true_false').map((d) => d.prompt);
    expect(statements.some((p) => p.includes('UK Royal Navy'))).toBe(true);
    expect(statements.filter((p) => /UK Royal Navy.*detention by (?:the United Kingdom|Britain)/.test(p))).toEqual([]);
  });
});

describe('a name split at a quoted nickname', () => {
  it('keeps Bauke "Mike" de Vries one person, never offered against himself', () => {
    const text = [
      'A business jet crashed on takeoff from Bedford, Massachusetts, in May, killing all seven people on board, the safety board said on Wednesday.',
      'Pilot Bauke "Mike" de Vries and co-pilot James McDowell had not checked the controls before takeoff, the board found.',
      'De Vries says several times "lock is on" before the jet leaves the runway, according to the cockpit recording.',
      'Board member Robert Sumwalt said the crew had ignored the checklist hundreds of times.',
    ].join('\n\n');
    const ctx = draftContext(text, '2015-09-10');
    const pilots = ctx.people.filter((p) => /Bauke|Vries/.test(p.name));
    expect(pilots.map((p) => p.name)).toEqual(['Bauke "Mike" de Vries']);
    expect(pilots[0]!.aliases).toEqual(expect.arrayContaining(['De Vries', 'Bauke de Vries']));
    const cloze = rankedDrafts(text, '2015-09-10').find((d) => d.id === `cloze:${pilots[0]!.id}`);
    expect(cloze?.type === 'cloze' && cloze.answer.text).toBe('De Vries');
  });
});
