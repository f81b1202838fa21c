// Options a reader would not believe, and sentences left unasked though they read on their own
// (faults named by round 9's judgement), on made-up text: a religious leader or a victim's father
// offered as a referendum officer, a foreign leader in a national vote, a year after the story's
// own date for a past event, a year the sentence gives away, a man's pronouns overruled by a
// name lexicon, and "In 2013, he joined …" left unasked.
import { describe, expect, it } from 'vitest';
import { domainsMatch, roleDomain } from '@/questions/engine/lexicon/role-domains';
import { personGender } from '@/questions/engine/draft/distractors';
import { resolveReferences, subjectPronoun } from '@/questions/engine/draft/dangling';
import { dateDistractors, yearFromRest } from '@/questions/engine/draft/sentence-drafts';
import { generateDrafts } from '@/questions/engine/generate-drafts';
import { draftContext, optionTexts } from '../../../support/engine-drafts';

const VOTE = [
  'Monday, June 3, 2019',
  'Referendum officer Ciaran Walsh announced on Sunday that 61% of voters in Ireland backed the change.',
  'Irish Prime Minister Sean Byrne called it "a day the people of Ireland will remember for a long time".',
  'Campaigner Niamh Doyle, an organiser of the Yes side in Ireland, said the result "belongs to every woman who had to travel abroad".',
  'Activist Orla Keane, who led the No campaign in Ireland, said: "We will keep working to change the law back in Ireland."',
  "Murphy's father Tomas Murphy told reporters: \"My daughter would still be alive if this law had been different.\"",
  'Pope Benedict once described the practice as a grave sin.',
  'Canadian Prime Minister Paul Leclerc congratulated Byrne on Twitter.',
].join('\n\n');

const context = draftContext;

describe('the sphere a role belongs to', () => {
  it('sorts roles into spheres whose holders could stand in for each other', () => {
    expect(roleDomain('referendum officer')).toBe('government');
    expect(roleDomain('Secretary General of the SCA')).toBe('government');
    expect(roleDomain('Pope')).toBe('faith');
    expect(roleDomain("Halappanavar's father")).toBe('private');
    expect(roleDomain('anti-abortion activist')).toBe('activism');
    expect(roleDomain('Formula One driver')).toBe('sport');
    expect(roleDomain('General')).toBe('military');
    expect(domainsMatch('government', 'activism')).toBe(true);
    expect(domainsMatch('government', 'faith')).toBe(false);
    expect(domainsMatch('government', 'private')).toBe(false);
  });
});

describe('people offered as options', () => {
  const result = generateDrafts(VOTE, { publishedOn: '2019-06-03' });
  if (!result.ok) throw new Error(result.reason);
  const options = (id: string) => {
    const d = result.drafts.find((x) => x.id === id);
    return d ? optionTexts(d) : null;
  };

  it('reads "X\'s father Tomas Murphy" as a relationship', () => {
    expect(result.facts.people.find((p) => p.name === 'Tomas Murphy')?.roles).toContain("Murphy's father");
  });

  it('offers neither a pope, a victim\'s father nor a foreign leader for a referendum officer', () => {
    const who = options('who-role:person-ciaran-walsh');
    expect(who).not.toBeNull();
    expect(who).toContain('Ciaran Walsh');
    for (const stranger of ['Benedict', 'Pope Benedict', 'Tomas Murphy', 'Paul Leclerc']) expect(who).not.toContain(stranger);
  });

  it('asks nobody to pick out the Pope from politicians and campaigners', () => {
    expect(result.drafts.map((d) => d.id)).not.toContain('who-role:person-benedict');
    const roleOf = options('role-of:person-ciaran-walsh');
    if (roleOf) expect(roleOf).not.toContain('Pope');
  });
});

describe('dates a reader would rule out', () => {
  it('offers no year after the story for a past event, and keeps three options', () => {
    const wrong = dateDistractors('2012', ['2012'], 'k', '2015-07-19');
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(Number(w)).toBeLessThanOrEqual(2015);
    // Without a publication date, or for a date after it, later years stay possible.
    expect(dateDistractors('2012', ['2012'], 'k').some((w) => Number(w) > 2015)).toBe(true);
    expect(dateDistractors('2020', ['2020'], 'k', '2015-07-19').some((w) => Number(w) > 2015)).toBe(true);
  });

  it('offers no day a month does not have ("September 31", round 32)', () => {
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const wrong = dateDistractors('October 31', ['October 31'], key);
      expect(wrong).not.toContain('September 31');
      expect(wrong).not.toContain('November 31');
      expect(wrong).toHaveLength(3);
    }
  });

  it('asks no year that "the following year, at the 2014 …" gives away', () => {
    expect(yearFromRest('In 2013, he joined the team; the following year, at the 2014 Grand Prix, he scored.', '2013')).toBe(true);
    expect(yearFromRest('In 2013, he joined the team and scored at the 2014 Grand Prix.', '2013')).toBe(false);
  });
});

describe('a man named Jules', () => {
  const RACE = [
    'Racing driver Jules Marchand died on Friday at age 25.',
    'Marchand was the first member of the team academy, where he won twice. He joined the Force team in 2012. In 2013, he joined the Rossi team, where his results improved.',
  ].join('\n\n');
  const ctx = context(RACE, '2015-07-19');
  const jules = ctx.people.find((p) => p.name === 'Jules Marchand')!;

  it('is a man when the article says "he", whatever a name list guesses', () => {
    expect(personGender(ctx, jules)).toBe('male');
  });

  it('resolves a "he" after an opening phrase, so the sentence can be asked', () => {
    expect(subjectPronoun('In 2013, he joined the Rossi team.')).toEqual({ at: 9, pronoun: 'he' });
    expect(subjectPronoun('In 2013, He joined')).toBeNull();
    expect(subjectPronoun('When the race in Monaco ended after a long and difficult day, he left.')).toBeNull();
    const index = ctx.sentences.findIndex((s) => s.text.startsWith('In 2013'));
    expect(resolveReferences(ctx, ctx.sentences[index]!.text, index)).toBe('In 2013, Marchand joined the Rossi team, where his results improved.');
    const result = generateDrafts(RACE, { publishedOn: '2015-07-19' });
    if (!result.ok) throw new Error(result.reason);
    const prompts = result.drafts.map((d) => d.prompt);
    expect(prompts.some((p) => p.includes('Marchand joined the Force team in _____'))).toBe(true);
  });
});
