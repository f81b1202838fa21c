// Faults the first-time judgements of rounds 35 and 36 found, on made-up text. All eight wrong keys
// were speakers: a person never read ("was Max Peberdy, who worked for …"), a listener or an object
// taken for "she", a president named by his title only, one man split by an honorific. A speaker
// that is only guessed is now never asked.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const FAMINE = [
  'Friday, March 5, 2010',
  'The money was given to rebel leaders, including chairman Meles Zenawi. Zenawi has not commented on the allegations.',
  'One such aid worker that brought the grain was Max Peberdy, who worked for the charity Christian Aid. Peberdy disputes the claims, saying, "As far as we were concerned, the people we dealt with were genuine traders."',
  'However, an exiled rebel commander who lives in the Netherlands, Aregawi Berhe, is backing the story. Berhe said, "The aid workers were fooled by the traders."',
  'The charity Christian Aid issued a statement saying, "There are allegations in the story which are against all of our principles." Nick Guttmann, who is director of emergency relief operations for the charity, called the report unfair.',
  'Since the countryside was out of the government\'s control, aid was brought in from neighboring Sudan. NASA Administrator Bill Nelson was not involved.',
].join('\n\n');

const EXILE = [
  'Thursday, April 5, 2012',
  'Fatma Neslisah Osmanoglu, the last Ottoman royal, died on Monday at the age of 91.',
  'In 1940, she married Prince Abdel Moneim of Egypt. She was briefly under arrest with her husband, when he was accused of conspiring against Gamal Abdel Nasser.',
  'As an exile in France, she longed to return to Istanbul. She told a biographer, Murat Bardakci, "My mother had friends who would go to Istanbul. I would ask them to bring me soil."',
  'Her grandfather Sultan Vahdettin was the last Ottoman Emperor. Her father Abdulmecid II was the last Ottoman Caliph, and Ilber Ortayli, a historian, was her friend.',
].join('\n\n');

const MERGER = [
  'Saturday, June 2, 2018',
  'President Mamnoon Hussain signed the bill on Thursday. Since Pakistani independence from British rule in 1947, officials had governed the region directly.',
  'Members of the Provincial Assembly including Inayatullah Khan, Sardar Babak, Dr Haider Ali, and Muhammad Ali Shah expressed their dissatisfaction. Outgoing Chief Minister Pervez Khattak said he would raise the concerns with the Federal Government.',
  'After approving the bill, the president said this move would "open up an entire era of prosperity for its people". He added, saying, "The nation needs to work together to fully benefit from this historic opportunity."',
  'The bill adds 21 new seats — sixteen general ones, four for women and one for a non-Muslim candidate — to the assembly. It extends the writ of both the Pakistani Supreme Court and Peshawar High Court to the region.',
  'On Monday, devotees of Śrī Satya Sai Baba gathered at the ashram. Śrī Baba said, "I am not after name and fame, and I do not lose anything by these attacks."',
].join('\n\n');

describe('rounds 35 and 36: speakers', () => {
  const famine = extractFacts(FAMINE, '2010-03-05');
  const exile = extractFacts(EXILE, '2012-04-05');
  const merger = extractFacts(MERGER, '2018-06-02');
  const speakerOf = (facts: typeof famine, start: string) => facts.quotes.find((q) => q.text.startsWith(start))?.speaker;

  it('reads a person named after a copula, and one set off after a long description', () => {
    expect(speakerOf(famine, 'As far as')).toBe('Max Peberdy');
    expect(speakerOf(famine, 'The aid workers')).toBe('Aregawi Berhe');
    expect(speakerOf(famine, 'There are allegations')).toBe('Christian Aid');
  });

  it('never gives "she" the words of whom she told them, nor of a man named as an object', () => {
    // Not the biographer she told, nor a man named as an object or her husband named after "with".
    expect(speakerOf(exile, 'My mother')).toBe('Fatma Neslisah Osmanoglu');
  });

  it('reads "the president said" as the one president of the story, and "He added" as him', () => {
    expect(speakerOf(merger, 'open up')).toBe('Mamnoon Hussain');
    expect(speakerOf(merger, 'The nation needs')).toBe('Mamnoon Hussain');
  });

  it('keeps one man under one name when an honorific leads both forms', () => {
    const baba = merger.people.filter((p) => /\bBaba\b/.test(p.name));
    expect(baba.map((p) => p.name)).toEqual(['Śrī Satya Sai Baba']);
    expect(speakerOf(merger, 'I am not')).toBe('Śrī Satya Sai Baba');
  });
});

