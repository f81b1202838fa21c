// Rules that let the top of the list cover more of a story's key facts: casualty counts without a
// noun, a subject pronoun carried on from the sentence before, a sentence's first clause, dates of
// past events, years that name an event, the dateline kept out of the lead, and true/false kept
// balanced. Every input is a small made-up text.
import { describe, expect, it } from 'vitest';
import { leadingPronounReferent, resolveReferences } from '@/questions/engine/draft/dangling';
import type { Draft } from '@/questions/engine/draft/draft';
import { balanceTrueFalse, leadSentences, openingSentence } from '@/questions/engine/draft/rank-drafts';
import { firstClause, shorten, standaloneSentence } from '@/questions/engine/draft/sentence-drafts';
import { quoteFreeStatement, trueFalseDrafts } from '@/questions/engine/draft/true-false-drafts';
import { extractDates, resolveDate } from '@/questions/engine/extract/dates';
import { generateDrafts } from '@/questions/engine/generate-drafts';
import { splitSentences } from '@/questions/sentences';
import { draftContext } from '../../../support/engine-drafts';

const context = draftContext;

describe('casualty counts and shares', () => {
  const ctx = context(
    [
      'A coach carrying a school choir overturned on a mountain road near Dunmore late on Friday.',
      'Three Ridgeline employees were killed and at least 42 were injured, some seriously.',
      'The two killed were the driver and a guide.',
      'A hospital spokesman gave a count of 42 injured, up from an initial report of 30; the road stayed closed.',
      'The power company said more than 8,000 of its customers had no electricity.',
    ].join('\n'),
  );
  const byValue = (v: number) => ctx.numbers.filter((n) => n.value === v);

  it('counts people beside a casualty word: "at least 42 were injured", "a count of 42 injured", "a report of 30"', () => {
    expect(byValue(42).map((n) => n.counted)).toEqual(['people', 'people']);
    expect(byValue(30)[0]?.counted).toBe('people');
  });

  it('keeps a capitalised modifier in the counted noun ("Three Ridgeline employees")', () => {
    expect(byValue(3)[0]?.text).toBe('Three Ridgeline employees');
  });

  it('does not count "the two killed": it points back to a count already given', () => {
    expect(byValue(2)).toEqual([]);
  });

  it('counts the group of a share ("more than 8,000 of its customers")', () => {
    const n = byValue(8000)[0]!;
    expect(n.counted).toBe('customers');
    expect(n.text).toBe('more than 8,000 of its customers');
  });
});

describe('a subject pronoun carried on from the sentence before', () => {
  const text = [
    'Chef Maria Okafor opened her first shop in Leeds in 2001. She paid 12 local farmers a total of £30,000 for flour last year. She moved to Bristol in 2010 and went on to York; her partner, Tom Reyes, said "Maria never stops".',
    'Councillor Ann Price and Mayor Joe Hart visited the shop. He praised the bread.',
  ].join('\n');
  const ctx = context(text);

  it('reads "She" as the person who opens the sentences before, through a chain of the same pronoun', () => {
    expect(leadingPronounReferent(ctx, 1)?.name).toBe('Maria Okafor');
    expect(leadingPronounReferent(ctx, 2)?.name).toBe('Maria Okafor');
    expect(resolveReferences(ctx, ctx.sentences[1]!.text, 1)).toMatch(/^Maria Okafor paid 12 local farmers/);
  });

  it('leaves the pronoun alone when the sentence before names two people', () => {
    expect(leadingPronounReferent(ctx, 4)).toBeNull();
    expect(standaloneSentence(ctx, 4)).toBe(false);
  });

  it('asks the count of a resolved sentence, with the name in place of the pronoun', () => {
    const result = generateDrafts(text);
    if (!result.ok) throw new Error(result.reason);
    const d = result.drafts.find((x) => x.id.startsWith('how-many:') && x.evidence[0] === ctx.sentences[1]!.text);
    expect(d?.prompt).toMatch(/Okafor paid _____ local farmers/);
  });
});

describe('first clauses', () => {
  it('ends a statement at its first semicolon, or before the distance aside of a place', () => {
    expect(firstClause('The mayor closed the old river bridge on Monday; the council reopened it later that week.')).toBe('The mayor closed the old river bridge on Monday.');
    expect(firstClause('The ferry ran aground on a sandbank near Kelso, about twelve miles north of Berwick, the county town.')).toBe('The ferry ran aground on a sandbank near Kelso.');
    expect(firstClause('He said "wait; not yet" and left the room quietly after the long meeting.')).toBeNull();
  });

  it('shortens a long blanked prompt at the semicolon after the blank', () => {
    const long = 'A spokesman for the county gave a count of _____ injured, up from an earlier report of thirty; according to the regional fire service, injuries ranged from cuts and bruises to broken bones and burns.';
    expect(shorten(long)).toBe('A spokesman for the county gave a count of _____ injured, up from an earlier report of thirty.');
  });

  it('makes a true/false statement of a first clause that quotes nobody', () => {
    const ctx = context('The inspector closed the mill in 2019 after a fire in the boiler room; a year later, the owner said "we will be back".\nThe owner reopened it in 2021.');
    expect(quoteFreeStatement(ctx, 0)).toBe('The inspector closed the mill in 2019 after a fire in the boiler room.');
  });
});

