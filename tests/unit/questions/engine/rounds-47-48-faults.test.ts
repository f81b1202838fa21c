// Faults first-time judgements named in rounds 47 and 48, on made-up text.
import { describe, expect, it } from 'vitest';
import { famousOfficeNamed } from '@/questions/engine/draft/famous-office';
import { sentenceDrafts } from '@/questions/engine/draft/sentence-drafts';
import { readableEvent } from '@/questions/engine/draft/timeline-drafts';
import { draftContext } from '../../../support/engine-drafts';

describe('rounds 47 and 48', () => {
  it('reads "Jordan Pickford" as a goalkeeper, not the country', () => {
    const ctx = draftContext([
      'Croatia beat England 2–1 in Moscow on Wednesday to reach the World Cup final.',
      'England goalkeeper Jordan Pickford saved a header from Ivan Perišić in the first half.',
      'Croatia will play France in the final on Sunday.',
    ].join('\n\n'), '2018-07-13');
    expect(ctx.places.map((p) => p.name)).not.toContain('Jordan');
  });

  it('keeps one man under two spellings of his first name ("Mikhail" / "Mikheil Saakashvili")', () => {
    const ctx = draftContext([
      'Georgia will hold a snap presidential election on Saturday in which six candidates are challenging incumbent Mikheil Saakashvili, who is accused of rigging the process in his favor.',
      'The election is being held after President Mikhail Saakashvili set the date in response to mass demonstrations.',
      'Opposition leader Levan Gachechiladze said the vote would not be fair.',
    ].join('\n\n'), '2008-01-04');
    expect(ctx.people.filter((p) => p.name.endsWith('Saakashvili'))).toHaveLength(1);
  });

  it('reads "Mayor Ford" as the mayor Jack Ford, not a body, and gives him his words', () => {
    const ctx = draftContext([
      'Toledo Mayor Jack Ford declared a state of emergency on Saturday after riots broke out near a planned rally.',
      'Mayor Ford was puzzled as to why the group chose the area, and said, "It is not a neighborhood where you have a lot of friction in the first place."',
      'Police arrested 65 people during the riot.',
    ].join('\n\n'), '2005-10-16');
    expect(ctx.organisations.map((o) => o.name)).not.toContain('Mayor Ford');
    expect(ctx.quotes.find((q) => q.text.startsWith('It is not'))?.speakerId).toBe('person-jack-ford');
  });

  it('asks no stem opening "For his part,", "The rest of", or hanging on "soon after"', () => {
    const text = [
      'Six candidates are challenging the president in Saturday\'s election, officials in Tbilisi said.',
      'For his part, Mr. Gamkrelidze has promised to double pensions in October.',
      'Two of the 25 crew members held on the tanker Sirius Star are British, the Foreign Office said on Wednesday.',
      'The rest of the 25-man crew are from Croatia (1), Poland (2), the Philippines (19) and Saudi Arabia (1).',
      'Harry Maguire headed over the bar in the 14th minute of the match in Moscow.',
      'Ivan Perišić and Ante Rebić tried to equalise soon after, but were unsuccessful.',
    ].join('\n\n');
    for (const d of sentenceDrafts(draftContext(text, '2008-11-20'))) expect(d.prompt).not.toMatch(/For his part|The rest of|soon after/);
  });

  it('knows "after President _____" in a sentence about Georgia\'s election as general knowledge', () => {
    expect(famousOfficeNamed('The Georgian presidential election is being held less than two months after President ', ' set the date.', 'The Georgian presidential election is being held less than two months after President X set the date.')).toBe(true);
  });
});

describe('days that are no dates, and timeline items the cut date breaks', () => {
  it('reads no date in "its Sunday variants", "the Sunday Telegraph" or "its Sunday sister"', () => {
    const ctx = draftContext([
      'Associated Newspapers are behind The Daily Mail and its online and Sunday variants.',
      'Mirror Group publish The Daily Mirror, its Sunday sister, and The People.',
      'The British newspaper Sunday Telegraph reported the plans on February 12.',
      'Ryanair filed its action in Dublin on Friday.',
    ].join('\n\n'), '2013-08-17');
    expect(ctx.dates.map((d) => d.text)).toEqual(['February 12', 'Friday']);
  });

  it('drops a timeline item whose year left "in to" behind', () => {
    expect(readableEvent('The task force was restructured in to aid in anti-piracy efforts')).toBe(false);
    expect(readableEvent('The task force was restructured to aid in anti-piracy efforts')).toBe(true);
  });
});

describe('yield of short reports', () => {
  it('asks a short count with its verb ("Over 60 demonstrators were arrested.")', () => {
    const ctx = draftContext([
      'A rally by a neo-Nazi group in Toledo, Ohio, on Saturday ended in riots, and the mayor declared a state of emergency.',
      'Police used tear gas to disperse the crowd.',
      'Over 60 demonstrators were arrested.',
    ].join('\n\n'), '2005-10-16');
    expect(sentenceDrafts(ctx).map((d) => d.prompt)).toContain('What number goes in the blank? Over _____ demonstrators were arrested.');
  });
});

describe('a relative opening that gives its own date', () => {
  it('keeps "Just a few weeks earlier, on January 25, 2006, …": the date anchors it', () => {
    const ctx = draftContext([
      'The Sunday Telegraph reported plans for an attack on Iran on February 12, 2006.',
      'Just a few weeks earlier, on January 25, 2006, former UN weapons inspector Hans Blix recommended that the United States give a commitment not to attack Iran.',
      'Iran has denied that its programme has any military purpose.',
    ].join('\n\n'), '2006-02-12');
    expect(sentenceDrafts(ctx).some((d) => d.prompt.includes('Just a few weeks earlier, on'))).toBe(true);
  });
});
