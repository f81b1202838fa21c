// Faults the first-time judgements of rounds 33 and 34 found, on made-up text: five wrong keys
// ("hundreds" keyed as 200, three quotations given to the wrong speaker, an organisation fused
// with the next name), people missed, options that break the sentence, and a short article that
// yielded little because its counts, months and roles were not read.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const OFFENSIVE = [
  'Thursday, March 27, 2008',
  'Prime Minister Nouri al-Maliki has been in Kandahar since Monday. "Otherwise, they will face the most severe penalties," Maliki said in a televised statement.',
  'Reports indicate that at least sixty people have been killed and hundreds have been wounded. Agence France-Presse reported that two United States soldiers were killed in the capital. Iraq has asked Syria, Jordan and the United Kingdom for help.',
  'Anthony Kerr, a security analyst at the Center for Strategic and International Studies told Reuters: "The fighting is as much a power struggle as a battle against militias."',
  '"There are ongoing negotiations with the prime minister. Maliki asked to meet our officials," Harith al-Ithari, head of the cleric\'s Kandahar office, told Reuters.',
  'According to political analyst Hazem al-Nuaeimi, the cleric is a thorn in the side of other groups that currently support Maliki. "There is a need to draw the lines before they get any stronger," he said.',
  'US spokesperson Major-General Kevin Bergner said the talks would go on. Defence spokesman Mark Evans said: "We [the British] shall continue to support the Iraqi security forces in all their work."',
].join('\n\n');

const RELEASE = [
  'Sunday, June 28, 2009',
  'According to Amnesty International Ivan Petrov-Fowler, reporter for The Washington Times, was arrested on June 19, and Maziar Bahari of Newsweek was arrested on June 21.',
  'Keyvan Samimi Behbehani, a member of the Center for Human Rights Defenders\' Arbitrary Arrests Committee and editor of a banned periodical, was taken into custody.',
  'Deputy director for the Middle East and North Africa for Amnesty International, Hassiba Hadj Sahraoui, said that the authorities must act. Sahraoui said that "Unless the authorities lift all restrictions, the world will doubt the result."',
  'In an official release put out Friday, the organization said that the authorities were hiding information. "It is shocking that journalists are being detained for their work," the release continued.',
  'Jenny Leong, co-ordinator of Amnesty International in Australia, expressed concern. Amnesty International refers to the journalists as "prisoners of conscience who must be released at once."',
].join('\n\n');

const LETTER = [
  'Tuesday, July 30, 2013',
  'Initial threats of funding cuts were made in June by the Catholic Campaign for Human Development, which requires compliance with Roman Catholic teachings.',
  'Eight Catholic Democrats signed a letter to the Cardinal. Signers included City Clerk Susana Mendoza and Cook County Commissioner John Fritchey.',
  'Twenty-five couples are currently suing the state of Illinois. Jordan\'s news agency identified the officer killed in the bombing as Sharif Ali bin Zaid.',
  'NBC News says Bin Zaid was an intelligence agent. His mission was to meet Ayman al-Zawahiri, al-Qaeda\'s second-in-command. Jarret Brachman, consultant to the US government on terrorism said the attack was planned for months.',
].join('\n\n');

describe('rounds 33 and 34: speakers', () => {
  const quotes = extractFacts(OFFENSIVE, '2008-03-27').quotes;
  const speakerOf = (start: string) => quotes.find((q) => q.text.startsWith(start))?.speaker;

  it('reads a surname without its Arabic article as the same person', () => {
    expect(speakerOf('Otherwise')).toBe('Nouri al-Maliki');
  });

  it('reads the speaker named after a role set off by commas', () => {
    expect(speakerOf('There are ongoing')).toBe('Harith al-Ithari');
  });

  it('gives "he said" to the paragraph\'s source, not to the object of his sentence', () => {
    expect(speakerOf('There is a need')).toBe('Hazem al-Nuaeimi');
  });

  it('never makes a person of an organisation name\'s tail, and reads a role missing its comma', () => {
    const people = extractFacts(OFFENSIVE, '2008-03-27').people;
    expect(people.map((p) => p.name)).not.toContain('International Studies');
    expect(speakerOf('The fighting')).toBe('Anthony Kerr');
    expect(people.find((p) => p.name === 'Kevin Bergner')).toBeDefined();
  });

  it('gives quotations to an organisation that "refers to" or whose release "continued"', () => {
    const q = extractFacts(RELEASE, '2009-06-28').quotes;
    expect(q.find((x) => x.text.startsWith('prisoners'))?.speaker).toBe('Amnesty International');
    expect(q.find((x) => x.text.startsWith('Unless'))?.speaker).toBe('Hassiba Hadj Sahraoui');
  });
});

