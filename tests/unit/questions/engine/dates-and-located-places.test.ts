// Faults the stored first-time verdicts of rounds 119 to 126 show in more than one article, on
// made-up text: a place swapped beside the named site or body it locates ("Kennedy Space Center in
// California", 12 of 15 such swaps failed), a month offered after the date line, a World Cup year
// off the four-year cycle, a year counted back from "28 years ago", and a year that names a law or
// an operation asked as a date.
import { describe, expect, it } from 'vitest';
import { dateDistractors } from '@/questions/engine/draft/sentence-drafts';
import { optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const statements = (text: string, date: string | null) => rankedDrafts(text, date).filter((d) => d.type === 'true_false').map((d) => d.prompt);

describe('true-or-false place swaps', () => {
  const text = [
    'Engineers at NASA’s Jet Propulsion Laboratory in Southern California finished testing the three CADRE rovers on Tuesday, project manager Subha Comandur said.',
    'Next, the hardware will ship to Intuitive Machines in Houston for installation on a lander that will launch from NASA’s Kennedy Space Center in Florida.',
    'Clemson University in South Carolina contributed research in support of the project, and students in Texas tested the software.',
    'Comandur said the team in Florida would watch the launch.',
  ].join('\n\n');

  it('never moves a named site or body to another place ("Kennedy Space Center in California")', () => {
    const all = statements(text, '2024-03-01');
    expect(all.some((s) => s.includes('Kennedy Space Center in Florida') || s.includes('Clemson University in South Carolina'))).toBe(true);
    expect(all.filter((s) => /(?:Kennedy Space Center|Clemson University) in (?!Florida|South Carolina)/.test(s))).toEqual([]);
  });

  it('still moves a person ("President Emmanuel Macron in Paris")', () => {
    const story = [
      'Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday to discuss the budget, officials said.',
      'German Finance Minister Christian Lindner in Berlin told reporters on Tuesday that taxes would not rise this year.',
      'Macron will travel to Rome and Madrid next week.',
    ].join('\n\n');
    const swapped = rankedDrafts(story, '2024-06-19').filter((d) => d.id.startsWith('tf-false:')).map((d) => d.prompt);
    expect(swapped.some((s) => /Emmanuel Macron in (?!Paris)/.test(s)), swapped.join('\n')).toBe(true);
  });
});

describe('date options', () => {
  it('offers no month after the date line for a month that has passed ("June 2006" in an April 2006 story)', () => {
    const wrong = dateDistractors('June 2003', ['June 2003'], 'k', '2006-04-15');
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(Number(w.slice(-4)) < 2006 || ['January', 'February', 'March', 'April'].some((m) => w.startsWith(m)), w).toBe(true);
  });

  it('keeps later months of the date line’s own month and year for what is still to come', () => {
    expect(dateDistractors('April 2006', ['April 2006'], 'k', '2006-04-15').some((w) => /^(?:May|June|July|August|September|October|November|December) 2006$/.test(w))).toBe(true);
  });

  const worldCup = [
    'Thursday, October 12, 2017',
    'Dutch captain Arjen Robben retired from international football on Tuesday after the Netherlands failed to qualify for the World Cup.',
    'Robben has featured in the FIFA World Cup tournaments of 2006, 2010 and 2014, scoring 37 goals for his country.',
    'Egypt previously featured in the World Cup 28 years ago in 1990, coach Hector Cuper said.',
  ].join('\n\n');

  it('keeps a World Cup year’s options on its four-year cycle', () => {
    const drafts = rankedDrafts(worldCup, '2017-10-12');
    const asked = drafts.filter((d) => d.id.startsWith('when:') && d.prompt.includes('tournaments of'));
    for (const d of asked) for (const o of optionTexts(d)) expect((Number(o) - 2006) % 4, `${d.prompt}: ${o}`).toBe(0);
    // A statement that swaps the year keeps it on the cycle too.
    const swapped = drafts.filter((d) => d.id.startsWith('tf-false:') && d.prompt.includes('tournaments of') && !d.prompt.includes('of 2006,')).map((d) => /tournaments of (\d{4})/.exec(d.prompt)?.[1]);
    for (const y of swapped) expect((Number(y) - 2006) % 4, y).toBe(0);
  });

  it('asks no year that "28 years ago" gives away', () => {
    const drafts = rankedDrafts(worldCup, '2017-10-12');
    expect(drafts.filter((d) => d.prompt.includes('28 years ago') && (d.id.startsWith('when:') || (d.id.startsWith('tf-false:') && !d.prompt.includes('in 1990')))).map((d) => d.prompt)).toEqual([]);
  });

  it('asks no year that names a law or an operation ("the Companies Ordinance of 1984", "2008’s Operation Centurion")', () => {
    const text = [
      'Wednesday, December 14, 2016',
      'Pakistan International Airlines named Muhammad Azam Saigol as its chairman on Tuesday, the airline said.',
      'The company said it needed a chair since changing its structure under provisions in the Companies Ordinance of 1984.',
      'Police in Sydney arrested 22 men last week, including 13 people who were part of 2008’s Operation Centurion, officer Andrew Colvin said.',
    ].join('\n\n');
    // (A statement may swap another number of the sentence, never the year.)
    const asked = rankedDrafts(text, '2016-12-14').filter((d) => d.id.startsWith('when:') || d.id.startsWith('tf-false:')).filter((d) => /Ordinance of _|Ordinance of (?!1984)|_____’s Operation|\d{4}’s Operation/.test(d.prompt) && !d.prompt.includes('2008’s Operation'));
    expect(asked.map((d) => d.prompt)).toEqual([]);
  });
});
