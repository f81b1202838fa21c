// Faults the first-time judgement of round 13 found, on made-up text: a solicitor's words given to
// his client, a quotation given to the person a letter was sent to, police titles split from names,
// a firm and a fused "X of the House of Lords" read as people, first names compromise files under
// places, a year that names a famous event asked, a country asked where the sentence already names
// it, a bare top office asked, a role with a clause pasted into "who is the …?", a nationality in a
// quotation that rules out the options, and officials offered for "Also killed was _____".
import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/questions/engine/extract-facts';
import { plausiblePeople } from '@/questions/engine/draft/distractors';
import { draftContext, optionTexts, rankedDrafts, speakerChoices } from '../../../support/engine-drafts';

const ASYLUM = [
  'Friday, March 14, 2008',
  'Britain will reconsider the asylum case of Iranian teenager Mehdi Rahimi, British Home Secretary Joan Abbott said. Abbott released a statement: "I have decided that the case should be reconsidered on his return to the UK."',
  'Eighty members of Britain’s upper house sent a letter to Joan Abbott, appealing to the government to "show compassion and allow Mr. Rahimi to have a safe haven in the United Kingdom." Roger Roberts of the House of Lords initiated the petition.',
  'Borg Palm, Rahimi’s solicitor, stated Rahimi was pleased with the news: "He is very much afraid of being allowed to stay in Britain without official permission."',
  'Activists say over 4,000 people have been executed since the Iranian Revolution of 1979. Iranian President Ali Karimi said in 2007: "In Iran we do not have this phenomenon at all, as you well know."',
  'MP Simon Hughes said he would meet Rahimi: "I hope he will now come back to Britain where arrangements are in place for a meeting." Campaigner Peter Lane said, "It is cruel to even suggest sending him back to that country."',
].join('\n\n');

const CRASH = [
  'Sunday, August 23, 2015',
  'Pilot Andy Hill is alive but critically injured. Eleven people died when his jet crashed onto the A27 road on Saturday.',
  'Also killed was Matt Jones, 24, who worked as a personal trainer. Among the dead was Daniel Hunt, 23, a football player. Its owner Chariot Chauffeurs say they are unclear on whether the driver died.',
  'Police Superintendent Jane Derrick said last night, "At this time we are continuing to search the scene for more victims." Assistant Chief Constable Steve Barry said the scene was "incredibly large", and Prime Minister David Cameron sent his condolences.',
  'David Wildridge, another pilot who took part yesterday, said Hill is "well-known and well-loved".',
].join('\n\n');

describe('people and speakers', () => {
  it('gives a solicitor his own words and no quotation to the person a letter was sent to', () => {
    const facts = extractFacts(ASYLUM, '2008-03-14');
    const speakerOf = (start: string) => facts.quotes.find((q) => q.text.startsWith(start))?.speaker ?? null;
    expect(facts.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Borg Palm', 'Roger Roberts']));
    expect(facts.organisations.map((o) => o.name).some((n) => n.includes('Roger'))).toBe(false);
    expect(speakerOf('He is very much afraid')).toBe('Borg Palm');
    expect(speakerOf('show compassion')).not.toBe('Joan Abbott');
  });

  it('keeps police titles out of names, finds "Pilot Andy Hill", and reads a firm that "say" as no person', () => {
    const facts = extractFacts(CRASH, '2015-08-23');
    const names = facts.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Andy Hill', 'Jane Derrick', 'Steve Barry']));
    expect(names).not.toContain('Chariot Chauffeurs');
    expect(names.some((n) => /Constable|Superintendent/.test(n))).toBe(false);
    expect(facts.quotes.find((q) => q.text.startsWith('At this time'))?.speaker).toBe('Jane Derrick');
  });
});

describe('drafts', () => {
  const asylum = rankedDrafts(ASYLUM, '2008-03-14');
  const crash = rankedDrafts(CRASH, '2015-08-23');

  it('does not ask the year of a famous event, nor a country the sentence already names', () => {
    expect(asylum.some((d) => d.prompt.includes('Revolution of _____'))).toBe(false);
    expect(asylum.some((d) => /Iranian Revolution of (?!1979)\d{4}/.test(d.prompt))).toBe(false);
    expect(asylum.some((d) => /Britain’s upper house.*_____/.test(d.prompt) && optionTexts(d).includes('the United Kingdom'))).toBe(false);
  });

  it('offers no official of another country for a quotation that names one', () => {
    const iran = speakerChoices(ASYLUM, '2008-03-14', 'In Iran we');
    expect(iran).toContain('Ali Karimi');
    expect(iran).not.toContain('Joan Abbott');
  });

  it('asks no bare top office, no role with a clause in it, and offers the dead for the dead', () => {
    expect(crash.some((d) => /who is the Prime Minister\?/.test(d.prompt))).toBe(false);
    expect(crash.some((d) => /another pilot who took part/.test(d.prompt) && d.prompt.startsWith('According to the article, who is'))).toBe(false);
    const ctx = draftContext(CRASH, '2015-08-23');
    const jones = ctx.people.find((p) => p.name === 'Matt Jones')!;
    expect(plausiblePeople(ctx, jones, ctx.people, 'killed').map((p) => p.name)).toEqual(['Daniel Hunt']);
  });
});
