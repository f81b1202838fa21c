// Faults first-time judgements and extraction scores named from round 77 on, on made-up text.
import { describe, expect, it } from 'vitest';
import { wordsRuleOut } from '@/questions/engine/draft/quote-voices';
import { draftContext, rankedDrafts, speakerChoices, speakerKey, speakerQuestion } from '../../../support/engine-drafts';

describe('round 77, names', () => {
  it("reads a name with a quoted nickname inside (\"Priya 'pixel' Raman\") as one person, by the name as written", () => {
    const ctx = draftContext([
      "The app's makers said on Monday they had raised US$5 million from investors.",
      "\"We can finally hire the people we need\", said Priya 'pixel' Raman, who answered questions with Tomas \"tk\" Kellner and designer Odile 'odz' Marchetti.",
      'Raman said the app would stay free. Kellner added that a paid version was not planned.',
    ].join('\n\n'), '2013-09-19');
    const names = ctx.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Priya 'pixel' Raman", 'Tomas "tk" Kellner', "Odile 'odz' Marchetti"]));
    expect(names).not.toContain('Raman');
    expect(ctx.people.find((p) => p.name === "Priya 'pixel' Raman")!.aliases).toEqual(expect.arrayContaining(['Priya Raman', 'Raman']));
    expect(ctx.quotes[0]!.speaker).toBe("Priya 'pixel' Raman");
  });
});

describe('round 77, bodies', () => {
  it('finds two firms listed together ("Acme Capital and Bluefin Ventures"), but no firm in "Capital of the Surf"', () => {
    const ctx = draftContext([
      'Acme Capital and Bluefin Ventures are among the investors in the new company, its founders said on Thursday.',
      'The town, known as the Capital of the Surf, hosts the event every year.',
    ].join('\n\n'), '2013-09-19');
    const names = ctx.organisations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Acme Capital', 'Bluefin Ventures']));
    expect(names.some((n) => /Surf|and/.test(n))).toBe(false);
  });
});

describe('rounds 78 and 79', () => {
  it('asks no number of "several dozen members" or "a few hundred people" (round 79 keyed 12)', () => {
    const ctx = draftContext([
      'Several dozen members of the club wore costumes to the party, and a few hundred people watched the video online.',
      'The club has suspended four of its teams while the inquiry continues.',
    ].join('\n\n'), '2015-02-06');
    expect(ctx.numbers.map((n) => n.value)).toEqual([4]);
  });

  it('keeps "F.C." inside a club\'s name ("Riverside University F.C. tweeted …")', () => {
    const ctx = draftContext('Riverside University F.C. tweeted about the party on Thursday, although the tweet was later deleted by the University of Riverside.', '2015-02-06');
    expect(ctx.organisations.map((o) => o.name)).toContain('Riverside University F.C.');
  });

  it('reads the role after a form of address and two nouns before a lower-case title', () => {
    const text = [
      'In a statement, Professor Ann Fields, Deputy Principal for Education, and student union president Mark Ode said the inquiry had begun.',
      'Sports President Chris Wood did not answer questions about the inquiry.',
    ].join('\n\n');
    const ctx = draftContext(text, '2015-02-06');
    expect(ctx.people.find((p) => p.name === 'Mark Ode')!.roles).toEqual(['student union president']);
    const matching = rankedDrafts(text, '2015-02-06').find((d) => d.type === 'matching');
    expect(matching?.type === 'matching' && matching.right.map((r) => r.text).sort()).toEqual(['Deputy Principal for Education', 'Sports President', 'Student union president']);
  });

  it('takes no aircraft the article also calls "the Concorde" for a person', () => {
    const ctx = draftContext([
      'The trial over the crash of the Concorde began on Tuesday in Paris.',
      'The broadcast alleged Concorde erupted into flames long before the runway strip, lawyer Jean Morel said.',
      'Prosecutors said Concorde struck the strip on takeoff.',
    ].join('\n\n'), '2010-02-03');
    expect(ctx.people.map((p) => p.name)).toEqual(['Jean Morel']);
  });
});

