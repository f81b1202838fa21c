// Match scores asked as a choice of results of the same kind (round 65's judge), on made-up text.
import { describe, expect, it } from 'vitest';
import { scoreDistractors } from '@/questions/engine/draft/score-drafts';
import { optionTexts, rankedDrafts } from '../../../support/engine-drafts';

describe('score questions', () => {
  const text = [
    'Germany beat the Americans 2-1 on Thursday to advance to the quarter-finals of the under-17 World Cup.',
    'England beat Colombia 4–3 on penalties after a 1–1 draw in Moscow on Tuesday night.',
    'Germany and the United States drew 0–0 in their group match in Seoul last week, in front of 30,000 fans.',
    'Ticket sales for the final rose by 10-15 percent compared with the last tournament, organisers said.',
  ].join('\n\n');
  const drafts = rankedDrafts(text, '2007-08-30');
  const scores = drafts.filter((d) => d.id.startsWith('score:'));

  it('asks the score of a win with three other wins as options, and of a draw with draws', () => {
    const win = scores.find((d) => d.prompt.includes('Germany beat the Americans _____'));
    expect(optionTexts(win)).toHaveLength(4);
    expect(optionTexts(win)).toContain('2-1');
    for (const o of optionTexts(win)) expect(Number(o.split('-')[0])).toBeGreaterThan(Number(o.split('-')[1]));
    const draw = scores.find((d) => d.prompt.includes('drew _____'));
    expect(optionTexts(draw)).toHaveLength(4);
    for (const o of optionTexts(draw)) expect(o.split('–')[0]).toBe(o.split('–')[1]);
  });

  it('asks no score of a sentence with two results, nor a range of percentages', () => {
    expect(scores.map((d) => d.evidence[0])).toEqual([expect.stringContaining('Germany'), expect.stringContaining('drew 0–0')]);
  });

  it('never offers the right score twice or a loss for a win', () => {
    expect(scoreDistractors(1, 0, 'k')).toEqual(expect.arrayContaining([[2, 0]]));
    expect(scoreDistractors(1, 0, 'k').every(([a, b]) => a > b && !(a === 1 && b === 0))).toBe(true);
    expect(scoreDistractors(0, 0, 'k').every(([a, b]) => a === b && a > 0)).toBe(true);
  });
});
