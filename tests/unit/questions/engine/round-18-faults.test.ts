// Faults the first-time judgement of round 18 found, on made-up text: the seconds of a clock time
// read as a count, earthquake magnitudes offered as multiples (25.8), a country asked beside its own
// city, "U.S. Geological Survey" and "spokesman Sutopo" misread, "in the city" and "Similar
// warnings" lifted without what they point to, and an "also" cut out of a quotation.
import { describe, expect, it } from 'vitest';
import { resolveReferences } from '@/questions/engine/draft/dangling';
import { numberDistractors } from '@/questions/engine/draft/sentence-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const QUAKE = [
  'Wednesday, April 11, 2012',
  'An 8.6 magnitude earthquake occurred off the Indonesian coast at 08:38:37 UTC today, the U.S. Geological Survey said.',
  'Agency spokesman Sutopo said 20 people were hurt in Aceh. Similar warnings were issued by the governments in Sri Lanka, where mild tremors were felt at Colombo.',
  'Metro Rail services were suspended in the city, officials said. "China is also concerned about the issues there," spokesman Liu Jianchao said.',
].join('\n\n');

describe('numbers', () => {
  it('reads no clock time as a count and moves a magnitude by steps', () => {
    const facts = extractFacts(QUAKE, '2012-04-11');
    expect(facts.numbers.map((n) => n.value)).not.toContain(37);
    const options = numberDistractors(8.6, [], 'quake');
    expect(options.every((v) => v > 6 && v < 10)).toBe(true);
    expect(options.some((v) => v > 8.6) && options.some((v) => v < 8.6)).toBe(true);
  });
});

describe('people and places', () => {
  it('reads a survey as no person and a one-word name after a lower-case title as one', () => {
    const names = extractFacts(QUAKE, '2012-04-11').people.map((p) => p.name);
    expect(names).toContain('Sutopo');
    expect(names.some((n) => /Survey/.test(n))).toBe(false);
  });

  it('asks no country beside its own city, nothing "in the city" with no city named, and keeps a quotation whole', () => {
    const ctx = draftContext(QUAKE, '2012-04-11');
    const at = (start: string) => ctx.sentences.findIndex((s) => s.text.startsWith(start));
    expect(resolveReferences(ctx, ctx.sentences[at('Metro Rail')]!.text, at('Metro Rail'))).toBeNull();
    expect(resolveReferences(ctx, ctx.sentences[at('Similar warnings')]!.text, at('Similar warnings'))).toBeNull();
    expect(resolveReferences(ctx, ctx.sentences[at('"China is also')]!.text, at('"China is also'))).toContain('China is also concerned');
    expect(rankedDrafts(QUAKE, '2012-04-11').some((d) => d.prompt.includes('governments in _____, where'))).toBe(false);
  });
});
