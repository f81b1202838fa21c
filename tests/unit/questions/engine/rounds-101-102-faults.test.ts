// Faults the first-time judges of rounds 101 and 102 named (twelve more Wikinews articles of the
// fourth source), on made-up text.
import { describe, expect, it } from 'vitest';
import { copiesGrammarSlip } from '@/questions/engine/draft/grammar-slips';
import { numberDistractors, statedBounds } from '@/questions/engine/draft/sentence-drafts';
import { extractFacts } from '@/questions/engine/extract-facts';
import { draftContext, freshArticle, optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const speakerOf = (text: string, words: string) => extractFacts(text, null).quotes.find((q) => q.text.includes(words))?.speaker;
const peopleIn = (text: string) => draftContext(text).people.map((p) => p.name);

describe('who said it', () => {
  it('gives a quotation after "He … said he does not regret meeting X" to him, not to X', () => {
    const text = [
      'David Tchappat, a former member of a religious group, appeared on Big Brother in May.',
      'Tchappat left the group in 2001.',
      'He was also interviewed by ninemsn on Tuesday, and said he does not regret meeting Kevin Rudd on national television. "I\'m an example of how you can go out and be successful. You can always go back if you don\'t like it." Former members were inspired by his comments.',
    ].join('\n\n');
    expect(speakerOf(text, "I'm an example")).toBe('David Tchappat');
  });
});

describe('names that are no people', () => {
  it('reads no person in "the Raven-Taylor-Hales Brethren", "reporters in Adelaide", "Australian Transaction Reports and Analysis Centre" or "Civic Platform"', () => {
    const names = peopleIn(
      [
        'Kevin Rudd called the Raven-Taylor-Hales Brethren a cult, speaking to reporters in Adelaide on Monday.',
        'He asked the Australian Transaction Reports and Analysis Centre to look into the group.',
        'The new president belongs to Civic Platform, the opposition party.',
      ].join('\n\n'),
    );
    expect(names).toEqual(['Kevin Rudd']);
  });

  it('takes "Ex-member" as no part of the name "Ex-member Peter Flinn"', () => {
    expect(peopleIn('Ex-member Peter Flinn, who wrote the letter, was disappointed by the response.')).toEqual(['Peter Flinn']);
  });
});

describe('a university called by its town', () => {
  it('takes "Cambridge" and "Oxford" as the universities\' names where the story calls the crews so', () => {
    // On the article itself: its other sentences ("Goldie (Cambridge) beat Isis (Oxford)") kept the alias out.
    const { text, date } = freshArticle('wikinews-cambridge-wins-153rd-boat-race-2007');
    const orgs = draftContext(text, date).organisations;
    for (const [name, town] of [['Cambridge University', 'Cambridge'], ['Oxford University', 'Oxford']] as const) expect(orgs.find((o) => o.name === name)?.aliases).toContain(town);
  });

  it('takes no town for an alias where the story speaks of the town as a place ("in Oxford")', () => {
    const orgs = draftContext('Oxford University opened a new library on Monday. Police in Oxford closed two roads for the ceremony.').organisations;
    expect(orgs.find((o) => o.name === 'Oxford University')?.aliases ?? []).not.toContain('Oxford');
  });
});

describe('figures the sentence bounds', () => {
  it('keeps a part within its whole and a later figure below the one it was reduced from', () => {
    expect(statedBounds('Officials said ', ' of the 166 onboard had died.')).toEqual({ below: 167, above: null });
    expect(statedBounds('Officials have identified 146 of the ', ' bodies.')).toEqual({ below: null, above: 145 });
    expect(statedBounds('At the height of the fire, 1,700 firefighters were battling the flames, although it has been reduced to around ', ' personnel.')).toEqual({ below: 1700, above: null });
    expect(statedBounds('At the height of the fire, ', ' firefighters were battling the flames, although it has been reduced to around 1,350 personnel.')).toEqual({ below: null, above: 1350 });
    expect(statedBounds('Overall, Cambridge lead Oxford by ', ' wins to 73.')).toEqual({ below: null, above: 73 });
    expect(statedBounds('Overall, Cambridge lead Oxford by 79 wins to ', '.')).toEqual({ below: 79, above: null });
  });

  it('offers no option the stem rules out ("240 of the 166 onboard", "146 of the _____ bodies")', () => {
    const { text, date } = freshArticle('wikinews-air-india-mangalore-black-boxes-2010');
    const choices = rankedDrafts(text, date).filter((d) => d.id.startsWith('how-many:') && /_____ of the 166|146 of the _____/.test(d.prompt));
    for (const d of choices) {
      const key = /_____ of the 166/.test(d.prompt);
      for (const o of optionTexts(d)) expect(key ? Number(o.replace(/,/g, '')) <= 166 : Number(o.replace(/,/g, '')) > 146).toBe(true);
    }
  });

  it('gives an exact figure options as exact, and none a plain half or double of it ("13,980 acres")', () => {
    const wrong = numberDistractors(13980, [], 'acres');
    expect(wrong).toHaveLength(3);
    for (const w of wrong) {
      expect(String(w).replace(/0+$/, '').length).toBeGreaterThanOrEqual(3);
      expect([0.5, 2, 1.5, 0.75, 1.25].map((f) => 13980 * f)).not.toContain(w);
    }
    // A round figure keeps round options.
    for (const w of numberDistractors(14000, [], 'acres')) expect(w % 100).toBe(0);
  });

  it('asks no seconds of a time given in minutes and seconds ("17 minutes and _____ seconds")', () => {
    const drafts = rankedDrafts('Cambridge won the Boat Race on Saturday with a time of 17 minutes and 49 seconds.\n\nOxford finished with a time of 18 minutes and 2 seconds, their worst in years.');
    expect(drafts.filter((d) => /minutes and _____ seconds/.test(d.prompt)).map((d) => d.id)).toEqual([]);
    expect(drafts.some((d) => /_____ minutes and 49 seconds/.test(d.prompt))).toBe(true);
  });

  it('reads "the 1851 and 1868 treaties" as years, and "a survey of 1709 schoolchildren" as a count', () => {
    const numbers = (text: string) => extractFacts(text, null).numbers.map((n) => n.value);
    expect(numbers('Hand said the United States is not honoring the 1851 and 1868 treaties with the Lakota.')).not.toContain(1868);
    expect(numbers('A survey of 1709 schoolchildren was carried out in five states.')).toContain(1709);
  });
});

describe('place options that fit the sentence', () => {
  it('offers no name that takes "the" after "central" or "his native" ("central the United States")', () => {
    const text = [
      'The Maharishi, founder of the Transcendental Meditation movement, died at his home in the Netherlands on Tuesday.',
      'He spent his early life in central India, studying physics before turning to meditation.',
      'He later moved to the United States, and then to Switzerland, and in 1990 to the Netherlands.',
      'Professor Ghosh said the Maharishi was one among many gurus in his native India.',
    ].join('\n\n');
    for (const d of rankedDrafts(text).filter((x) => /(?:central|his native) _____/.test(x.prompt))) for (const o of optionTexts(d)) expect(o).not.toMatch(/^the\s/i);
  });
});

describe('stems that are someone else’s words', () => {
  it('asks nothing of a sentence that is all quotation, with no one to say whose ("So he took off for a while [in India] …")', () => {
    // (A guard as much as a fault: once the place rule above kept "the United States" out of
    // "central _____", the article's place choice moved to this quoted sentence.)
    const { text, date } = freshArticle('wikinews-maharishi-mahesh-yogi-dies-2008');
    expect(rankedDrafts(text, date).filter((d) => d.prompt.includes('took off for a while')).map((d) => d.id)).toEqual([]);
  });
});

describe('stems that lean on the sentences before', () => {
  it('asks nothing of "A different kind of …", "… of a different type" or "The next hearing …", and drops a ", though,"', () => {
    const text = [
      'Voters in several states reported automated calls that gave them the wrong polling place on Tuesday.',
      'A different kind of "robocall" was reported in Iowa, where three candidates said they had been targeted.',
      'A voting problem of a different type was reported in Kentucky.',
      'The city sued the owner of the Hotel Lenox in June, and residents sought a restraining order against a developer.',
      'The next hearing is scheduled for September 2.',
      'Elder Hand said the council would meet in January. Hand went on to explain, though, that the council was planning to reconsider its arrangement with the government.',
    ].join('\n\n');
    const drafts = rankedDrafts(text, '2006-11-08');
    expect(drafts.filter((d) => /different (?:kind|type)|The next hearing/.test(d.prompt)).map((d) => d.id)).toEqual([]);
    expect(drafts.filter((d) => /explain, though,/.test(d.prompt)).map((d) => d.id)).toEqual([]);
  });
});

describe('copied slips', () => {
  it('finds two speech verbs for one saying ("told Australia\'s ABC News said that …"), not a plain "told … that"', () => {
    expect(copiesGrammarSlip("Greens spokeswoman Christine Milne told Australia's ABC News said that the children should come first.")).toBe(true);
    expect(copiesGrammarSlip('Milne told ABC News that the children should come first, she said.')).toBe(false);
  });
});
