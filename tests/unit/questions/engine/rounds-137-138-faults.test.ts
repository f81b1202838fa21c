// Faults the first-time judges of rounds 137 and 138 named (six NASA releases, six Wikinews
// reports), on made-up text: "who is the Lawyer?" offering the prosecutor; "Executive Engineers
// Carlton Kemper" and "the Glenn Hall of Fame" read as people; "Maj. Gen." cut in two; a footnote
// marker copied; statements leaning on "…, as well" and "the 13"; a profile's stock sentiments.
import { describe, expect, it } from 'vitest';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { leansOnContext } from '@/questions/engine/draft/true-false-drafts';
import { prepareArticle } from '@/questions/engine/prepare-article';
import { spellingSlips } from '@/questions/engine/extract/spelling-slips';
import { splitSentences } from '@/questions/sentences';
import { draftContext, optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const peopleOf = (text: string) => draftContext(text).people.map((p) => p.name);

describe('who holds a role', () => {
  it('reads a bare "Lawyer" as overlapping a prosecutor or counsel, but not two kinds of lawyer', () => {
    expect(overlappingRoles('Lawyer', 'Prosecutor')).toBe(true);
    expect(overlappingRoles('Crown prosecutor', 'Lawyer')).toBe(true);
    expect(overlappingRoles('Defence counsel', 'Attorney')).toBe(true);
    expect(overlappingRoles('Defence lawyer', 'Prosecutor')).toBe(false);
  });

  it('never offers the prosecutor for "who is the Lawyer?", nor "Lawyer" for the prosecutor’s role', () => {
    const text = [
      'An appeal court in Melbourne quashed the terrorism convictions of Jack Thomas on Friday.',
      'Lawyer Rob Stary said Thomas wanted to thank his legal team.',
      'Prosecutor Nick Robinson is calling for a retrial based on a television interview.',
      'Liberty Victoria president Brian Walters welcomed the decision.',
      'Thomas\'s father, Les Thomas, said the family was relieved.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2006-08-18');
    for (const d of drafts.filter((x) => x.id === 'who-role:person-rob-stary')) expect(optionTexts(d)).not.toContain('Nick Robinson');
    for (const d of drafts.filter((x) => x.id === 'role-of:person-nick-robinson')) expect(optionTexts(d)).not.toContain('Lawyer');
    for (const d of drafts.filter((x) => x.id === 'role-of:person-rob-stary')) expect(optionTexts(d)).not.toContain('Prosecutor');
  });
});

describe('names', () => {
  it('reads a title of several with its rank as no part of the first name ("Executive Engineers Carlton Kemper and …")', () => {
    expect(peopleOf('Sharp was assisted by Executive Engineers Carlton Kemper and Addison Rothrock at the laboratory.')).toEqual(['Carlton Kemper', 'Addison Rothrock']);
  });

  it('reads a hall of fame as no person ("the Glenn Hall of Fame")', () => {
    expect(peopleOf('The center honours its inductees into the Glenn Hall of Fame every spring, Abe Silverstein said.')).toEqual(['Abe Silverstein']);
  });
});

describe('the text as the engine reads it', () => {
  it('ends no sentence at a rank ("Maj. Gen. Shaukat Sultan")', () => {
    expect(splitSentences('Army spokesman Maj. Gen. Shaukat Sultan said the toll would rise. Rescue teams arrived.').map((s) => s.text)).toEqual(['Army spokesman Maj. Gen. Shaukat Sultan said the toll would rise.', 'Rescue teams arrived.']);
  });

  it('drops a footnote marker ("… the relief effort[1].") but keeps words in square brackets', () => {
    const prepared = prepareArticle('Aid agencies appealed for donations to the relief effort[1]. He said they had asked [the government] for more help and that the toll was rising fast.');
    expect(prepared.ok && prepared.text).toBe('Aid agencies appealed for donations to the relief effort. He said they had asked [the government] for more help and that the toll was rising fast.');
  });
});

describe('statements', () => {
  it('reads "…, as well." and "the 13 were …" as leaning on the sentence before', () => {
    expect(leansOnContext('Koralla’s involvement in the planning created other opportunities, as well.')).toBe(true);
    expect(leansOnContext('Thomas said the 13 were victims of a government scare campaign.')).toBe(true);
    expect(leansOnContext('The 13 men were arrested in Sydney and Melbourne on Tuesday.')).toBe(false);
  });

  it('states no stock sentiment of a profile’s subject ("Koralla points to the uniting power of food")', () => {
    const text = [
      'Hemanth Koralla, a software engineer at NASA Johnson, helped plan the center’s first Diwali celebration in 2023.',
      'Koralla grew up in Hyderabad, India, and joined NASA in 2019.',
      'The celebration drew more than 300 employees to the center’s main cafeteria.',
      'Dancers from three local schools performed during the lunch hour.',
      'Koralla points to the uniting power of food.',
      'Koralla appreciates being part of a team that values the sharing of experiences.',
      'Koralla wrote the software that controls the station’s docking lights.',
      'Koralla said the celebration would become an annual event at the center.',
    ].join('\n\n');
    const tf = rankedDrafts(text).filter((d) => d.type === 'true_false');
    expect(tf.filter((d) => /points to|appreciates/.test(d.prompt)).map((d) => d.prompt)).toEqual([]);
    expect(tf.filter((d) => /wrote the software/.test(d.prompt)).length).toBe(1);
  });
});

describe('spelling slips', () => {
  it('reads a plural as no slip ("Moon Tree" beside "Moon Trees"), so statements naming them stay', () => {
    const text = [
      'NASA has selected organizations across the country to receive Moon Tree seedlings that flew around the Moon on Artemis I.',
      'The Artemis I Moon Trees journeyed 270,000 miles from Earth aboard the Orion spacecraft.',
      'The original Moon Trees were flown by astronaut Stuart Roosa during Apollo 14.',
      'Moon Tree recipients will be invited to quarterly virtual gatherings beginning in summer 2024.',
    ].join('\n\n');
    expect([...spellingSlips(draftContext(text))]).toEqual([]);
  });
});
