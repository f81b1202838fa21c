// Faults first-time judgements and extraction scores named from round 64 on, on made-up text.
import { describe, expect, it } from 'vitest';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

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

describe('round 64', () => {
  it('reads "Remy Henri Kuseyo Gatanga" and "Rémy Kuseyo" as one minister', () => {
    const ctx = draftContext([
      'President Joseph Kabila sacked transport minister Remy Henri Kuseyo Gatanga on Friday after a plane crashed into a market in Kinshasa.',
      'Transport Minister Rémy Kuseyo had previously said the aircraft should never have taken off.',
    ].join('\n\n'), '2007-10-06');
    const ministers = ctx.people.filter((p) => /Kuseyo/.test(p.name));
    expect(ministers.map((p) => p.name)).toEqual(['Remy Henri Kuseyo Gatanga']);
    expect(ministers[0]!.aliases).toContain('Rémy Kuseyo');
  });
});

describe('round 64, roles', () => {
  it('takes no verb into a role ("causing president Joseph Kabila to fire …") but keeps "acting president"', () => {
    const ctx = draftContext([
      'More than 50 people have been killed after a plane crashed in Kinshasa, causing president Joseph Kabila to fire his transport minister.',
      'The ministry is now run by acting minister Jean Mbuyu until an appointment is made.',
    ].join('\n\n'), '2007-10-06');
    expect(ctx.people.find((p) => p.name === 'Joseph Kabila')!.roles).toEqual(['president']);
    expect(ctx.people.find((p) => p.name === 'Jean Mbuyu')!.roles).toEqual(['acting minister']);
  });
});

describe('round 64, general knowledge', () => {
  it('asks no "causing president _____" of a country the sentence names', () => {
    const text = [
      'More than 50 people have been killed after a plane crashed in the Democratic Republic of the Congo, causing president Joseph Kabila to fire his transport minister.',
      'Presidential spokesman Kudura Kasongo said the minister had failed to organise the aviation sector.',
      'Joseph Kabila met the families of the victims in Kinshasa on Saturday.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2007-10-06');
    expect(drafts.some((d) => d.id.startsWith('cloze:person-kudura-kasongo') || d.id.startsWith('mc-cloze:person-kudura-kasongo'))).toBe(true);
    expect(drafts.filter((d) => /causing president _____/i.test(d.prompt))).toEqual([]);
  });
});