describe('rounds 78 to 80, people and speakers', () => {
  it('gives words before ", while X said" to the speaker before them ("… was now “going backwards”, while …")', () => {
    const ctx = draftContext('Tom Reed from the Labour Party said support for the Greens was now "going backwards fast", while Ann Cole said her rivals would be filled with "sheer horror" at the result.', '2014-06-06');
    expect(ctx.quotes.map((q) => q.speaker)).toEqual(['Tom Reed', 'Ann Cole']);
  });

  it('keeps a long Arabic name whole at the start of a sentence ("Yasser Reda Ali Abdullah Said, the ambassador")', () => {
    const ctx = draftContext('Yasser Reda Ali Abdullah Said, the Egyptian ambassador in Israel, was recalled by the government yesterday.', '2011-08-21');
    expect(ctx.people.map((p) => p.name)).toEqual(['Yasser Reda Ali Abdullah Said']);
  });

  it('reads "Binyamin Netanyahu" and "Benjamin Netanyahu" as one man with both spellings', () => {
    const ctx = draftContext([
      'Binyamin Netanyahu is set to be re-elected as prime minister of Israel despite losses suffered by his party.',
      'Labor leader Shelly Yachimovich said she would not serve "in a government led by Benjamin Netanyahu".',
    ].join('\n\n'), '2013-01-25');
    const netanyahu = ctx.people.filter((p) => /Netanyahu/.test(p.name));
    expect(netanyahu).toHaveLength(1);
    expect([netanyahu[0]!.name, ...netanyahu[0]!.aliases]).toEqual(expect.arrayContaining(['Binyamin Netanyahu', 'Benjamin Netanyahu']));
    // The office the blank takes names him to anyone who follows the news.
    const clozes = rankedDrafts(ctx.text, '2013-01-25').filter((d) => d.id === `cloze:${netanyahu[0]!.id}`);
    expect(clozes.every((d) => !d.prompt.includes('re-elected as prime minister of Israel'))).toBe(true);
  });

  it('takes no firm for a person ("of the Lloyd-Owen International security and operations firm")', () => {
    const ctx = draftContext([
      'Among those testifying were Ann Greenway, former Chief Contracting Officer of the U.S. Army Corps of Engineers, Rory Maybank, former Food Program Manager for Halliburton subsidiary, and Allan Waller, of the Lloyd-Owen International security and operations firm.',
      'Allan Waller testified to specific examples of how KBR officials had conspired in blocking Lloyd-Owen fuel transports, and using other coercive means against its competitor. The British Lloyd-Owen has a direct contract with the Iraq government to provide fuel to various parts of the country.',
    ].join('\n\n'), '2005-06-28');
    expect(ctx.people.map((p) => p.name)).toEqual(['Ann Greenway', 'Rory Maybank', 'Allan Waller']);
  });
});

describe('rounds 78 and 79, stems and timelines', () => {
  it('asks no share whose part and whole the sentence gives ("38,707, 52.67% of the electorate of 73,486")', () => {
    const text = 'The by-election was held on Thursday. The turnout was 38,707, 52.67% of the electorate of 73,486. The winner took 45.03% of the vote.';
    const drafts = rankedDrafts(text, '2014-06-06');
    expect(drafts.filter((d) => d.evidence.some((e) => e.includes('38,707')) && d.type !== 'true_false' || (d.type === 'true_false' && d.answer.value === false && d.prompt.includes('electorate')))).toEqual([]);
  });

  it('swaps no place into an example of several ("a string of incidents including one in Washington")', () => {
    const text = [
      'The jet had suffered a string of similar incidents in the 1970s including one in Washington that came close to triggering a fire.',
      'The trial in Paris heard from witnesses in New York and London.',
    ].join('\n\n');
    const statements = rankedDrafts(text, '2010-02-03').filter((d) => d.type === 'true_false').map((d) => d.prompt);
    expect(statements.filter((p) => /including one in (?!Washington)/.test(p))).toEqual([]);
  });

  it('orders no act a statement only intends ("told the paper that they would seek a dismissal today")', () => {
    const text = [
      'Wednesday, February 3, 2010',
      'A French court on Tuesday launched the trial of five men over the 2000 crash of a jet near Paris.',
      '113 people were killed when the jet struck a hotel near Paris in July 2000.',
      'The airline was fined in December 2008 by a court in Pontoise for its part in the crash.',
      "The airline's lawyers told the newspaper that they would seek a dismissal of the charges today.",
    ].join('\n\n');
    const ordering = rankedDrafts(text, '2010-02-03').find((d) => d.type === 'ordering');
    const items = ordering?.type === 'ordering' ? ordering.items.map((i) => i.text).join(' | ') : '';
    expect(items).not.toMatch(/would seek/);
  });
});

describe('round 79, bodies that speak', () => {
  it('finds a body its appositive names ("Kick Hate Off the Pitch, a charity …") and gives it its spokesperson\'s words', () => {
    const ctx = draftContext([
      'A spokesperson for Kick Hate Off the Pitch, a charity advocating for anti-racism education, said: "The practice is racist and should definitely be avoided in our more enlightened times."',
      'Previously, the same charity has said "it is the consequences of the practice rather than the intention that is relevant."',
      'Professor Ann Fields said the university was investigating.',
    ].join('\n\n'), '2015-02-06');
    expect(ctx.organisations.map((o) => o.name)).toContain('Kick Hate Off the Pitch');
    expect(ctx.quotes.map((q) => q.speaker)).toEqual(['Kick Hate Off the Pitch', 'Kick Hate Off the Pitch']);
  });
});

