// Faults first-time judgements named in rounds 40 to 46, on made-up text.
import { describe, expect, it } from 'vitest';
import { sentenceDrafts } from '@/questions/engine/draft/sentence-drafts';
import { draftContext } from '../../../support/engine-drafts';

describe('options of the country the stem names', () => {
  it('reads "_____, Polish Undersecretary of State for Defence," as a Polish official, and offers only Poles', () => {
    const text = [
      'About 3,500 US soldiers arrived in Poland on Thursday, the largest deployment of its kind since the Cold War.',
      'Russian Deputy Foreign Minister Ivan Markov said the troops were "a factor destabilising European security".',
      'Kremlin spokesman Oleg Petrov said Russia saw the deployment as a threat.',
      'Polish Defence Minister Jan Kowal welcomed the soldiers at a ceremony in Zagan.',
      'Polish Foreign Minister Piotr Lis said the alliance had kept its word.',
      'Polish President Adam Wrona thanked the soldiers in a speech on Saturday.',
      'Marek Nowak, Polish Undersecretary of State for Defence, noted "large exercises" by Russia near the border as another reason the troops were needed.',
    ].join('\n\n');
    const ctx = draftContext(text, '2017-01-14');
    expect(ctx.people.find((p) => p.name === 'Marek Nowak')?.roles).toEqual(['Polish Undersecretary of State for Defence']);
    const mc = sentenceDrafts(ctx).find((d) => d.id === 'mc-cloze:person-marek-nowak');
    expect(mc?.type).toBe('multiple_choice');
    if (mc?.type === 'multiple_choice') expect(mc.options.map((o) => o.text).sort()).toEqual(['Adam Wrona', 'Jan Kowal', 'Marek Nowak', 'Piotr Lis']);
  });
});
