// Faults the first-time judges of rounds 96 to 100 named (Wikinews articles of the fourth source,
// mostly with no date line), on made-up text.
import { describe, expect, it } from 'vitest';
import { resolveReferences } from '@/questions/engine/draft/dangling';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { copiesGrammarSlip } from '@/questions/engine/draft/grammar-slips';
import { labelsAnEvent, numberDistractors, sumInSentence, withoutSubjectAppositive } from '@/questions/engine/draft/sentence-drafts';
import { draftContext, freshArticle, rankedDrafts, stemAfter } from '../../../support/engine-drafts';

const people = (text: string) => draftContext(text).people;
const roleOf = (text: string, name: string) => people(text).find((p) => p.name === name)?.roles[0];

describe('one person, two spellings', () => {
  const text = [
    'Protesters plan to march through Melbourne during the opening ceremony of the Games on Wednesday.',
    'A spokesman for Aboriginal Affairs Minister Gavan Jennings said the Government was taking the issue seriously.',
    'Games Minister Justin Madden said the protest would be policed closely.',
    'Aboriginal Affairs Minister Gavin Jennings had offered Victoria Park to the protesters.',
  ].join('\n\n');

  it('reads "Gavan Jennings" and "Gavin Jennings", both Aboriginal Affairs Minister, as one man', () => {
    const jennings = people(text).filter((p) => /Jennings/.test(p.name));
    expect(jennings).toHaveLength(1);
    expect([jennings[0]!.name, ...jennings[0]!.aliases]).toEqual(expect.arrayContaining(['Gavan Jennings', 'Gavin Jennings']));
  });

  it('keeps two people of one surname apart when their roles differ ("Mark Smith", "Mary Smith")', () => {
    const names = people('Coach Mark Smith said the team would train on Monday. Senator Mary Smith said the stadium would close.').map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Mark Smith', 'Mary Smith']));
  });
});

describe('names that are no people', () => {
  it('reads the last word of a title ("A Prairie Home Companion" … "Companion highlighted …") as the show', () => {
    const names = people([
      'Garrison Keillor, the longtime host of A Prairie Home Companion on public radio, hung up his microphone this week.',
      'The final episode of Companion to be hosted by Keillor was recorded at the Hollywood Bowl.',
      'Companion highlighted the sensibilities of the Midwest of Keillor\'s youth.',
    ].join('\n\n')).map((p) => p.name);
    expect(names).toContain('Garrison Keillor');
    expect(names).not.toContain('Companion');
  });

  it('takes a newspaper, a park and a police squad for no one ("Herald Sun", "Alexandra Gardens", "Robbery Squad")', () => {
    const names = people([
      'Organisers told the Herald Sun that the march would end at Alexandra Gardens on Friday.',
      'Inspector Brian Reynolds began the investigation before responsibility was passed to the specialist Robbery Squad.',
    ].join('\n\n')).map((p) => p.name);
    expect(names).not.toContain('Herald Sun');
    expect(names).not.toContain('Alexandra Gardens');
    expect(names).not.toContain('Robbery Squad');
  });

  it('gives the title of a debate to no speaker ("in the opening debate, “Is 20th-century capitalism failing …?”")', () => {
    const ctx = draftContext('At Camp Igloo, Roth says his voice is unlikely to be given a platform in the opening debate, "Is 20th-century capitalism failing 21st-century society?" He told reporters he would prefer a neutral venue.');
    const title = ctx.quotes.filter((q) => q.text.includes('20th-century capitalism'));
    expect(title.map((q) => q.speakerId ?? null)).toEqual(title.map(() => null));
    expect(ctx.people.map((p) => p.name)).toContain('Roth');
  });
});

describe('roles in front of a name', () => {
  it('dates an office without cutting it ("then-Home Secretary Roy Jenkins" is Home Secretary)', () => {
    expect(roleOf('By 1976 he was out of prison after doubts were raised by then-Home Secretary Roy Jenkins.', 'Roy Jenkins')).toBe('Home Secretary');
  });

  it('keeps a field adjective with its office ("editorial director", "economic development minister")', () => {
    expect(roleOf('Soap Opera Digest editorial director Lynn Leahey said the genre would move online.', 'Lynn Leahey')).toBe('editorial director');
    expect(roleOf('Italian economic development minister Stefano Patuanelli attended the signing in Athens.', 'Stefano Patuanelli')).toBe('economic development minister');
  });

  it('keeps two stacked offices apart ("AU chairperson President Abdel Fattah el-Sisi" is President)', () => {
    expect(roleOf('At the opening of the summit, AU chairperson President Abdel Fattah el-Sisi of Egypt said the agreement would be tested.', 'Abdel Fattah el-Sisi')).toBe('President');
  });
});

