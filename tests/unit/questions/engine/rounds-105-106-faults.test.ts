// Faults the first-time judges of rounds 105 and 106 named (twelve more Wikinews articles of the
// fourth source), on made-up text.
import { describe, expect, it } from 'vitest';
import { tidy } from '@/questions/engine/draft/sentence-drafts';
import { gradeText } from '@/questions/grading';
import { draftContext, optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const people = (text: string) => draftContext(text).people;

describe('names', () => {
  it('reads a quoted title ("Indestructable Anita O\'Day") as her album, not as her name', () => {
    const text = [
      "Anita O'Day, best known for her rendition of Sweet Georgia Brown, died on Thursday. She was 87.",
      'Her last album, which she recorded at age 85, "Indestructable Anita O\'Day," was released last year.',
    ].join('\n\n');
    const anita = people(text).find((p) => /Anita/.test(p.name));
    expect(anita?.name).toBe("Anita O'Day");
    expect(anita?.aliases ?? []).not.toContain("Indestructable Anita O'Day");
  });

  it('still reads a quoted nickname with "of" as naming someone ("the “Kim Kardashian of Pakistan”")', () => {
    expect(people('Qandeel Baloch, nicknamed the "Kim Kardashian of Pakistan," had 750,000 followers on Facebook.').map((p) => p.name)).toContain('Kim Kardashian');
  });

  it('keeps a birth name as one of her names, not the name she is asked by ("Born Anita Belle Colton O\'Day, …")', () => {
    const text = "Anita O'Day died on Thursday in Los Angeles. Born Anita Belle Colton O'Day, October 18, 1919, she escaped from a broken home at age 14.";
    const anita = people(text).find((p) => /Anita/.test(p.name));
    expect(anita?.name).toBe("Anita O'Day");
    expect(anita?.aliases).toContain("Anita Belle Colton O'Day");
  });

  it('reads "Fiona Hall, Lib Dem MEP" as a person, whom compromise reads as a place, and "Carnegie Hall" as none', () => {
    expect(people('Hughes and Fiona Hall, Lib Dem MEP, suggested that the government should apply to the fund.').map((p) => p.name)).toContain('Fiona Hall');
    expect(people('The concert was held at Carnegie Hall on Friday night.').map((p) => p.name)).toEqual([]);
  });
});

describe('typed names with a courtesy title', () => {
  it('accepts "Lord Widgery" for "Widgery" and "Mandelson" for "Lord Mandelson", never another entity so', () => {
    expect(gradeText({ text: 'Widgery', aliases: [], rejects: ['Saville'] }, 'Lord Widgery').correct).toBe(true);
    expect(gradeText({ text: 'Lord Mandelson', aliases: [], rejects: ['Brown'] }, 'Mandelson').correct).toBe(true);
    expect(gradeText({ text: 'Widgery', aliases: [], rejects: ['Saville'] }, 'Lord Saville').correct).toBe(false);
    expect(gradeText({ text: 'Widgery', aliases: [], rejects: ['Lord Widgery'] }, 'Widgery').correct).toBe(true);
  });
});

describe('a title with a colon', () => {
  it('keeps "His recent book Green Parrots: A War Surgeon\'s Diary helped …" whole, and still drops a list heading', () => {
    expect(tidy("His recent book Green Parrots: A War Surgeon's Diary helped persuade Italy to abandon the mine.")).toBe("His recent book Green Parrots: A War Surgeon's Diary helped persuade Italy to abandon the mine.");
    expect(tidy('Enhance climate science: The budget invests $2 billion in satellites.')).toBe('The budget invests $2 billion in satellites.');
  });
});

describe('election years', () => {
  it('offers only years four apart for a presidential election ("ran for the Democratic Party presidential nomination in _____")', () => {
    const text = [
      'Andy Martin, a perennial candidate, announced on Sunday that he will seek the Republican nomination for the 2016 election.',
      'Martin previously ran for the Democratic Party presidential nomination in 1988, and later sought other offices.',
      'He filed paperwork with the Federal Election Commission last month.',
    ].join('\n\n');
    const choice = rankedDrafts(text, '2015-08-16').find((d) => d.id.startsWith('when:') && d.prompt.includes('nomination in _____'));
    expect(choice).toBeDefined();
    for (const o of optionTexts(choice)) expect(Math.abs((Number(o) - 1988) % 4)).toBe(0);
  });
});
