// Faults first-time judgements and extraction scores named from round 64 on, on made-up text.
import { describe, expect, it } from 'vitest';
import { draftContext } from '../../../support/engine-drafts';

describe('round 65', () => {
  it('reads a statement labelled "Heiko Herrlich (GER), Germany coach “…”" as his', () => {
    const ctx = draftContext([
      'Germany beat the Americans 2-1 on Thursday to reach the quarter-finals.',
      'Heiko Herrlich (GER), Germany coach "We kept it tight at the back and never gave them a sight of goal."',
      'Mykell Bates (USA), USA forward "We battled right to the end, but we have come away empty-handed."',
    ].join('\n\n'), '2007-08-30');
    expect(ctx.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Heiko Herrlich', 'Mykell Bates']));
    expect(ctx.quotes.map((q) => q.speaker)).toEqual(['Heiko Herrlich', 'Mykell Bates']);
  });

  it('takes no body with its initials for a labelled speaker ("Human Rights Watch (HRW) said …")', () => {
    const ctx = draftContext('Human Rights Watch (HRW) said in a statement that "the arrests must stop at once, before more people are hurt."', '2010-01-01');
    expect(ctx.people.map((p) => p.name)).not.toContain('Human Rights Watch');
  });
});
