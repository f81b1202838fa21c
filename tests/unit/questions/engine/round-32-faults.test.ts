// Faults the first-time judgement of round 32 found, on made-up text: a person introduced after
// "The head of the Electoral Affairs Commission," missed, and Spanish double surnames accepted only
// by their last word ("Reyes" for Agustín Toro Reyes, not "Toro Reyes").
import { describe, expect, it } from 'vitest';
import { sentenceDrafts } from '@/questions/engine/draft/sentence-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { gradeText } from '@/questions/grading';
import { draftContext } from '../../../support/engine-drafts';

const TEXT = [
  'Tuesday, September 6, 2016',
  'The head of the Electoral Affairs Commission, Barnabus Fung Wah, responded to reports about the ballot papers.',
  '"In Rancagua, it all was really shaky," said Agustín Toro Reyes, a resident who commented on the town\'s page. Residents of Santa Cruz felt the quake strongly, said Daniela Banda Sandoval.',
].join('\n\n');

describe('round 32', () => {
  it('reads a person after "The head of <a named body>,"', () => {
    const fung = extractFacts(TEXT, '2016-09-06').people.find((p) => p.name === 'Barnabus Fung Wah');
    expect(fung?.roles).toContain('head of the Electoral Affairs Commission');
  });

  it('accepts both surnames of a Spanish name together', () => {
    const toro = sentenceDrafts(draftContext(TEXT, '2016-09-06')).find((d) => d.type === 'cloze' && d.answer.text === 'Agustín Toro Reyes');
    expect(toro?.type === 'cloze' && gradeText(toro.answer, 'Toro Reyes').correct).toBe(true);
  });
});
