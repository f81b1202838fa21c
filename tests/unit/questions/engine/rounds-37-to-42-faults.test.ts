// Faults the first-time judgements of rounds 37 to 42 found, on made-up text: speakers named after
// the pronoun that stands for someone else, "according to him", a league's two quotations, bodies
// and songs typed as people, one family's names, ages, offices, leaning stems, shares of a whole,
// and options the stem rules out. Each describe block names its round.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { nearDuplicate } from '@/questions/engine/draft/distractors';
import { spellingSlips } from '@/questions/engine/extract/spelling-slips';
import { optionTexts, rankedDrafts } from '../../../support/engine-drafts';

const VISIT = [
  'Friday, March 5, 2010',
  'Jacob Zuma, President of South Africa, began a state visit to Britain. According to him, he had never "looked down upon any culture of anyone at all".',
  'Vincent Magwenya, Zuma\'s spokesman, said the visit would go ahead. Magwenya stated: "Mr Zuma is in the UK for a wide-ranging programme of serious issues."',
  'He also added that Zuma did not "appreciate reading things which he considers are patronising to his culture" and that the trip was a success.',
  'Meanwhile, the Democratic Alliance, South Africa\'s principal opposition party, stated that the reports did not warrant the outburst. The President, according to Magwneya, looks forward to the visit.',
  'The youth sector of the African National Congress supported the President. "British media seem to have developed a habit of rubbishing our president," the youth league said. "It is quite apparent that the British media is the one that is characterised by barbarism."',
].join('\n\n');

describe('rounds 37 and 38: speakers and slips', () => {
  const facts = extractFacts(VISIT, '2010-03-05');
  const speakerOf = (start: string) => facts.quotes.find((q) => q.text.startsWith(start))?.speaker;

  it('reads "according to him" as the person the story is about', () => {
    expect(speakerOf('looked down')).toBe('Jacob Zuma');
  });

  it('never gives "He" the words of a name later in its own sentence', () => {
    expect(speakerOf('appreciate reading')).toBe('Vincent Magwenya');
  });

  it('gives a league\'s quotation, and the one after it, to the body it belongs to', () => {
    expect(speakerOf('British media seem')).toBe('African National Congress');
    expect(speakerOf('It is quite apparent')).toBe('African National Congress');
  });

  it('types a party with an appositive as a body, and finds a name with two letters swapped', () => {
    expect(facts.people.map((p) => p.name)).not.toContain('Democratic Alliance');
    expect(spellingSlips(facts)).toContain('Magwneya');
  });
});

const MATCH = [
  'Sunday, June 8, 2008',
  'Whitecaps centre back Omar Jarun underlined the disappointment of his team\'s start. "The first few minutes were an absolute disaster from us defensively," he told reporters.',
  'Schmetzer was naturally delighted with the way his side claimed an important away victory. "I think we played well in every part of the field tonight," he said.',
  'Meanwhile, South African president Thabo Mbeki denounced the operation. "It takes Comoros back to the use of force to solve a problem," he said in a televised statement.',
].join('\n\n');

describe('pronouns whose person is not named just before', () => {
  const quotes = extractFacts(MATCH, '2008-06-08').quotes;
  const of = (start: string) => quotes.find((q) => q.text.startsWith(start));

  it('marks a speaker guessed when the sentence before opens with someone else', () => {
    expect(of('I think we played')?.guessed).toBe(true);
  });

  it('keeps a speaker sure when he is the first person, as subject, of the sentence before', () => {
    expect(of('The first few minutes')?.guessed).toBeUndefined();
    expect(of('It takes Comoros')?.speaker).toBe('Thabo Mbeki');
    expect(of('It takes Comoros')?.guessed).toBeUndefined();
  });
});

const WIDOW = [
  'Sunday, April 5, 2015',
  'Sarah Brady, gun control campaigner and widow of former White House Press Secretary James Brady, has died at the age of 73. Her death was announced by the Brady Campaign.',
  'On March 30, 1981, Sarah Brady\'s husband, James, was injured in an attempted assassination of President Ronald Reagan.',
  'Our prayers are with her son Scott, her daughter Missy, and the entire Brady Campaign family. James Brady also died at the age of 73 last August.',
  'Brady said the proudest moment of her life was in 1993 when President Bill Clinton signed the Brady Bill. Former Congresswoman Gabrielle Giffords and Former First Lady Nancy Reagan paid tribute.',
].join('\n\n');

