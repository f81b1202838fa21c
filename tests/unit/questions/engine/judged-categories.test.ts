// Failure categories a judge found on unseen articles, pinned on small synthetic sentences: names
// with descriptors or an origin attached, the dead offered as speakers, clauses cut so that a
// fragment remains, bounded figures and general-list places made "false", quotations without
// attribution, repeats of one answer and the lead's counts asked late.
import { describe, expect, it } from 'vitest';
import { reportedDead } from '@/questions/engine/draft/distractors';
import { insideQuotation, shorten, trailingClause } from '@/questions/engine/draft/sentence-drafts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const storm = [
  'A powerful tornado tore through the town of Millbrook, Kentucky, on Saturday, killing 12 people and injuring at least 40 others, officials said.',
  '',
  'The storm destroyed more than 200 homes and left about 5,000 residents without power, according to the Kentucky Emergency Management Division.',
  '',
  'Governor Andrew Beshear said the state would send National Guard troops to help with the recovery. “This is one of the worst disasters our community has ever seen,” Beshear said.',
  '',
  'Passenger Maria Lopez, who was on a bus when the storm hit, described the moment the windows shattered. “We thought we were going to die,” Lopez said.',
  '',
  'Resident Thomas Greene of Millbrook said his house was flattened. “There is nothing left,” Greene said.',
  '',
  'Among the dead was local pastor John Miller, 64, who was killed when a tree fell on his car. Miller had led the First Baptist Church for two decades.',
  '',
  'Witness Sarah Brown told reporters that the sirens sounded only minutes before the tornado struck.',
  '',
  'Damage across the state of Kentucky is estimated at more than $2 billion, officials in Tennessee said.',
  '',
  '“We lost everything. The water came through the front door so fast that nobody could stop it. We could not escape,” Brown said.',
].join('\n');

const context = (text: string) => draftContext(text);
const drafts = (text: string) => rankedDrafts(text);

const ctx = context(storm);
const all = drafts(storm);

describe('names', () => {
  it('strips descriptor nouns in front of a name and an origin after it', () => {
    const names = ctx.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Maria Lopez', 'Thomas Greene', 'Sarah Brown', 'John Miller', 'Andrew Beshear']));
    expect(names.join('|')).not.toMatch(/Passenger|Resident|Witness|of Millbrook/);
  });

  it('keeps "of" inside a role ("Deputy Secretary of State Kurt Campbell")', () => {
    const c = context('U.S. Deputy Secretary of State Kurt Campbell spoke to reporters in Washington on Friday.');
    expect(c.people.map((p) => p.name)).toContain('Kurt Campbell');
  });

  it('never offers a person the article reports dead as the speaker of a quotation', () => {
    const miller = ctx.people.find((p) => p.name === 'John Miller')!;
    expect(reportedDead(ctx, miller)).toBe(true);
    expect(reportedDead(ctx, ctx.people.find((p) => p.name === 'Andrew Beshear')!)).toBe(false);
    // (A typed name refuses him among the article's other people; it never keys him.)
    for (const d of all.filter((x) => x.meta.angle === 'quote-speaker' || x.meta.angle === 'tf-quote')) {
      expect(d.type === 'cloze' ? d.answer.text : JSON.stringify(d), d.id).not.toContain('John Miller');
    }
  });
});

describe('cut clauses', () => {
  it('cuts only a last clause, never one the sentence goes on after', () => {
    expect(trailingClause(', which were installed in 1990, have failed repeatedly.')).toBe(false);
    expect(trailingClause(', which said crews had restored service, and the signals were repaired by Sunday.')).toBe(false);
    expect(trailingClause(', which will bring astronauts – including the first woman – to the lunar surface.')).toBe(true);
    expect(trailingClause(' – the budget funds research.', 'Following progress – with nearly _____ million jobs created')).toBe(false);
    const long = 'The rail line through the valley is operated by _____ and the signals, which were installed by the county council in 1990 after a long public dispute over costs, have failed repeatedly this winter.';
    expect(shorten(long)).toBe(long);
  });
});

describe('true or false', () => {
  it('never makes a figure with "more than", "at least" or "about" false', () => {
    for (const d of all.filter((x) => x.type === 'true_false' && !x.answer.value && x.meta.angle === 'true-false')) {
      expect(d.explanation, d.id).not.toMatch(/says (?:\$2 billion|40|200|5,000), not/);
    }
  });

  it('never asks a sentence inside a longer quotation as a statement of fact', () => {
    const i = ctx.sentences.findIndex((s) => s.text.startsWith('The water came'));
    expect(i).toBeGreaterThan(0);
    expect(insideQuotation(ctx, i)).toBe(true);
    // Only as the speaker's words, with the speaker: never as a statement or a blank of its own.
    expect(all.some((d) => d.prompt.includes('The water came through') && d.meta.angle !== 'tf-quote' && d.meta.angle !== 'quote-speaker')).toBe(false);
  });

  it('swaps a place only for one the article names', () => {
    const named = new Set(ctx.places.map((p) => p.name));
    for (const d of all.filter((x) => x.type === 'true_false' && !x.answer.value && x.meta.angle === 'true-false')) {
      const m = /says (.+), not (.+?): “/.exec(d.explanation)!;
      if (named.has(m[1]!)) expect(named.has(m[2]!.replace(/^the /, '')), d.id).toBe(true);
    }
  });
});

describe('ranking', () => {
  it('asks each count of the lead ("killing 12 people and injuring at least 40 others") within the top ten', () => {
    const top = all.slice(0, 10).filter((d) => d.meta.angle === 'number-choice' || d.meta.angle === 'number-typed').map((d) => d.meta.answerText);
    expect(top).toEqual(expect.arrayContaining(['12', '40']));
  });

  it('gives no answer more than twice in the top 30', () => {
    const count = new Map<string, number>();
    for (const d of all.slice(0, 30)) {
      if (d.type === 'true_false' || d.type === 'matching' || d.type === 'ordering') continue;
      const k = d.meta.angle === 'quote-speaker' ? d.meta.factIds[1]! : d.meta.factIds[0]!;
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    for (const [k, n] of count) expect(n, k).toBeLessThanOrEqual(2);
  });
});

describe('figures', () => {
  it('never runs a counted noun past the end of its sentence', () => {
    const n = ctx.numbers.find((x) => x.text.startsWith('two decades'));
    expect(n?.text).toBe('two decades');
  });
});

describe('names of places, organisations and the dead', () => {
  const rail = context(
    [
      'Two passenger trains collided near Greenfield, South Carolina, on Tuesday, according to the South Carolina Emergency Management Division.',
      'Engineer Robert Haynes of Columbia, who was driving the northbound train, was among those killed.',
      'Palmetto Rail said it had spent more than £2 billion on safety upgrades since 2015.',
      'The company carries nearly 40,000 passengers a day across North Carolina and Georgia.',
    ].join('\n'),
  );

  it('knows every US state, and Georgia listed with one as a state', () => {
    expect(rail.places.map((p) => `${p.name}:${p.placeType}`)).toEqual(expect.arrayContaining(['South Carolina:region', 'North Carolina:region', 'Georgia:region']));
  });

  it('keeps an organisation whole and never takes a company for a person', () => {
    expect(rail.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['South Carolina Emergency Management Division', 'Palmetto Rail']));
    expect(rail.people.map((p) => p.name)).not.toContain('Palmetto Rail');
  });

  it('reads "X of Y, who …, was among those killed" as a death', () => {
    expect(reportedDead(rail, rail.people.find((p) => p.name === 'Robert Haynes')!)).toBe(true);
  });
});

