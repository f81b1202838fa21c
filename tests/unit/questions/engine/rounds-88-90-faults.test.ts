// Faults the first-time judges of rounds 88 to 90 named (sixteen Wikinews articles of 2019 and
// 2020), on made-up text.
import { describe, expect, it } from 'vitest';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

describe('a sentence frame the article repeats for other people', () => {
  it('blanks no name in "Trump granted _____ a full and unconditional pardon." said of three people (a wrong key: the others were refused)', () => {
    const drafts = rankedDrafts([
      'President Donald Trump granted clemency to eleven people on Tuesday, the White House said.',
      'Trump granted Angela Stanton a full and unconditional pardon. Stanton was convicted of car theft in 2007.',
      'Trump granted Michael Milken a full and unconditional pardon. Milken was convicted of securities fraud in 1990.',
      'Trump granted Paul Pogue a full and unconditional pardon. Pogue founded a construction company in Texas.',
    ].join('\n\n'), '2020-02-19');
    expect(drafts.filter((d) => d.type === 'cloze' && d.prompt.includes('granted _____ a full'))).toEqual([]);
  });
});

describe('years a sentence orders itself', () => {
  it('swaps no year past another year of the sentence ("Speaker in 2012 and held the post until 2009", as the Pelosi item swapped 2007 for 2012 before "until 2011")', () => {
    const drafts = rankedDrafts([
      'Nancy Pelosi was elected Speaker of the House on Thursday with 220 votes.',
      'Pelosi became the first woman to serve as Speaker of the House in 2007 and held the post until 2009.',
      'Republican Kevin McCarthy received 192 votes in the chamber.',
    ].join('\n\n'), '2019-01-04');
    const about = drafts.filter((d) => d.prompt.includes('held the post until 2009'));
    expect(about.length).toBeGreaterThan(0);
    for (const d of about) {
      const shown = [d.prompt, ...(d.type === 'multiple_choice' ? d.options.map((o) => o.text) : [])].join(' ');
      const years = (shown.match(/\b20\d\d\b/g) ?? []).map(Number).filter((y) => y !== 2009);
      expect(years.filter((y) => y > 2009), d.id).toEqual([]);
    }
  });
});

describe('quotations and their punctuation', () => {
  const text = [
    'Hatice Cengiz, the fiancee of Jamal Khashoggi, spoke at the United Nations on Friday.',
    '"What is so sad for me", Cengiz said, "is not seeing the punishment of the perpetrators. This silence created huge disappointment on my side."',
    'Agnes Callamard, a UN expert, said: "The killing was a deliberate and premeditated execution by the state of Saudi Arabia."',
    'Monica Schoch-Spana, a medical anthropologist, said: "People with a different national background have been accused of spreading germs regardless of what the science may say[.]"',
    'Turkish President Recep Erdogan said: "We will not let this murder be forgotten by the world in the years to come."',
  ].join('\n\n');
  const drafts = rankedDrafts(text, '2019-09-29');

  it('asks no second half of a quotation split by its attribution ("… for me", Cengiz said, "is not seeing …")', () => {
    expect(drafts.filter((d) => /not seeing the punishment/i.test(d.prompt))).toEqual([]);
  });

  it('adds no full stop after the article\'s own "[.]"', () => {
    expect(drafts.filter((d) => d.prompt.includes('[.].'))).toEqual([]);
  });
});

describe('figures and their conversions', () => {
  it('asks no figure whose conversion is written out beside it ("about eight kilometers (five miles)")', () => {
    const drafts = rankedDrafts([
      'A magnitude 5.9 earthquake struck the south of the island on Saturday, officials said.',
      'The United States Geological Survey (USGS) placed the epicenter of the quake about eight kilometers (five miles) southwest of the town of Guanica.',
      'More than 300 homes were damaged and one man was killed, the governor said.',
    ].join('\n\n'), '2020-01-17');
    expect(drafts.filter((d) => d.prompt.includes('(five miles)') && d.type !== 'true_false')).toEqual([]);
  });
});