describe('round 38: one family, its campaign, and its ages', () => {
  const facts = extractFacts(WIDOW, '2015-04-05');
  const drafts = rankedDrafts(WIDOW, '2015-04-05');

  it('reads "Sarah Brady\'s husband, James" as James Brady, and no list item as a role', () => {
    const names = facts.people.map((p) => p.name);
    expect(names).not.toContain('James');
    expect(facts.people.find((p) => p.name === 'James Brady')?.roles).toContain("Sarah Brady's husband");
    expect(facts.people.find((p) => p.name === 'Scott')?.roles ?? []).not.toContain('her daughter Missy');
    expect(names).not.toContain('Brady Campaign');
  });

  it('offers only holders of an office for "President _____", and lifetimes for an age', () => {
    const clinton = drafts.find((d) => d.type === 'multiple_choice' && d.prompt.includes('President _____ signed'));
    expect(optionTexts(clinton)).not.toContain('James Brady');
    const ages = drafts.filter((d) => d.type === 'multiple_choice' && d.prompt.includes('age of _____')).flatMap((d) => optionTexts(d).map(Number));
    expect(ages.length).toBeGreaterThan(0);
    expect(ages.every((a) => a > 40 && a <= 105)).toBe(true);
    expect(drafts.some((d) => d.type === 'true_false' && /age of (?:1\d\d|2\d\d)\b/.test(d.prompt))).toBe(false);
  });
});

const AWARDS = [
  'Wednesday, February 15, 2017',
  'The duo won Best Pop Duo/Group Performance for their song Stressed Out. Tyler Joseph said, "I want everyone who is watching at home to know that you could be next."',
  'Singer Bruno Mars paid tribute to Prince. Host James Corden opened the show, and Adele said, "I am sorry for swearing and I am sorry for starting again tonight."',
].join('\n\n');

const SWAPS = [
  'Friday, January 13, 2017',
  'Russia has said the deployment of American troops threatens its security and its interests.',
  'Officials in Poland, Lithuania, Latvia and Estonia welcomed the arrival of the brigade this week.',
  'Russia moved new missiles to its western border in response to the deployment last year.',
  'Germany and Norway have also sent soldiers to the region, according to officials.',
  'Russia denied that it had any plans to attack its neighbours in the coming years.',
  'Russia staged large military exercises near the border with Lithuania last autumn.',
].join('\n\n');

