// Faults the first-time judges of rounds 113 and 114 named (six more MEANTIME Wikinews articles on
// Apple and carmakers, six more NASA releases), on made-up text.
import { describe, expect, it } from 'vitest';
import { describedAtBlank } from '@/questions/engine/draft/famous-person';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const names = (text: string) => draftContext(text, '2011-06-07').people.map((p) => p.name);

describe('names', () => {
  it('reads no software, firm or instrument as a person ("Mac OS X Lion", "According to Apple", "Composition Explorer")', () => {
    const text = [
      'Apple CEO Steve Jobs introduced Mac OS X Lion at the conference on Monday.',
      'Apple unveiled Lion, the new version of their Mac OS X operating system for desktop and laptop computers.',
      'According to Apple, the update adds over 250 new features to the OS.',
      'The burst was studied by NICER (Neutron Star Interior Composition Explorer) on the space station, said astronomer Chin-Ping Hu.',
    ].join('\n\n');
    expect(names(text)).toEqual(['Steve Jobs', 'Chin-Ping Hu']);
  });

  it('keeps an initial written without a stop ("K Szyszkowski")', () => {
    expect(names('"The individual had a package under his jacket," said police spokesman K Szyszkowski on Friday.')).toEqual(['K Szyszkowski']);
  });
});

describe('what the stem gives away', () => {
  it('reads an office of something after the blank as a description ("_____, founder of Apple")', () => {
    expect(describedAtBlank('', ', founder of Apple, has chosen to step down.')).toBe(true);
    expect(describedAtBlank('', ', who stepped down in August, will stay on.')).toBe(true);
    expect(describedAtBlank('', ' said the plan would work.')).toBe(false);
  });

  it('asks nobody who said words that name the speaker\'s own office ("my duties … as Apple\'s C.E.O.")', () => {
    const text = [
      'Steve Jobs has resigned as chief executive of Apple, the company said on Wednesday.',
      'In a letter, Jobs wrote: "I have always said if there ever came a day when I could no longer meet my duties and expectations as Apple\'s C.E.O., I would be the first to let you know."',
      'Analyst Richard Doherty said: "Apple will be fine, because the team he built knows how to hold off on a product until it is perfect."',
      'Professor Charles O\'Reilly said: "The company has a deep bench of leaders who have worked with him for many years."',
      'Chairman Art Levinson said: "The board has complete confidence that Tim Cook is the right person to be our next chief executive."',
    ].join('\n\n');
    expect(rankedDrafts(text, '2011-08-25').filter((d) => d.type !== 'true_false' && d.prompt.includes('my duties and expectations')).map((d) => d.id)).toEqual([]);
  });

  it('blanks no name whose e-mail address the stem keeps ("… with _____ at joel.w.wallace@nasa.gov")', () => {
    const text = 'Media must confirm their attendance by Monday with Joel Wallace in Marshall’s Office of Communications at joel.w.wallace@nasa.gov or 256-544-0034.\n\nAstronaut Loral O’Hara spent 204 days in space, NASA said on Tuesday.';
    expect(rankedDrafts(text, '2024-05-10').filter((d) => d.id.endsWith('person-joel-wallace')).map((d) => d.prompt)).toEqual([]);
  });
});

describe('figures', () => {
  it('asks no minutes of a duration ("six hours, 42 minutes") and no "365 days a year"', () => {
    const text = [
      'Astronaut Loral O’Hara completed one spacewalk totaling six hours, 42 minutes, NASA said on Tuesday.',
      'The operations center coordinates science experiments aboard the space station 365 days a year, 24 hours a day, the agency said.',
      'O’Hara completed 204 days in space and 3,264 orbits of the Earth during her mission, NASA said.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2024-05-10');
    expect(drafts.some((d) => d.prompt.includes('204') || d.prompt.includes('3,264') || /_____ (?:days|orbits)/.test(d.prompt))).toBe(true);
    expect(drafts.filter((d) => /hours, (?:_____|\d+) minutes/.test(d.prompt) && !d.prompt.includes('42 minutes')).map((d) => d.prompt)).toEqual([]);
    expect(drafts.filter((d) => /(?:_____|\d+) days a year|(?:_____|\d+) hours a day/.test(d.prompt) && !/365 days a year, 24 hours a day/.test(d.prompt)).map((d) => d.prompt)).toEqual([]);
  });
});
