// Faults first-time judgements named in rounds 57 and 58, on made-up text.
import { describe, expect, it } from 'vitest';
import { copiesGrammarSlip } from '@/questions/engine/draft/grammar-slips';
import { rankedDrafts } from '../../../support/engine-drafts';

describe('round 58', () => {
  it('asks no "President _____" even when the sentence names no country', () => {
    const text = [
      'A Boeing 737 crashed in the Amazon rainforest in Brazil on Friday, killing all 155 people on board.',
      'President Luiz Inácio Lula da Silva has declared three days of national mourning.',
      'Lula said the country would find out what caused the crash.',
      'Air force spokesman Carlos Souza said rescuers had reached the wreckage.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2006-10-03');
    expect(drafts.some((d) => d.id.startsWith('cloze:person-carlos-souza'))).toBe(true);
    expect(drafts.filter((d) => d.type === 'cloze' && d.prompt.includes('President _____'))).toEqual([]);
  });

  it('swaps no year that bounds a span ("as many as ten times before 1972")', () => {
    const text = [
      'Marcia Martel, a plaintiff, was removed from her home as many as ten times before 1972.',
      'The Canadian government agreed on Friday to pay $800 million to people taken from their families as children.',
      'The children were placed with non-indigenous families between 1960 and 1980, the court heard in 2016.',
    ].join('\n\n');
    const statements = rankedDrafts(text, '2017-10-07').filter((d) => d.type === 'true_false' && !(d.answer as { value: boolean }).value).map((d) => d.prompt);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((p) => /ten times before (?!1972)\d{4}/.test(p))).toEqual([]);
  });

  it('finds "A Embraer" at the start of a sentence, but not "Group A"', () => {
    expect(copiesGrammarSlip('A Embraer Legacy 600 clipped the Boeing.')).toBe(true);
    expect(copiesGrammarSlip('Iran play in Group A against Spain.')).toBe(false);
    expect(copiesGrammarSlip('A European court ruled.')).toBe(false);
  });
});
