// Quotations of organisations yielded nothing (rounds 20–23: a joint statement, the Wi-Fi
// Alliance, the HRCP, "the organization said" of Reporters Without Borders). Their speaker is now
// the organisation, and who-said-it offers the article's other organisations.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const PRESS = [
  'Tuesday, August 23, 2011',
  'The United Nations (UN) on Friday called on the government of Pakistan to investigate the killing of journalists. Amnesty International has also urged the government to protect journalists.',
  'Reporters Without Borders (RWB) has appealed for punishment of those responsible. According to RWB, journalists do not feel free to report in the region.',
  'The press freedom organization said that the government must act. “It is unacceptable that local journalists have to do the job of the police and investigate on their own,” the organization said.',
  'The Human Rights Commission of Pakistan (HRCP) condemned the attacks. “There is a growing sense of insecurity among media persons who interpret each attack as a warning,” the HRCP said on Monday.',
  'The Wi-Fi Alliance said it "could be resolved through a straightforward software update for every device."',
].join('\n\n');

describe('organisations as speakers', () => {
  it('gives each quotation to the organisation that said it', () => {
    const quotes = extractFacts(PRESS, '2011-08-23').quotes;
    const speakerOf = (start: string) => quotes.find((q) => q.text.startsWith(start))?.speaker;
    expect(speakerOf('It is unacceptable')).toBe('Reporters Without Borders');
    expect(speakerOf('There is a growing')).toBe('Human Rights Commission of Pakistan');
    expect(speakerOf('could be resolved')).toBe('Wi-Fi Alliance');
  });

  it('asks which organisation said it, with the chain of sentences back to its name as evidence', () => {
    const d = rankedDrafts(PRESS, '2011-08-23').find((x) => x.type === 'who_said_it' && x.prompt.includes('It is unacceptable'));
    expect(d?.prompt).toMatch(/^Which organisation said/);
    expect(optionTexts(d)).toContain('Reporters Without Borders');
    expect(optionTexts(d)).toContain('Human Rights Commission of Pakistan');
    expect(d?.evidence[0]).toMatch(/^According to RWB/);
    expect(d?.evidence).toHaveLength(3);
  });
});