describe('round 37: titles, songs and swaps', () => {
  it('never makes a person of a song, nor blanks half of a title written with a slash', () => {
    expect(extractFacts(AWARDS, '2017-02-15').people.map((p) => p.name)).not.toContain('Stressed Out');
    expect(rankedDrafts(AWARDS, '2017-02-15').some((d) => /\/_____|_____\//.test(d.prompt))).toBe(false);
  });

  it('does not swap the same country into every false statement', () => {
    const countries = ['Russia', 'Poland', 'Germany', 'Lithuania', 'Latvia', 'Estonia', 'Norway', 'United States'];
    const swappedIn = rankedDrafts(SWAPS, '2017-01-13')
      .filter((d) => d.type === 'true_false' && !(d.answer as { value: boolean }).value)
      .map((d) => countries.find((c) => d.prompt.includes(c) && !d.evidence.join(' ').includes(c)))
      .filter((c): c is string => c !== undefined);
    expect(swappedIn.length).toBeGreaterThan(2);
    expect(new Set(swappedIn).size).toBe(swappedIn.length);
  });
});

const SUMMIT = [
  'Saturday, September 6, 2014',
  'Plans had intended for the new president to attend, but it is unknown who will replace outgoing President Hamid Karzai. Bismullah Khan Muhammadi, the country\'s defence minister, instead attended the summit.',
  'Dilma Rousseff, who president Luiz Inacio Lula da Silva wishes to succeed him, said "This is a barbaric crime that shocks the whole country and must be punished."',
  'Bruno Fernandes is accused of hiring former policeman Marcos Aparecido dos Santos. Liberal Democrat Vince Cable said the claim was false.',
  'Swiss foreign minister Micheline Calmy-Rey met Libyan officials. "The Commission regrets the decision," said European Union commissioner for Home Affairs, Cecilia Malmstrom.',
  'Subsequently, the talks were postponed to October. NATO\'s secretary general, Anders Fogh Rasmussen, described the plan as a response. John Kerry, US Secretary of State, stated that plans would follow.',
].join('\n\n');

describe('rounds 39 and 40', () => {
  const facts = extractFacts(SUMMIT, '2014-09-06');
  const drafts = rankedDrafts(SUMMIT, '2014-09-06');
  const roleOf = (name: string) => facts.people.find((p) => p.name === name)?.roles[0];

  it('reads people before ", who", after a job and after a party label, with their offices', () => {
    const names = facts.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Dilma Rousseff', 'Marcos Aparecido dos Santos', 'Vince Cable']));
    expect(facts.quotes.find((q) => q.text.startsWith('This is a barbaric'))?.speaker).toBe('Dilma Rousseff');
    expect(roleOf('John Kerry')).toBe('US Secretary of State');
    expect(roleOf('Anders Fogh Rasmussen')).toBe("NATO's secretary general");
  });

  it('asks nothing that leans on the sentence before or whose country it leaves open', () => {
    expect(drafts.some((d) => /\binstead\b|^(?:Fill in the blank: |Which \w+ completes this sentence from the article\? )?Subsequently|the country's defence minister/.test(d.prompt))).toBe(false);
  });

  it('accepts a double-barrelled surname, and blanks no body inside an office', () => {
    const calmy = drafts.find((d) => d.type === 'cloze' && d.answer.text === 'Micheline Calmy-Rey');
    if (calmy?.type === 'cloze') expect(calmy.answer.aliases).toContain('Calmy-Rey');
    expect(drafts.some((d) => d.prompt.includes('_____ commissioner for Home Affairs'))).toBe(false);
  });
});

const MARCH = [
  'Thursday, March 28, 2019',
  'Speakers included Labour MP (Member of Parliament) Tom Watson and the mayor, Sadiq Khan. The march ended at Parliament Square.',
  'In the 2016 referendum, about 52% of voters voted to leave and 48% to stay.',
  'Writer Kerstin Lundell said: "Our courts operate under the rule of law, and the trial has been fair to everyone involved."',
  'Editor Martin Schibbye said: "We came to report on the conflict and we were arrested by soldiers near the border."',
  'Minister Carl Bildt said: "We have raised this case with the government at every level and we will keep doing so."',
  'Lawyer Johan Persson said: "The evidence presented in court does not support any of the charges against my clients."',
].join('\n\n');

describe('round 42', () => {
  const facts = extractFacts(MARCH, '2019-03-28');
  const drafts = rankedDrafts(MARCH, '2019-03-28');

  it('reads no body, and no alias of one, from "MP (Member of Parliament)"', () => {
    expect(facts.organisations.some((o) => o.aliases.includes('MP'))).toBe(false);
  });

  it('asks neither of two shares that make a whole', () => {
    expect(drafts.some((d) => (d.type === 'numeric' || d.type === 'multiple_choice') && /_____% (?:of participating|to stay)|about _____%/.test(d.prompt))).toBe(false);
    expect(drafts.some((d) => d.type === 'true_false' && !(d.answer as { value: boolean }).value && d.evidence.join(' ').includes('48% to stay') && !(d.prompt.includes('52%') && d.prompt.includes('48%')))).toBe(false);
  });

});

const GAMES = [
  'Tuesday, August 13, 2013',
  'Deputy Prime Minister Alexander Zhukov told RIA Novosti that the law would be enforced. On Twitter, Prime Minister David Cameron said he shared the concerns.',
  'Lord Sebastian Coe, head of the British Olympic Association, said a boycott was wrong. Actor Stephen Fry called for the Games to move, and President Barack Obama disagreed.',
  'French yachtswoman Florence Arthaud died in the crash, with swimmer Camille Muffat and boxer Alexis Vastine.',
].join('\n\n');

describe('round 41', () => {
  const facts = extractFacts(GAMES, '2013-08-13');
  const drafts = rankedDrafts(GAMES, '2013-08-13');

  it('makes no person of an outlet\'s name and no body of "On Twitter"', () => {
    expect(facts.people.map((p) => p.name)).not.toContain('Novosti');
    expect(facts.organisations.map((o) => o.name).some((n) => n.startsWith('On '))).toBe(false);
  });

  it('asks no form of address as a role, and offers only women for a yachtswoman', () => {
    expect(drafts.some((d) => d.type === 'matching' && d.right.some((r) => r.text === 'Lord'))).toBe(false);
    const who = drafts.find((d) => d.id === 'who-role:person-florence-arthaud');
    expect(optionTexts(who).filter((o) => ['Alexis Vastine', 'Stephen Fry', 'David Cameron', 'Barack Obama', 'Alexander Zhukov', 'Sebastian Coe'].includes(o))).toEqual([]);
  });
});

const CAMPUS = [
  'Sunday, June 14, 2009',
  'Students at Teheran University protested on Sunday. Police entered the University of Tehran later that night, and Reporters Without Borders and the Guardian Council commented.',
  'A short time later, activist Isabel Brooks was arrested near the site. Simultaneously, protesters marched to Downing Street in London.',
].join('\n\n');

describe('rounds 43 and 44 (fixed after their judgement, so not yet measured unseen)', () => {
  const drafts = rankedDrafts(CAMPUS, '2009-06-14');

  it('takes another spelling of one body for the same body, and not a different body', () => {
    expect(nearDuplicate('Teheran University', 'University of Tehran')).toBe(true);
    expect(nearDuplicate('Sharif University', 'University of Tehran')).toBe(false);
    expect(nearDuplicate('Guardian Council', 'Security Council')).toBe(false);
  });

  it('asks nothing that opens "A short time later" or "Simultaneously"', () => {
    expect(drafts.some((d) => /A short time later|Simultaneously/.test(d.prompt))).toBe(false);
  });
});
