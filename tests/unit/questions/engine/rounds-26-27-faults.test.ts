// Faults the first-time judgements of rounds 26 and 27 found, on made-up text: a past event's
// "December 28" placed after the story's own date (a wrong key in a timeline), words on protest
// signs given to the man they mocked (a wrong key), a role cut at the full stop of "U.S.",
// "_____ D.C." asked, the first half of an interrupted quotation asked as a whole, a law typed as
// an organisation ("Police Act"), the police offered for "sitting in the _____", and "the London
// court" swapped to "Jersey court".
import { describe, expect, it } from 'vitest';
import { isQuotable } from '@/questions/engine/draft/people-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const CRASH = [
  'Wednesday, December 2, 2015',
  'Investigators yesterday blamed pilot error for the loss of the airliner. The Airbus was around 40 minutes from Singapore when it vanished on December 28.',
  'Brian McMonagle, a lawyer defending the U.S. actor, said the jury was biased. Thousands marched through Washington D.C. on Saturday.',
  'Many signs referenced things that Donald Trump had said, as in "Hands too small can\'t build a wall." Teresa Shook said the march was a success.',
  '"In my judgment the common law," the judgement reads, "does not require the police to give the report to the defendants," Justice Nicholas Green wrote.',
].join('\n\n');

describe('rounds 26 and 27', () => {
  const facts = extractFacts(CRASH, '2015-12-02');

  it('puts a past event’s day after the story’s date in the year before', () => {
    expect(facts.dates.find((d) => d.text === 'December 28')?.resolved).toBe('2014-12-28');
  });

  it('gives the words on a sign to nobody', () => {
    expect(facts.quotes.find((q) => q.text.startsWith('Hands too small'))?.speaker ?? null).toBeNull();
  });

  it('reads a role through "U.S." and asks no "_____ D.C."', () => {
    expect(facts.people.find((p) => p.name === 'Brian McMonagle')?.roles).toContain('lawyer defending the U.S. actor');
    expect(rankedDrafts(CRASH, '2015-12-02').some((d) => d.prompt.includes('_____ D.C.'))).toBe(false);
  });

  it('asks no first half of an interrupted quotation', () => {
    const ctx = draftContext(CRASH, '2015-12-02');
    const half = ctx.quotes.find((q) => q.text.startsWith('In my judgment'))!;
    const judge = ctx.people.find((p) => p.name === 'Nicholas Green')!;
    const rest = ctx.quotes.find((q) => q.text.startsWith('does not require'))!;
    expect(isQuotable(ctx, half, judge)).toBe(false);
    expect(isQuotable(ctx, { ...rest, text: 'The law does not require the police to give the report to the defendants.' }, judge)).toBe(true);
  });

  it('takes no law for an organisation, offers no choice of courts, and keeps "the" of "the London court"', () => {
    const text = [
      'Tuesday, August 25, 2015',
      'In a judgement released today Mr Justice Green, sitting in the High Court in London, refused the request. The Metropolitan Police had cited the Police Act 1996.',
      'The Royal Thai Police deny any misconduct. The Court of Appeal may hear the case in Jersey, and the National Crime Agency declined to comment.',
      'Rosa Curling, who represented both men in the London court, has said they would not appeal.',
    ].join('\n\n');
    const ctx = draftContext(text, '2015-08-25');
    expect(ctx.organisations.map((o) => o.name)).not.toContain('Police Act');
    const drafts = rankedDrafts(text, '2015-08-25');
    // Bodies are asked typed only (the court test of round 26 became: no choice of bodies at all).
    expect(drafts.filter((d) => d.id.startsWith('mc-cloze:org-')).map((d) => d.id)).toEqual([]);
    expect(drafts.some((d) => /represented both men in \p{Lu}\p{L}+ court/u.test(d.prompt))).toBe(false);
  });
});
