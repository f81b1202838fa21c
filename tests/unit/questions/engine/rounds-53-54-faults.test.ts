// Faults first-time judgements named in rounds 53 and 54, on made-up text.
import { describe, expect, it } from 'vitest';
import { sentenceDrafts } from '@/questions/engine/draft/sentence-drafts';
import { substitute } from '@/questions/engine/draft/true-false-drafts';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

describe('rounds 53 and 54', () => {
  it('gives words to the speaker named after them behind a two-part description (a wrong key)', () => {
    const ctx = draftContext([
      'French minister Nathalie Kosciusko-Morizet said: "Bodies were found. They will be recovered and identified."',
      '"We weren’t prepared for that. We are now confronted with another trauma," Robert Soulas, vice president of Entraide et Solidarité AF447, a support group for families of victims of the crash, said.',
    ].join('\n\n'), '2011-04-08');
    expect(ctx.quotes.find((q) => q.text.startsWith('We weren'))?.speaker).toBe('Robert Soulas');
  });

  it('asks no figure of a unit conversion in brackets ("3,900 metres (2,100 fathoms; 12,800 ft)")', () => {
    const ctx = draftContext([
      'Search teams found the wreckage of the airliner on Sunday, nearly two years after the crash.',
      'The wreckage lies at a depth of 3,900 metres (2,100 fathoms; 12,800 ft) on the floor of the Atlantic Ocean.',
      'Investigators said 228 people died in the crash.',
    ].join('\n\n'), '2011-04-08');
    for (const d of sentenceDrafts(ctx)) expect(d.prompt).not.toMatch(/_____ f(?:athoms|t)|fathoms; _____/);
  });

  it('keeps "a"/"an" right before a swapped figure ("an $88 million" → "a $260 million")', () => {
    expect(substitute('The company paid an $88 million fine.', '$88 million', '$260 million', 'number')).toBe('The company paid a $260 million fine.');
    expect(substitute('He won a 5–1 victory.', '5', '8', 'number')).toBe('He won an 8–1 victory.');
  });
});

describe('rounds 55 and 56', () => {
  it('never gives a friend\'s words to the man he is a friend of (a wrong key)', () => {
    const ctx = draftContext([
      'The Army suspended the contract of AEY Inc., whose president is Efraim Diveroli, on Thursday.',
      'A friend of Diveroli said to WFOR, "The government came here and checked him out and gave him the contract."',
    ].join('\n\n'), '2008-03-28');
    expect(ctx.quotes.find((q) => q.text.startsWith('The government'))?.speaker).not.toBe('Efraim Diveroli');
  });

  it('takes no "One officer" for a role', () => {
    const text = [
      'A gunman killed twelve pupils at a school in Realengo, Rio de Janeiro, on Thursday morning.',
      'One officer, Marcio Alves, stated that the gunman aimed at him before he was shot in the legs.',
      'Rio de Janeiro mayor Eduardo Paes called the attack a hellish nightmare.',
      'State governor Sergio Cabral declared three days of mourning.',
      'Police chief Martha Rocha said the gunman had no criminal history.',
    ].join('\n\n');
    const roles = rankedDrafts(text, '2011-04-07').filter((d) => d.type === 'matching' || d.id.startsWith('role-of:') || d.id.startsWith('who-role:'));
    expect(roles.length).toBeGreaterThan(0);
    expect(JSON.stringify(roles.map((d) => [d.prompt, d.type === 'matching' ? d.right : d.type === 'multiple_choice' ? d.options : []]))).not.toMatch(/One officer/i);
  });
});