describe('dates of events', () => {
  it('puts a past month and day after the publication date in the year before', () => {
    const published = new Date('2018-02-07T00:00:00Z');
    expect(resolveDate('December 18', 'monthDay', 'On December 18, a train derailed near the coast.', published).value).toBe('2017-12-18');
    expect(resolveDate('January 31', 'monthDay', 'On January 31, a truck hit a train.', published).value).toBe('2018-01-31');
    expect(resolveDate('December 18', 'monthDay', 'The line is set to reopen on December 18.', published).value).toBe('2018-12-18');
  });

  it('reads "today", "yesterday" and "tomorrow" from the publication date, and leaves them unresolved without it', () => {
    const published = new Date('2008-02-16T00:00:00Z');
    expect(resolveDate('today', 'relative', 'Bush began his trip today.', published).value).toBe('2008-02-16');
    expect(resolveDate('yesterday', 'relative', 'He arrived yesterday.', published).value).toBe('2008-02-15');
    expect(resolveDate('tomorrow', 'relative', 'He leaves tomorrow.', published).value).toBe('2008-02-17');
    expect(resolveDate('today', 'relative', 'Bush began his trip today.', null).value).toBeNull();
  });

  it('reads a year that names an event ("the 2016 elections", "prepare for 2020")', () => {
    const text = 'Voters remember the 2016 elections well. Parties began to prepare for 2020 early.';
    expect(extractDates(text, splitSentences(text), null).map((d) => d.text)).toEqual(['2016', '2020']);
  });
});

describe('the lead', () => {
  const ctx = context(['Tuesday, May 5, 2015', 'A flood swept through the valley town of Arden overnight, forcing hundreds from their homes.', 'Rescue teams worked through the night.', 'The river rose by two metres in an hour.', 'Schools will stay closed.'].join('\n'));

  it('starts at the first real sentence, not the dateline, and the dateline is no paragraph of it', () => {
    expect(openingSentence(ctx)).toBe(1);
    expect(leadSentences(ctx)).toBe(3);
  });

  it('reads "All downtown events …" as a sentence that names its own subject, "All were …" not', () => {
    const c = context('All downtown events scheduled for Saturday have been cancelled by the city.\nAll were told to stay at home until the storm had passed.');
    expect(standaloneSentence(c, 0)).toBe(true);
    expect(standaloneSentence(c, 1)).toBe(false);
  });
});

describe('people', () => {
  it('finds "the state governor, Henry McMaster," with his role, and a "boss of" appositive', () => {
    const ctx = context('In a press conference, the state governor, Henry McMaster, said the bridge was unsafe.\nThe case was such that Liu Wenhua, boss of the provincial audit office, took charge of it.');
    const names = ctx.people.map((p) => p.name);
    expect(names).toContain('Henry McMaster');
    expect(ctx.people.find((p) => p.name === 'Henry McMaster')?.roles).toEqual(['state governor']);
    expect(ctx.people.find((p) => p.name === 'Liu Wenhua')?.roles[0]).toMatch(/^boss of/);
  });
});

describe('true/false balance', () => {
  const tf = (id: string, value: boolean): Draft =>
    ({ id, type: 'true_false', prompt: id, answer: { value }, explanation: '', evidence: [id], meta: { angle: 'true-false', factIds: [], evidenceSpans: [], difficulty: 0, quality: 0, answerText: '' } }) as Draft;
  const other = (id: string): Draft =>
    ({ id, type: 'cloze', prompt: id, answer: { text: id, aliases: [], rejects: [] }, explanation: '', evidence: [id], meta: { angle: 'cloze', factIds: [], evidenceSpans: [], difficulty: 0, quality: 0, answerText: '' } }) as Draft;

  it('keeps at most two more True than False statements in the top, the lowest-ranked Trues leaving it', () => {
    const ranked = [tf('t1', true), tf('f1', false), tf('t2', true), tf('t3', true), tf('t4', true), tf('t5', true), ...Array.from({ length: 6 }, (_, i) => other(`o${i}`))];
    const out = balanceTrueFalse(ranked, 8);
    const head = out.slice(0, 8);
    expect(head.filter((d) => d.type === 'true_false' && d.answer.value).map((d) => d.id)).toEqual(['t1', 't2', 't3']);
    expect(out.slice(8).map((d) => d.id)).toEqual(['o4', 'o5', 't4', 't5']);
  });

  it('puts the surplus of a short list after every other draft, in rank order, rather than leaving it out', () => {
    const out = balanceTrueFalse([tf('t1', true), tf('t2', true), tf('t3', true), tf('t4', true), other('o1')], 30);
    expect(out.map((d) => d.id)).toEqual(['t1', 't2', 'o1', 't3', 't4']);
  });
});

describe('what the protagonist said, reported as such', () => {
  it('makes a true/false statement of "X said that … but warned that …" outside the lead', () => {
    const text = [
      'Envoy Clara Voss ended a four-day visit to Norland on Friday, urging its leaders to hold talks.',
      'Voss met the prime minister and the head of the opposition in the capital.',
      'Voss said the visit had been useful.',
      'The opposition boycotted parliament last year.',
      'Voss said that she had seen some goodwill on both sides but warned that the window for talks was closing.',
      'Voss believes that, generally, talks work.',
    ].join('\n');
    // Before ranking: with no False statement to balance them, few Trues reach the top.
    const prompts = trueFalseDrafts(context(text)).map((d) => d.prompt);
    expect(prompts).toContain('Voss said that she had seen some goodwill on both sides but warned that the window for talks was closing.');
    expect(prompts.some((p) => p.includes('believes'))).toBe(false);
  });
});