describe('names of bodies and places', () => {
  it('reads "Virginia-based Symplicity Corporation" as Symplicity Corporation', () => {
    const ctx = draftContext('Friedler, formerly the president of Virginia-based Symplicity Corporation, pled guilty in 2014.', '2020-02-19');
    expect(ctx.organisations.map((o) => o.name)).toEqual(['Symplicity Corporation']);
  });

  it('finds no person "Grateful Dead" in "… Tim Gunn and Grateful Dead drummer Mickey Hart", and keeps "Barack Obama adviser David Axelrod"', () => {
    const guests = draftContext('Guests included such celebrities as fashion designer Tim Gunn and Grateful Dead drummer Mickey Hart.', '2019-01-04');
    expect(guests.people.map((p) => p.name)).toEqual(['Tim Gunn', 'Mickey Hart']);
    const aides = draftContext('Barack Obama adviser David Axelrod said the campaign was over. Obama agreed with him.', '2012-11-07');
    expect(aides.people.map((p) => p.name)).toEqual(['Barack Obama', 'David Axelrod']);
  });

  it('finds no person "Carolina Beaufort" in "the University of South Carolina Beaufort"', () => {
    const ctx = draftContext('Kelly Hay, a professor at the University of South Carolina Beaufort, said: "Our work indicates that local management helps the reef."', '2019-10-05');
    expect(ctx.people.map((p) => p.name)).toEqual(['Kelly Hay']);
  });
});

describe('offices general knowledge fills', () => {
  it('blanks no "because President _____ and …" nor "Crown Prince _____ of Saudi Arabia"', () => {
    const drafts = rankedDrafts([
      'About a quarter of the U.S. federal government is not in operation because President Donald Trump and the previous Congress could not agree on a budget.',
      'The previous day, PBS revealed that in December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder.',
      'Trump met Mohammad bin Salman in June at a summit in Osaka, officials said.',
    ].join('\n\n'), '2019-09-29');
    expect(drafts.filter((d) => d.type === 'cloze' && /President _____ and|Crown Prince _____ of/.test(d.prompt))).toEqual([]);
  });
});

describe('round 90', () => {
  const text = [
    'Wednesday, January 10, 2019',
    'Indonesian cargo ship MV Namse Bangdzod vanished in local waters last month with eleven crew aboard, officials said.',
    'The exact date of disappearance is unclear, with industry publications reporting either December 23 or December 28.',
    'Four Navy ships assisted by aircraft are searching for the ship in the Java Sea.',
    'Wikinews has contacted the Coast Guard seeking to clarify the date of the disappearance and is awaiting a response.',
    'Doug Miller, a shipping analyst, said: "It is a little hard to definitively say what is going on with the ship."',
  ].join('\n\n');
  const ctx = draftContext(text, '2019-01-10');
  const drafts = rankedDrafts(text, '2019-01-10');

  it('reads "MV Namse Bangdzod" as a ship and "Four Navy ships" as the Navy', () => {
    expect(ctx.people.map((p) => p.name)).toEqual(['Doug Miller']);
    expect(ctx.organisations.map((o) => o.name)).toContain('Navy');
    expect(ctx.organisations.map((o) => o.name)).not.toContain('Four Navy');
  });

  it('asks nothing of a sentence about the reporting itself ("Wikinews has contacted …")', () => {
    expect(drafts.filter((d) => d.prompt.includes('Wikinews'))).toEqual([]);
  });

  it('offers no day after the date line for a December day that has passed ("January 27" in an article of January 10)', () => {
    for (const d of drafts.filter((x) => x.prompt.includes('industry publications'))) {
      const shown = [d.prompt, ...(d.type === 'multiple_choice' ? d.options.map((o) => o.text) : [])].join(' ');
      expect(shown, d.id).not.toMatch(/January (?:1[1-9]|2\d|3[01])\b/);
    }
  });

  it('drops the "Also" that leans on the sentence before from "Also on Sunday, …"', () => {
    const asked = rankedDrafts([
      'Turkish forces entered northern Syria on Wednesday, the defence ministry said.',
      'Also on Sunday, the United States announced a complete withdrawal of its troops from the region.',
      'The Syrian Army entered two towns near the border on Monday, according to state media.',
    ].join('\n\n'), '2019-10-15').filter((d) => d.prompt.includes('complete withdrawal'));
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked) expect(d.prompt, d.id).not.toMatch(/\bAlso on Sunday\b/);
  });
});