describe('stems that lean on the sentence before', () => {
  const ctx = draftContext([
    'CBS announced on Tuesday that it would cancel the soap opera As the World Turns after 54 years.',
    'By comparison, there were 12 soap operas on the air in 1997 and 19 in 1973.',
    'In the aftermath, charges are to be brought against 110 people.',
    'Davis was one of four put on trial the following year, but only he was convicted.',
    'Scoop Independent News reported that the launch was held at Federation Square in Melbourne.',
    'In contrast to the protests on the day of the inauguration, not one marcher was arrested in Washington.',
    'Investigators received 206,884 complaints in 2008, a decrease from the previous year.',
  ].join('\n\n'));
  const at = (start: string) => ctx.sentences.findIndex((s) => s.text.startsWith(start));
  const resolved = (start: string) => resolveReferences(ctx, ctx.sentences[at(start)]!.text, at(start));

  it('drops "By comparison, …", "In the aftermath, …", "… the following year" and "the launch"', () => {
    expect(resolved('By comparison')).toBeNull();
    expect(resolved('In the aftermath')).toBeNull();
    expect(resolved('Davis was one of four')).toBeNull();
    expect(resolved('Scoop Independent News')).toBeNull();
  });

  it('keeps a contrast that names what it contrasts with, and a "previous year" counted from a year the sentence gives', () => {
    expect(resolved('In contrast to the protests')).not.toBeNull();
    expect(resolved('Investigators received')).not.toBeNull();
  });
});

describe('a year that only labels which one', () => {
  const ctx = draftContext([
    'The World Economic Forum published its risk report on Wednesday, before the meeting in Davos.',
    'A significant shift in perception sees the 2012 report highlight food shortages as a likely risk.',
    'Vastine won a gold medal in the 2004 games in Beijing, China.',
  ].join('\n\n'));
  const year = (y: string) => ctx.dates.find((d) => d.text === y)!;

  it('asks no "when" of "the 2012 report"', () => {
    expect(labelsAnEvent(ctx, year('2012'))).toBe(true);
  });

  it('still asks the year of an event it labels ("the 2004 games")', () => {
    expect(labelsAnEvent(ctx, year('2004'))).toBe(false);
  });
});

describe('round 97: names, years and slips', () => {
  it('takes an award, a belt of the solar system and an agreement for no one ("Best Foreign Language Film", "Kuiper Belt", "Bali Roadmap")', () => {
    const names = people([
      'Gavin Hood\'s Tsotsi won the Oscar for Best Foreign Language Film on Sunday night in Hollywood.',
      'Objects beyond Neptune are called Kuiper Belt objects, Brown said on Friday.',
      'After the United States agreed to the changes, the so called Bali Roadmap was agreed on, to applause from all parties.',
    ].join('\n\n')).map((p) => p.name);
    expect(names).toContain('Gavin Hood');
    expect(names).not.toContain('Language Film');
    expect(names).not.toContain('Kuiper Belt');
    expect(names).not.toContain('Bali Roadmap');
  });

  it('reads the year of "2003 UB313" as part of the object\'s name, not a date', () => {
    const ctx = draftContext('The object, given the temporary name of 2003 UB313, was first photographed in 2003 using the Gemini Observatory.');
    expect(ctx.dates.map((d) => d.text)).toEqual(['2003']);
    expect(ctx.dates[0]!.evidence.start).toBeGreaterThan(ctx.text.indexOf('photographed'));
  });

  it('drops a stem opening "But even …" (a contrast with the sentence before)', () => {
    expect(stemAfter('Astronomers at the Palomar Observatory said on Friday they had found an object larger than Pluto.', "But even at the smallest estimate scientists are certain 2003 UB313 is larger than Pluto's 2,250 kilometer diameter.")).toBeNull();
  });

  it('finds "a IRS raid" a slip, and leaves "a NASA mission", "a US official" and "a UN report" alone', () => {
    expect(copiesGrammarSlip('During a IRS raid in Spring 2006, the government confiscated records.')).toBe(true);
    expect(copiesGrammarSlip('He was questioned by a FBI agent on Monday.')).toBe(true);
    for (const ok of ['It was a NASA mission.', 'A US official said so.', 'It was a UN report.', 'She joined an FBI unit.']) expect(copiesGrammarSlip(ok), ok).toBe(false);
  });

  it('asks no figure of a change whose both ends and percentage the sentence gives', () => {
    expect(sumInSentence('The ratings for the soap opera have fallen to 2.5 million viewers, over 60% from 1993, when the show was watched by 6.5 million viewers daily.')).toBe(true);
    expect(sumInSentence('Tests performed on 22 cellular phones by scientists at Brown University found that just under half, a total of 10, released nickel.')).toBe(true);
  });

  it('still asks figures that only happen to make a share ("67%, twice Chelsea\'s … eighteen shots … six shots")', () => {
    expect(sumInSentence("United had greater ball possession — 67%, twice Chelsea's. Manchester had eighteen shots, managing five on target; while the Londoners had just six shots.")).toBe(false);
  });
});