describe('rounds 33 and 34: people', () => {
  const release = extractFacts(RELEASE, '2009-06-28').people;
  const letter = extractFacts(LETTER, '2013-07-30').people;
  const names = [...release, ...letter].map((p) => p.name);

  it('splits a known organisation off the name that follows it without a comma', () => {
    expect(names).toContain('Ivan Petrov-Fowler');
    expect(names.some((n) => n.startsWith('Amnesty'))).toBe(false);
  });

  it('finds people by "of <outlet> was arrested", a long appositive, "Role, Name, said", and city titles', () => {
    expect(names).toEqual(expect.arrayContaining(['Maziar Bahari', 'Keyvan Samimi Behbehani', 'Hassiba Hadj Sahraoui', 'Susana Mendoza', 'Ayman al-Zawahiri', 'Jarret Brachman']));
    expect(release.find((p) => p.name === 'Jenny Leong')?.roles[0]).toMatch(/^co-ordinator/);
    expect(letter.find((p) => p.name === 'Jarret Brachman')?.roles).toEqual(['consultant to the US government on terrorism']);
  });

  it('keeps a full name beside its shorter cued form, and no faith as a person', () => {
    expect(names).toContain('Sharif Ali bin Zaid');
    expect(names).not.toContain('Bin Zaid');
    expect(names).not.toContain('Roman Catholic');
  });
});

describe('rounds 33 and 34: drafts', () => {
  const offensive = rankedDrafts(OFFENSIVE, '2008-03-27');
  const release = rankedDrafts(RELEASE, '2009-06-28');
  const letter = rankedDrafts(LETTER, '2013-07-30');

  it('never asks "hundreds" or "dozens" as a number', () => {
    expect(offensive.some((d) => (d.type === 'numeric' || d.type === 'multiple_choice') && d.prompt.includes('_____ have been wounded'))).toBe(false);
  });

  it('swaps in a place used as a modifier without "the"', () => {
    expect(offensive.some((d) => d.type === 'true_false' && /two the /.test(d.prompt))).toBe(false);
  });

  it('never asks who said words whose editor\'s note names the side', () => {
    expect(extractFacts(OFFENSIVE, '2008-03-27').quotes.find((q) => q.text.startsWith('We [the British]'))?.speaker).toBe('Mark Evans');
    expect(offensive.some((d) => (d.type === 'who_said_it' || d.type === 'true_false') && d.prompt.includes('[the British]'))).toBe(false);
  });

  it('shows no sentence that fuses an organisation with the next name', () => {
    expect(release.some((d) => d.prompt.includes('Amnesty International Ivan') || d.prompt.includes('Amnesty International _____'))).toBe(false);
  });

  it('reads counts in words at a sentence\'s start and a month alone as facts to ask', () => {
    const facts = extractFacts(LETTER, '2013-07-30');
    expect(facts.numbers.map((n) => n.value)).toEqual(expect.arrayContaining([8, 25]));
    expect(facts.dates.find((d) => d.text === 'June')?.resolved).toBe('2013-06');
    const month = letter.find((d) => d.type === 'multiple_choice' && d.prompt.includes('made in _____'));
    expect(optionTexts(month)).toContain('June');
    // A story of July: no later month is offered for what has happened.
    expect(optionTexts(month).filter((o) => ['August', 'September', 'October', 'November', 'December'].includes(o))).toEqual([]);
  });
});
