// Faults the first-time judges of rounds 88 to 95 named that the engine still made at the start of
// the next session (checked by exporting those articles again), on made-up text.
import { describe, expect, it } from 'vitest';
import { standaloneSentence, trailingClause } from '@/questions/engine/draft/sentence-drafts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

describe('a sentence that only attributes the quotation before it', () => {
  const text = [
    'On Thursday, French President Emmanuel Macron called for G7 action on the wildfires destroying the Amazon rainforest in Brazil.',
    '"Our house is burning. It is an international crisis. Members of the G7 Summit, let\'s discuss this emergency first!" Macron told the world on Thursday via Twitter.',
    'Brazilian President Jair Bolsonaro said the suggestion evoked a colonialist mentality and rejected the offer of aid from the summit.',
  ].join('\n\n');

  it('asks nothing on "Macron told the world on Thursday via Twitter." (what he told is the quotation)', () => {
    const ctx = draftContext(text, '2019-08-24');
    const told = ctx.sentences.findIndex((s) => s.text.startsWith('Macron told the world'));
    expect(told).toBeGreaterThan(0);
    expect(standaloneSentence(ctx, told)).toBe(false);
    expect(rankedDrafts(text, '2019-08-24').filter((d) => d.prompt.includes('told the world on Thursday via Twitter'))).toEqual([]);
  });

  it('keeps a sentence after a quotation that says something itself ("Tsvangirai said the plan would fail …")', () => {
    const ctx = draftContext([
      'Opposition leader Morgan Tsvangirai rejected the budget on Tuesday in a speech to parliament in Harare.',
      '"This budget is a disgrace to the people of Zimbabwe." Tsvangirai said the plan would fail within a year.',
    ].join('\n\n'), '2009-03-12');
    const said = ctx.sentences.findIndex((s) => s.text.startsWith('Tsvangirai said the plan'));
    expect(standaloneSentence(ctx, said)).toBe(true);
  });
});

describe('a long sentence cut at a clause boundary', () => {
  it('never ends a prompt on "and." ("said the name had to be easy to say and, to prevent stigma, it must not …")', () => {
    const text = [
      'The World Health Organization on Tuesday announced COVID-19 as the official name for the disease caused by the new coronavirus.',
      'WHO director-general Tedros Adhanom Ghebreyesus said the name had to be easy to say and, to prevent stigma, it must not cite any specific person, animal, profession or place, per WHO guidelines established in 2015.',
      'Tedros Adhanom Ghebreyesus spoke to reporters in Geneva on Tuesday afternoon.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2020-02-12');
    expect(drafts.filter((d) => d.prompt.includes('easy to say')).length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.prompt, d.id).not.toMatch(/\b(?:and|or)\.$/);
  });

  it('never cuts between the subject of a clause and its verb ("…, and his critics, which include Greenpeace, blame him …")', () => {
    const sentence = 'Bolsonaro has said publicly the Amazon rainforest should be opened up to agriculture, amongst other economic uses, and his critics';
    expect(trailingClause(', which include non-governmental environmental activism group Greenpeace, blame him for encouraging farmers to set fires.', sentence)).toBe(false);
  });

  it('still cuts after a list whose last item follows "and" ("…, Donatelli, and Addlery, as Vancouver tried …")', () => {
    const kept = 'A host of substitutions ensued early in the 2nd half, with Arze, Justin Moose, and Jason Jordan all replacing Valente, Donatelli, and Addlery';
    expect(trailingClause(', as Vancouver tried to bring some spark to a below-par performance.', kept)).toBe(true);
  });
});

describe('roles in front of a name', () => {
  const text = [
    'African leaders signed the free trade agreement at the African Union summit in Niamey on Sunday.',
    'AU trade and industry commissioner Albert Muchanga announced that Benin was to join the agreement.',
    'African Export–Import Bank president Okey Oramah said the use of third-party currencies costs Africa billions of dollars.',
    'Muchanga and Oramah spoke to reporters after the ceremony.',
  ].join('\n\n');

  it('keeps "trade and industry commissioner" whole, not "industry commissioner"', () => {
    const ctx = draftContext(text, '2019-07-10');
    expect(ctx.people.find((p) => p.name === 'Albert Muchanga')?.roles[0]).toMatch(/^(?:AU )?trade and industry commissioner$/);
  });

  it('keeps a dashed name in a role whole ("African Export–Import Bank president", not "Import Bank president")', () => {
    const ctx = draftContext(text, '2019-07-10');
    expect(ctx.people.find((p) => p.name === 'Okey Oramah')?.roles[0]).toBe('African Export–Import Bank president');
  });

  it('still joins no name to an office by "and" ("Putin and Defense Minister Andrei Belousov")', () => {
    const ctx = draftContext('Russian President Vladimir Putin and Defense Minister Andrei Belousov arrived in Pyongyang on Tuesday for talks with Kim Jong Un.', '2024-06-19');
    expect(ctx.people.find((p) => p.name === 'Andrei Belousov')?.roles[0]).toBe('Defense Minister');
  });
});