describe('round 98: options and leaning stems', () => {
  it('offers wrong figures within a factor of two ("133.5 million voters" is no option beside 44.5 million)', () => {
    for (const [value, percent] of [[44.5, false], [31.2, true], [2400, false], [160, false]] as const) {
      const wrong = numberDistractors(value, [], `test:${value}`, percent);
      expect(wrong.length, String(value)).toBeGreaterThanOrEqual(3);
      for (const w of wrong) expect(w / value, `${value} → ${w}`).toBeGreaterThanOrEqual(0.5 - 1e-9);
      for (const w of wrong) expect(w / value, `${value} → ${w}`).toBeLessThanOrEqual(2 + 1e-9);
    }
  });

  it('drops "the rumour" with nothing before it', () => {
    expect(stemAfter('Riots broke out in Urumqi on Sunday after a protest turned violent.', 'Police have arrested a man who allegedly spread the rumour on the internet.')).toBeNull();
  });
});

describe('a name after a capitalised opening', () => {
  it('finds the person after "On Tuesday" or "In London" at a sentence\'s start ("On Tuesday Yvo de Boer said …")', () => {
    expect(people('On Tuesday Yvo de Boer said the parties were on the brink of agreement.').map((p) => p.name)).toEqual(['Yvo de Boer']);
    expect(people('In London John Smith said the talks would resume.').map((p) => p.name)).toEqual(['John Smith']);
  });

  it('keeps a title\'s "A" and an honorific where they were ("A Prairie Home Companion" is no person; "Dr Haider Ali" is)', () => {
    expect(people('Keillor hosted A Prairie Home Companion for decades.').map((p) => p.name)).not.toContain('Prairie Home Companion');
    expect(people('Members including Dr Haider Ali and Sardar Babak expressed their dissatisfaction.').map((p) => p.name)).toContain('Haider Ali');
  });
});

