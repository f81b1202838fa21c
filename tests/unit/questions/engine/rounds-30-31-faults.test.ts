// Faults the first-time judgements of rounds 30 and 31 found, on made-up text: "Sultan Kohail",
// a brother the article calls "Sultan", read as a sultan named Kohail (a matching pair's wrong
// key), and "Prime Minister Siniori", the article's slip for Fouad Siniora, kept as a second
// person, rejected in his cloze (the other wrong key) and offered beside him.
import { describe, expect, it } from 'vitest';
import { sentenceDrafts } from '@/questions/engine/draft/sentence-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { gradeText } from '@/questions/grading';
import { draftContext } from '../../../support/engine-drafts';

const CASE = [
  'Wednesday, May 20, 2009',
  'Canadian Mohamed Kohail was sentenced to death in Saudi Arabia. The victim died in a fight in January 2007, allegedly after Kohail\'s brother, Sultan, insulted a girl.',
  'Sultan, 16 at the time, said that Mohamed came to his rescue. Sultan Kohail is out on bail awaiting trial.',
  'In Lebanon, Prime Minister Fouad Siniora formed a cabinet of 30 ministers on Friday. "This government will work for every Lebanese," Prime Minister Siniori said.',
].join('\n\n');

describe('rounds 30 and 31', () => {
  const facts = extractFacts(CASE, '2009-05-20');

  it('reads a title word the article uses as a given name as that name', () => {
    const mohamed = facts.people.find((p) => p.name === 'Mohamed Kohail');
    expect(mohamed?.roles).not.toContain('Sultan');
    expect(facts.people.find((p) => p.name.startsWith('Sultan'))?.roles).toContain("Kohail's brother");
  });

  it('takes a surname one letter off for the one person it nearly names, and never rejects it', () => {
    expect(facts.people.map((p) => p.name)).not.toContain('Siniori');
    expect(facts.people.find((p) => p.name === 'Fouad Siniora')?.aliases).toContain('Siniori');
    for (const d of sentenceDrafts(draftContext(CASE, '2009-05-20'))) {
      if (d.type === 'cloze' && d.answer.text === 'Fouad Siniora') expect(gradeText(d.answer, 'Siniori').correct).toBe(true);
    }
  });
});
