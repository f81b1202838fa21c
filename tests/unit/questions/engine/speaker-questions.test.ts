// Who said it, asked the way judges accepted it (session of 2026-11-28, evening): one quotation of
// a story as a choice, the rest by typing the speaker's name; names that a nationality of two words
// or a form of address opens; no body blanked in a sentence that reports speech. Made-up text.
import { describe, expect, it } from 'vitest';
import { gradeText } from '@/questions/grading';
import { draftContext, rankedDrafts, speakerKey } from '../../../support/engine-drafts';

const DEBATE = [
  'Parliament in Helsing voted 105 to 92 on Friday to allow couples of the same sex to marry.',
  'Prime Minister Aleksi Stubbe supported the change. Before the vote, he wrote: "Our country should become a society where two adults can marry whoever they love."',
  'Timo Soinela, leader of the True Party, opposed it. "For me marriage will remain a union between a man and a woman, and I will not change my position," Soinela said.',
  'Interior Minister Paula Rasanen said: "This law takes our children away from the roots that every family has always given them."',
  'Archbishop Kari Makela welcomed the vote. "I rejoice with my whole heart for the rainbow community and for everyone who loves them," Makela said.',
  'Mika Niikkola, a member of the True Party, said: "We will collect signatures to put the question to the people of the country once more."',
].join('\n\n');

describe('who said it', () => {
  const drafts = rankedDrafts(DEBATE, '2014-11-28');
  const asked = drafts.filter((d) => d.meta.angle === 'quote-speaker');

  it('asks one quotation as a choice among four and the others by typing the name (choices were judged acceptable about half the time: rivals the words rule out)', () => {
    expect(asked.length).toBeGreaterThanOrEqual(4);
    expect(asked.filter((d) => d.type === 'who_said_it')).toHaveLength(1);
    expect(asked.filter((d) => d.type === 'cloze').length).toBe(asked.length - 1);
  });

  it('keys the speaker, accepts the surname the article uses, and refuses the other speakers', () => {
    const typed = asked.find((d) => d.prompt.includes('rejoice with my whole heart'));
    expect(typed?.prompt).toBe('Who said these words? “I rejoice with my whole heart for the rainbow community and for everyone who loves them”');
    expect(speakerKey(typed)).toBe('Kari Makela');
    if (typed?.type !== 'cloze') throw new Error('not typed');
    expect(gradeText(typed.answer, 'Makela').correct).toBe(true);
    expect(gradeText(typed.answer, 'makéla').correct).toBe(true);
    expect(gradeText(typed.answer, 'Aleksi Stubbe').correct).toBe(false);
    expect(gradeText(typed.answer, 'Soinela').correct).toBe(false);
  });
});

describe('names after a nationality of two words or a form of address', () => {
  it('finds "Ban Ki-moon" in "South Korean Ban Ki-moon" and "His Excellency Ban Ki-moon", not only "Mr. Ban"', () => {
    const ctx = draftContext([
      'South Korean Ban Ki-moon, 62, was endorsed by the assembly on Friday to lead the organisation.',
      'The assembly president said: "I announce that His Excellency Ban Ki-moon has been appointed by acclamation."',
      'Mr. Ban said he was honoured by the trust of the members.',
    ].join('\n\n'), '2006-10-14');
    const ban = ctx.people.find((p) => p.aliases.includes('Ban') || p.name === 'Ban');
    expect(ban?.name).toBe('Ban Ki-moon');
    expect(ban?.mentions.length).toBe(3);
  });
});

describe('bodies in sentences that report speech', () => {
  it('blanks no body in "officials told BBC News that …" nor in "… said Mark Evans of Citigroup Global Markets"', () => {
    const drafts = rankedDrafts([
      'The government said on Monday that every asylum claim would be assessed on its merits.',
      'Officials told Northern Broadcasting that no one would be refused solely for failing to return the form.',
      'Oil prices should not be affected too drastically, said Mark Evans of Citigroup Global Markets.',
      'The Refugee Council of Britain has criticised the questionnaire as confusing for applicants.',
    ].join('\n\n'), '2023-02-23');
    const blanks = drafts.filter((d) => d.type === 'cloze' || d.type === 'multiple_choice').map((d) => (d.type === 'cloze' ? d.answer.text : ''));
    expect(blanks).not.toContain('Northern Broadcasting');
    expect(blanks).not.toContain('Citigroup Global Markets');
  });
});