describe('round 99: long sentences, quotations and "the company"', () => {
  const long = [
    'Wikimedians from Atlanta are now working to host a conference focusing on Wikimedia in the Americas.',
    'Mike Halterman, a student at the University of South Florida and unpaid intern at the Wikimedia Foundation (WMF) offices in St. Petersburg, Florida, is helping to plan the Conference of the Americas which will be held at the Georgia Institute of Technology in Atlanta, Georgia on May 15-18, 2008.',
    'Halterman said the conference was never meant to compete with Wikimania.',
  ].join('\n\n');

  it('asks a sentence too long to ask whole without its subject\'s description ("Mike Halterman, a student at …, is helping …")', () => {
    const drafts = rankedDrafts(long, '2007-10-15');
    const asked = drafts.filter((d) => d.prompt.includes('is helping to plan the Conference of the Americas'));
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked) expect(d.prompt, d.id).not.toContain('a student at the University of South Florida');
  });

  it('keeps the description when the blank is inside it', () => {
    expect(withoutSubjectAppositive('Mike Halterman, a student at the _____ and unpaid intern, is helping to plan it.', (t) => t)).toBeNull();
    expect(withoutSubjectAppositive('Mike Halterman, a student at the university, is helping to plan it.', (t) => t)).toBe('Mike Halterman is helping to plan it.');
  });

  it('adds no full stop after a quotation that ends with an inner one ("… saying \'I will have what the Octopus predicted.\'")', () => {
    const text = [
      'Paul the octopus correctly predicted the winner of the World Cup final on Sunday.',
      'David Spiegelhalter, a statistician at Cambridge, said: "It\'s an astonishing feat. People are walking into our shops and saying \'I will have what the Octopus predicted.\'"',
      'Oberhausen aquarium manager Daniel Fey said: "Paul will not make any more predictions."',
    ].join('\n\n');
    for (const d of rankedDrafts(text, '2010-07-12')) expect(d.prompt, d.id).not.toMatch(/['’]\.”/);
  });

  it('asks nothing of "The company claims …" in a story about ten companies', () => {
    const ctx = draftContext([
      'Greenpeace rated ten top Internet companies, including Apple, Google and Amazon, on each company\'s willingness to be transparent.',
      'Greenpeace noted that Google says it is conscious of the need to use renewable sources of electricity.',
      'The company claims it has seven data centers worldwide, but it is estimated to have 20 to 30.',
    ].join('\n\n'));
    expect(resolveReferences(ctx, ctx.sentences[2]!.text, 2)).toBeNull();
  });
});

describe('a list of firms', () => {
  it('reads "AT&T, Verizon, Comcast and other broadband providers" as no one body', () => {
    const ctx = draftContext('The amendment would have prevented AT&T, Verizon, Comcast and other broadband providers from charging content providers like Google for priority access.');
    expect(ctx.organisations.map((o) => o.name).filter((n) => n.includes(','))).toEqual([]);
  });
});

describe('round 100: roles and nationalities', () => {
  it('takes a "state GOP official" and the "state Republican Chairperson" for roles one man may both hold', () => {
    expect(overlappingRoles('state GOP official', 'state Republican Chairperson')).toBe(true);
    expect(overlappingRoles('party member', 'Democratic Party Chairperson')).toBe(true);
    expect(overlappingRoles('state GOP official', 'New Hampshire Democratic Party Chairperson')).toBe(false);
    expect(overlappingRoles('RNC spokesperson', 'RNC Chairperson')).toBe(false);
  });

  // On the articles themselves: made-up text did not reproduce either fault.
  it('offers no Republican chairperson as a wrong "state GOP official", nor "State GOP official" beside his office', () => {
    const { text, date } = freshArticle('wikinews-tobin-new-hampshire-phone-jamming-charges-2005');
    const drafts = rankedDrafts(text, date);
    const who = drafts.find((d) => d.id === 'who-role:person-charles-mcgee');
    const role = drafts.find((d) => d.id === 'role-of:person-warren-henderson');
    const texts = (d: typeof who) => (d && d.type === 'multiple_choice' ? d.options.map((o) => o.text.toLowerCase()) : []);
    // (Either question may be left out when no sound option remains; neither may offer the other office's holder.)
    expect(texts(who)).not.toContain('warren henderson');
    expect(texts(role)).not.toContain('state gop official');
  });

  it('reads "the Laotian rock rat" as no person', () => {
    const { text, date } = freshArticle('wikinews-laotian-rock-rat-living-fossil-2006');
    expect(draftContext(text, date).people.map((p) => p.name)).not.toContain('Laotian');
  });
});

describe('round 100: a website the story is about', () => {
  const text = [
    'The website WikiLeaks.org has been taken off line in many parts of the world.',
    'Wikileaks is a website dedicated to leaking documents that are "anonymous, untraceable, uncensorable."',
    'A judge in San Francisco granted a permanent injunction against the site on Friday.',
  ].join('\n\n');

  it('reads "the website WikiLeaks.org" as a body, and "Wikileaks" as the same one', () => {
    const body = draftContext(text).organisations.find((o) => o.name === 'WikiLeaks');
    expect(body?.aliases).toContain('Wikileaks');
  });

  it('never blanks part of a web address ("The website _____.org")', () => {
    const drafts = rankedDrafts(text);
    for (const d of drafts) expect(d.prompt, d.id).not.toMatch(/_{3,}\.(?:org|com)\b/);
  });
});
