// What a teacher notices across a generated set: true/false keyed both ways and built by fair swaps,
// country names with "the" where a sentence needs it, no stem leaning on a sentence the student
// does not see, one fact asked at most twice, sums in pounds, and no "which place" about a team.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveReferences } from '@/questions/engine/draft/dangling';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const seed = fs.readFileSync('questions/content/articles/putin-north-korea-visit.txt', 'utf8');

const drafts = (text: string) => rankedDrafts(text);

const context = (text: string) => draftContext(text);

const seedDrafts = drafts(seed);
const seedCtx = context(seed);

describe('true or false', () => {
  it('keys about half of the statements False, and no more than half of the top 30 are true/false', () => {
    const tf = seedDrafts.filter((d) => d.type === 'true_false');
    const falses = tf.filter((d) => d.type === 'true_false' && !d.answer.value).length;
    expect(falses / tf.length).toBeGreaterThanOrEqual(0.4);
    expect(seedDrafts.slice(0, 30).filter((d) => d.type === 'true_false').length).toBeLessThanOrEqual(15);
  });

  it('makes a False statement by one swap the article contradicts: the evidence states the original, not the replacement', () => {
    for (const d of seedDrafts) {
      if (d.type !== 'true_false' || d.answer.value) continue;
      const m = /says (.+), not (.+?): “|False: (.+) said this, not (.+?): “/.exec(d.explanation)!;
      const [original, replacement] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
      expect(d.evidence.join(' '), d.id).toContain(original);
      expect(d.evidence.join(' '), d.id).not.toContain(replacement);
      expect(d.prompt, d.id).toContain(replacement);
      // Never "South Korean leader Kim Jong Un" from a swap inside a longer word.
      expect(d.prompt, d.id).not.toMatch(new RegExp(`${replacement}[\\p{L}]`, 'u'));
    }
  });

  it('swaps a quotation’s speaker for another speaker, never for someone who shares the name', () => {
    const text = [
      'Helena, Montana, has a new mayor, Wilmot Collins, a former refugee from Liberia, officials said on Tuesday.',
      'His wife Maddie Collins arrived first, and the city council member Andrea Smith welcomed them.',
      '“There is no reason why you can’t succeed at what you attempt to do,” Wilmot Collins said.',
      '“We are proud of what this city has become for families like theirs,” Andrea Smith said.',
    ].join('\n');
    for (const d of drafts(text).filter((x) => x.meta.angle === 'tf-quote' && x.type === 'true_false' && !x.answer.value)) expect(d.prompt).not.toMatch(/^Maddie Collins said/);
  });
});

describe('places in statements', () => {
  it('swaps no place that names a team', () => {
    const text = [
      'Georgia beat Alabama 27-24 on Saturday night in front of a record crowd, the conference said.',
      'Real Madrid signed a new coach from Brazil after the club lost the final in Paris last month.',
      'The mayor of Atlanta, Andre Dickens, welcomed both teams to the city on Friday morning.',
    ].join('\n');
    const places = drafts(text).filter((d) => d.type === 'true_false' && !d.answer.value).map((d) => d.meta.answerText);
    expect(places).not.toContain('Georgia');
    expect(places).not.toContain('Alabama');
    expect(places).not.toContain('Madrid');
  });
});

describe('back-references', () => {
  it('drops a stem that points to a sentence the student does not see, and leaves out a bare "also"', () => {
    expect(resolveReferences(seedCtx, 'U.S. Deputy Secretary of State Kurt Campbell also voiced concerns about what Russia might be offering North Korea in exchange for this support.', 20)).toBeNull();
    expect(resolveReferences(seedCtx, 'Officials said the move would anger Seoul.', 9)).toBeNull();
    expect(resolveReferences(seedCtx, 'Approximately 50 such missiles have been delivered.', 9)).toBeNull();
    expect(resolveReferences(seedCtx, 'Kurt Campbell also voiced concerns about the talks.', 20)).toBe('Kurt Campbell voiced concerns about the talks.');
    // The story's one central event (the lead is about a visit) reads as "the visit".
    expect(resolveReferences(seedCtx, 'The invitation for this visit was extended by Kim Jong Un.', 3)).toBe('The invitation for the visit was extended by Kim Jong Un.');
  });

  it('shows no seed stem with "this support" or a dangling "also"', () => {
    for (const d of seedDrafts) expect(d.prompt, d.id).not.toMatch(/\bthis support\b|\balso voiced\b/);
  });
});

describe('repeats and coverage', () => {
  it('asks the seed’s “first visit in 24 years” at most twice before the repeats, which rank after all others', () => {
    const top = seedDrafts.slice(0, 30).filter((d) => !d.meta.doubts?.includes('repeat'));
    const on24 = top.filter((d) => /\b24\b|_____ years/.test(d.prompt) || ('options' in d && d.options.some((o) => o.text === '24')));
    expect(on24.length).toBeLessThanOrEqual(2);
  });

  it('asks a sum in pounds as "how much", with wrong sums in pounds', () => {
    const text = [
      'Prosecutors charged 64 officials on Monday after they took £4 million in bribes from building firms.',
      'The investigation began in the city of Leeds after a complaint from a local builder last year.',
    ].join('\n');
    const d = drafts(text).find((x) => x.id.startsWith('how-much:'));
    expect(d?.type).toBe('multiple_choice');
    if (d?.type === 'multiple_choice') for (const o of d.options) expect(o.text).toMatch(/^£/);
  });
});
