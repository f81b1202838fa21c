// A short story with three voices and its figures in plain words gave 14 drafts (round 23's
// SpaceX article, seen before its judgement): counts compromise tags oddly ("18 more seconds",
// "(160 seconds)", "three test flights"), a bounded year ("until at least 2014"), a role owned by a
// company ("SpaceX's manager for business development"), a known company met through its full
// name first, and who-said-it with only two other speakers were all lost.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { gradeText } from '@/questions/grading';
import { rankedDrafts } from '../../../support/engine-drafts';

const LAUNCH = [
  'Monday, November 24, 2008',
  'On November 23, 2008, Space Exploration Technologies Corporation (SpaceX) tested its new rocket at full thrust for nearly 3 minutes (160 seconds). The engineers then shut down two engines and continued the test for 18 more seconds. "We ran the engines just like they would run during flight, but they were held down," said Lauren Dreyer, SpaceX\'s manager for business development.',
  'Residents complained about the noise. "I appreciate the fact that the company notified the city, but did they not think about the surrounding communities?" asked local farmer Walter Brandt on a website.',
  'NASA will not have the replacements for its shuttles ready until at least 2014. SpaceX has agreed with NASA to conduct three test flights of its capsule.',
  'Elon Musk, chief executive of SpaceX, said, "The full test firing clears the highest hurdle before launch, and we will fly next year."',
].join('\n\n');

describe('a short story with three voices', () => {
  const facts = extractFacts(LAUNCH, '2008-11-24');

  it('reads the counts, the bounded year, the owned role and the company once', () => {
    const counts = facts.numbers.map((n) => `${n.value} ${n.counted}`);
    expect(counts).toEqual(expect.arrayContaining(['160 seconds', '18 more seconds', '3 test flights']));
    expect(facts.dates.map((d) => d.text)).toContain('2014');
    expect(facts.people.find((p) => p.name === 'Lauren Dreyer')?.roles).toContain("SpaceX's manager for business development");
    expect(facts.organisations.filter((o) => o.name === 'SpaceX' || o.aliases.includes('SpaceX'))).toHaveLength(1);
  });

  it('asks who said each quotation by the name typed, the other two speakers refused (two rivals make no choice)', () => {
    const whoSaid = rankedDrafts(LAUNCH, '2008-11-24').filter((d) => d.meta.angle === 'quote-speaker');
    expect(whoSaid.length).toBeGreaterThanOrEqual(2);
    for (const d of whoSaid) {
      if (d.type !== 'cloze') throw new Error(`${d.id} is a ${d.type}`);
      expect([d.answer.text, ...d.answer.rejects!.filter((r) => r.includes(' '))].sort()).toEqual(['Elon Musk', 'Lauren Dreyer', 'Walter Brandt']);
      expect(gradeText(d.answer, d.answer.text.split(' ').at(-1)!).correct).toBe(true);
    }
  });
});