describe('round 79, who said it', () => {
  it('offers no one of the peoples the words speak of ("between the two parties (Israelis and Palestinians)")', () => {
    const text = [
      'Israeli Prime Minister Binyamin Netanyahu is set to be re-elected, and Labor leader Shelly Yachimovich came third.',
      'White House press secretary Jay Carney said: "We will continue to work with the two parties (Israelis and Palestinians) to find a lasting peace."',
      'US ambassador Dan Shapiro said: "The United States will work with whatever government is formed in the coming weeks."',
      'Palestinian official Hanan Ashrawi said: "The new government must choose peace over settlements, and it must do so now."',
      'President Barack Obama called Netanyahu to congratulate him, the White House said.',
    ].join('\n\n');
    const choices = speakerChoices(text, '2013-01-25', 'two parties');
    expect(choices[0]).toBe('Jay Carney');
    expect(choices.filter((o) => /Netanyahu|Ashrawi/.test(o))).toEqual([]);
  });

  it('rules no one out for naming their own people alone ("when all Americans are treated as equal")', () => {
    const ctx = draftContext('U.S. Representative Tim Hulsey said the ruling was wrong. President Barack Obama welcomed it.', '2013-06-26');
    const hulsey = ctx.people.find((p) => p.name === 'Tim Hulsey')!;
    expect(wordsRuleOut(ctx, 'When all Americans are treated as equal, no matter who they are, we are all more free.', hulsey)).toBe(false);
    expect(wordsRuleOut(ctx, 'We want direct talks between Americans and Canadians.', hulsey)).toBe(true);
  });
});

describe('round 80, quotations introduced by other verbs', () => {
  it('asks who said a lower-case quotation after "commented," as a statement of its own', () => {
    const text = [
      'Senator Byron Dorrit presided over the hearing on Monday, where former manager Rory Maybank testified about expired food.',
      'Dorrit later commented, "obviously there is no honor here, by a company that would serve outdated food to our troops."',
      'Maybank said: "The manager told me to throw away the labels and serve the food anyway."',
      'Vice President Dick Chaney has defended the company in the past.',
    ].join('\n\n');
    const d = speakerQuestion(rankedDrafts(text, '2005-06-28'), 'no honor here');
    expect(d?.prompt).toContain('“Obviously there is no honor here');
    expect(speakerKey(d)).toBe('Byron Dorrit');
  });
});

describe('round 80, roles in a list of witnesses', () => {
  it('reads "former Chief Contracting Officer of the U.S. Army Corps of Engineers" as a role, but no next name in one', () => {
    const ctx = draftContext([
      'Among those testifying were Ann Greenway, former Chief Contracting Officer of the U.S. Army Corps of Engineers, and Rory Maybank, former Food Program Manager for the subsidiary.',
      'Those present included Tom Rice, former Foreign Minister Sergei Lavrenko, and others.',
    ].join('\n\n'), '2005-06-28');
    const roles = Object.fromEntries(ctx.people.map((p) => [p.name, p.roles]));
    expect(roles['Ann Greenway']).toEqual(['former Chief Contracting Officer of the U.S. Army Corps of Engineers']);
    expect(roles['Tom Rice'] ?? []).toEqual([]);
  });
});

describe('round 79, a pronoun carried through a sentence naming no one', () => {
  it('asks who said words after "He explained:" when the sentence before is "In remarks to …, he compared …"', () => {
    const text = [
      'Voters gave 45% of the vote to Robert Jenks, while the Independence Party candidate Roger Helms came second.',
      "The Independence Party's candidate, Roger Helms, attracted controversy during the campaign due to past statements. In remarks to a newspaper, he compared the matter to tea preferences. He explained: \"Different people may have different tastes, and you are entitled not to like it if you don't like it.\"",
      'Jenks said: "I want to thank the people of the town for the trust they have put in me tonight."',
      'Party leader Nigel Farrow said the campaign had gone well for his candidate and his party.',
    ].join('\n\n');
    expect(speakerKey(speakerQuestion(rankedDrafts(text, '2014-06-06'), 'Different people'))).toBe('Roger Helms');
  });
});

describe('round 77, buildings', () => {
  it('reads "the King David Hotel" as no King and no person "David Hotel"', () => {
    const ctx = draftContext('Critics recalled the bombing of the King David Hotel that killed 91 people in 1946, columnist Glenn Green wrote.', '2010-07-09');
    expect(ctx.people.map((p) => p.name)).toEqual(['Glenn Green']);
  });
});