describe('rounds 35 and 36: people and bodies', () => {
  const famine = extractFacts(FAMINE, '2010-03-05');
  const merger = extractFacts(MERGER, '2018-06-02');
  const roleOf = (facts: typeof famine, name: string) => facts.people.find((p) => p.name === name)?.roles[0];

  it('reads roles without the list word or the "who is" in front', () => {
    expect(roleOf(famine, 'Meles Zenawi')).toBe('chairman');
    expect(roleOf(famine, 'Nick Guttmann')).toBe('director of emergency relief operations for the charity');
    expect(famine.people.map((p) => p.name)).toContain('Bill Nelson');
    expect(famine.people.map((p) => p.name)).not.toContain('Christian Aid');
  });

  it('reads the people a group introduces, and two bodies joined by "and" as two', () => {
    expect(merger.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Inayatullah Khan', 'Sardar Babak', 'Haider Ali', 'Muhammad Ali Shah']));
    const bodies = merger.organisations.map((o) => o.name);
    expect(bodies).toContain('Peshawar High Court');
    expect(bodies.some((b) => b.includes(' and '))).toBe(false);
    expect(bodies.some((b) => b.startsWith('Members'))).toBe(false);
  });
});

describe('rounds 35 and 36: drafts', () => {
  const famine = rankedDrafts(FAMINE, '2010-03-05');
  const exile = rankedDrafts(EXILE, '2012-04-05');
  const merger = rankedDrafts(MERGER, '2018-06-02');

  it('never asks who said words whose speaker was only guessed', () => {
    expect(extractFacts(EXILE, '2012-04-05').quotes.find((q) => q.text.startsWith('My mother'))?.guessed).toBe(true);
    expect(exile.some((d) => d.prompt.includes('My mother had friends'))).toBe(false);
  });

  it('asks no part of a total whose three parts add up to it', () => {
    expect(merger.some((d) => /21 new seats/.test(d.evidence.join(' ')) && (d.type === 'numeric' || (d.type === 'multiple_choice' && d.prompt.includes('_____ new seats'))))).toBe(false);
  });

  it('asks no year of independence, and no country "neighboring" another', () => {
    expect(merger.some((d) => d.type === 'multiple_choice' && d.prompt.includes('in _____, officials'))).toBe(false);
    expect(famine.some((d) => d.prompt.includes('neighboring _____') || (d.type === 'true_false' && /neighboring (?!Sudan)/.test(d.prompt)))).toBe(false);
  });

  it('never asks a role that the name shown beside it gives away', () => {
    const matching = exile.find((d) => d.type === 'matching');
    const roleOf = exile.find((d) => d.id === 'role-of:person-vahdettin');
    expect(optionTexts(roleOf)).not.toContain('Sultan');
    if (matching?.type === 'matching') expect(matching.right.map((r) => r.text)).not.toContain('Sultan');
    expect(matching ?? roleOf).toBeDefined();
  });
});

// Leftovers of rounds 32 to 34, fixed with them.
const BASE = [
  'Tuesday, January 5, 2010',
  'Officials identified the bomber as Humam al-Balawi, a physician and al-Qaeda sympathizer from Zarqa. His mission was to meet Ayman al-Zawahiri, al-Qaeda\'s second-in-command.',
  'CIA Director Leon Panetta praised the victims. CIA spokesman George Little declined to comment. Evan Kohlmann, who tracks jihadi web sites for NBC News, said the man was known online.',
  'Sources said the agent was in Afghanistan." NATO says Jordan has seven troops in Afghanistan.',
  'Sing Pao reported that the localist party Youngspiration has ties with Beijing. Youngspiration responded by denying the report.',
].join('\n\n');

describe('leftovers of rounds 32 to 34', () => {
  const facts = extractFacts(BASE, '2010-01-05');
  const drafts = rankedDrafts(BASE, '2010-01-05');

  it('offers people of the same body first: no CIA official for the al-Qaeda sympathizer', () => {
    const d = drafts.find((x) => x.id === 'who-role:person-humam-al-balawi');
    expect(optionTexts(d)).toContain('Ayman al-Zawahiri');
    // His own role is read whole; who holds it is no longer asked, as general knowledge names him.
    expect(facts.people.find((p) => p.name === 'Ayman al-Zawahiri')?.roles).toContain('al-Qaeda\'s second-in-command');
    expect(drafts.find((x) => x.id === 'who-role:person-ayman-al-zawahiri')).toBeUndefined();
  });

  it('accepts a network by its initials, and keeps junk and bodies out of the lists', () => {
    const nbc = drafts.find((x) => x.type === 'cloze' && x.answer.text === 'NBC News');
    if (nbc?.type === 'cloze') expect(nbc.answer.aliases).toContain('NBC');
    expect(facts.organisations.map((o) => o.name).some((n) => n.includes('"'))).toBe(false);
    expect(facts.people.map((p) => p.name)).not.toContain('Youngspiration');
  });
});
