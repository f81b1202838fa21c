// Faults the first-time judges of rounds 125 and 126 named (six Wikinews articles of AMALGUM, six
// NASA releases), on made-up text: a score offered as wrong that the article itself gives for the
// same match elsewhere (two wrong keys), and a slogan read as a person ("the Artemis Generation").
import { describe, expect, it } from 'vitest';
import { draftContext, optionTexts, rankedDrafts } from '../../../support/engine-drafts';

describe('scores', () => {
  it('offers no score the article gives elsewhere ("defeated Sweden 2–1" beside "the scoreline remained 2–0")', () => {
    const text = [
      'Tuesday, October 10, 2017',
      'Oranje defeated Sweden 2–1 at home on Tuesday, but the Netherlands failed to qualify for the World Cup, captain Arjen Robben said.',
      'Robben scored twice for the Netherlands in Amsterdam. The scoreline remained 2–0 at the end of full time.',
    ].join('\n\n');
    const scores = rankedDrafts(text, '2017-10-10').filter((d) => d.id.startsWith('score:'));
    expect(scores.length).toBeGreaterThan(0);
    for (const d of scores) {
      const options = optionTexts(d);
      expect(options.includes('2–1') && options.includes('2–0'), `${d.prompt}: ${options.join(' | ')}`).toBe(false);
    }
  });
});

describe('names', () => {
  it('reads no person in "the Artemis Generation, who will explore …"', () => {
    const text = 'Natasha Batalha, an astronomer at NASA Ames, studies distant worlds, the agency said. Today’s youth belong to the Artemis Generation, who will explore farther than people have ever gone before.';
    expect(draftContext(text, '2024-03-01').people.map((p) => p.name)).toEqual(['Natasha Batalha']);
  });
});
