// Faults first-time judgements named in rounds 49 and 50, on made-up text.
import { describe, expect, it } from 'vitest';
import { placeNamedIn } from '@/questions/engine/draft/affiliation';
import { sentenceDrafts, shareCap } from '@/questions/engine/draft/sentence-drafts';
import { trueFalseDrafts } from '@/questions/engine/draft/true-false-drafts';
import { draftContext } from '../../../support/engine-drafts';

const SAILORS = [
  'Friday, April 6, 2007',
  'At a press conference held Friday at a base in Devon, first-hand details of the fifteen UK Royal Navy crew\'s capture and detention by Iran were revealed.',
  'The fifteen crew, eight from the Royal Navy (RN) and seven from the Royal Marines (RM), arrived by helicopter on Thursday.',
  'Officials at the Foreign Office and the Ministry of Defence in London welcomed the crew home.',
  '"If we admitted we had strayed, we would be on a plane back to the UK soon," said Lieutenant Felix Carman. "If we didn\'t we faced up to seven years in prison."',
  '"Fighting back was simply not an option," said Captain Christopher Air. "Had we chosen to do so then many of us would not be standing here today."',
].join('\n\n');

describe('rounds 49 and 50', () => {
  const ctx = draftContext(SAILORS, '2007-04-06');
  const drafts = [...sentenceDrafts(ctx), ...trueFalseDrafts(ctx)];

  it('never asks the second half of a thought alone ("If we didn\'t …", "Had we chosen to do so …")', () => {
    for (const d of drafts) expect(d.prompt).not.toMatch(/“(?:If we didn't|Had we chosen)/);
  });

  it('keeps shares within 100 % of each other, but not figures of a change or of another clause', () => {
    expect(shareCap('Polls showed only ', '% of Scots supported independence, with 50% favouring the Union.')).toBe(51);
    expect(shareCap('Support fell from ', '% to 49%.')).toBeNull();
    expect(shareCap('', ' percent said to allow empresses; 59 percent supported both.')).toBeNull();
  });

  it('gives no place away that its own adjective names in the sentence', () => {
    expect(placeNamedIn('Residents of  voted yesterday in the Scottish independence referendum.', 'Scotland')).toBe(true);
    expect(placeNamedIn('Russian troops crossed into  on Monday.', 'Russia')).toBe(true);
    expect(placeNamedIn('Russian troops crossed into  on Monday.', 'Georgia')).toBe(false);
    const referendum = draftContext([
      'Friday, September 19, 2014',
      'Residents of Scotland voted against becoming an independent nation yesterday in the Scottish independence referendum.',
      'Voters in England, Wales and Ireland watched the count on television.',
      'The country is to remain part of the United Kingdom.',
      'On Sunday, protestors in Edinburgh were reportedly detained for that reason.',
    ].join('\n\n'), '2014-09-19');
    const all = [...sentenceDrafts(referendum), ...trueFalseDrafts(referendum)];
    expect(all.map((d) => d.id)).not.toContain('mc-cloze:place-scotland');
    for (const d of all) expect(d.prompt).not.toMatch(/Residents of (?!Scotland)|^The country is|for that reason/);
  });
});
