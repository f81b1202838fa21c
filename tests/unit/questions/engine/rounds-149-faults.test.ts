// The wrong keys the first-time judges of round 149 named (five Wikinews reports, six Department
// of Justice releases), on made-up text, and the failures behind them: one man's other names after
// "a/k/a" read as other people; a middle name and its initial read as two people; a bank's bracketed
// short form, a title "-in-Charge" and a plural title read into names; "the top 15" swapped for "the
// top 30"; "New York City" swapped for "NY"; and the release's prosecutors asked as its facts.
import { describe, expect, it } from 'vitest';
import { boundedNumber } from '@/questions/engine/draft/true-false-drafts';
import { draftContext, placeRivals, rankedDrafts } from '../../../support/engine-drafts';

const people = (text: string) => draftContext(text, '2009-01-09').people.map((p) => ({ name: p.name, aliases: p.aliases }));
const names = (text: string) => draftContext(text, '2009-01-09').people.map((p) => p.name);

describe('one person, several names', () => {
  it('reads the names after "a/k/a" as the person before it, and his father as another man', () => {
    const text = [
      'Roy M. Belfast Jr. was sentenced by Judge Cecilia M. Altonaga today to 97 years in prison for torture in Liberia.',
      'Belfast, a/k/a Chuckie Taylor, Charles Taylor Jr., Charles Taylor II and Charles McArther Emmanuel, was convicted on October 30, 2008.',
      'Belfast is the son of the former Liberian dictator Charles Taylor.',
    ].join('\n\n');
    const found = people(text);
    const son = found.find((p) => p.name === 'Roy M. Belfast Jr');
    expect(son?.aliases).toEqual(expect.arrayContaining(['Belfast', 'Charles Taylor Jr', 'Charles McArther Emmanuel']));
    expect(found.map((p) => p.name).sort()).toEqual(['Cecilia M. Altonaga', 'Charles Taylor', 'Roy M. Belfast Jr']);
  });

  it('still reads "Jovito Palparan Jr." and "Jovito Palparan" as one man', () => {
    expect(names('Retired general Jovito Palparan Jr. was named in the report. Jovito Palparan denied it, and Palparan said so again.')).toEqual(['Jovito Palparan Jr']);
  });

  it('reads a middle name and its initial as one person, and a son of the same middle name apart', () => {
    const text = 'Harold James Nicholson, 58, and his son Nathaniel James Nicholson, 24, were indicted today. Harold J. Nicholson was a CIA officer. Nathaniel J. Nicholson travelled to Mexico.';
    expect(people(text)).toEqual([
      { name: 'Harold James Nicholson', aliases: ['Harold J. Nicholson'] },
      { name: 'Nathaniel James Nicholson', aliases: ['Nathaniel J. Nicholson'] },
    ]);
  });
});

describe('what is no name', () => {
  it('reads a bank\'s bracketed short form as the bank, not a person', () => {
    const ctx = draftContext('Lloyds TSB Bank plc (Lloyds) has agreed to forfeit $350 million. Lloyds waived indictment. Lloyds agreed to forfeit the funds.', '2009-01-09');
    expect(ctx.people).toEqual([]);
    expect(ctx.organisations.find((o) => o.name === 'Lloyds TSB Bank')?.aliases).toContain('Lloyds');
  });

  it('strips a title "-in-Charge" and a plural title from the names after them', () => {
    const text = '“The crimes were violent,” said FBI Assistant Director-in-Charge Joseph M. Demarest. Director-in-Charge Demarest added more. The case is prosecuted by Assistant U.S. Attorneys Pamela K. Chen and Margo K. Brodie.';
    expect(names(text)).toEqual(['Joseph M. Demarest', 'Pamela K. Chen', 'Margo K. Brodie']);
  });

  it('reads no person in "the Criminal Division\'s Asset Forfeiture and Money Laundering Section" nor in "the St. Louis Cardinals"', () => {
    expect(names('Trial Attorney Frederick Reynolds of the Criminal Division\'s Asset Forfeiture and Money Laundering Section handled it. Mark McGwire played for the St. Louis Cardinals.')).toEqual(['Frederick Reynolds', 'Mark McGwire']);
  });

  it('still reads a saint as a person ("the theologian St. Thomas Aquinas")', () => {
    expect(names('Historians compare him with the theologian St. Thomas Aquinas, who wrote much.')).toContain('Thomas Aquinas');
  });
});

describe('swaps and credits', () => {
  it('never swaps a count "in the top 15", which "the top 30" would hold too', () => {
    const ctx = draftContext('McGwire is now one of the six players in the top 15 home run hitters of all time that has been linked to the use of drugs.', '2010-01-12');
    const top = ctx.numbers.find((n) => n.value === 15);
    expect(top && boundedNumber(ctx, top)).toBe(true);
  });

  it('never swaps "New York City" for "NY", which names it again', () => {
    const text = 'Agents in New York City returned three sculptures stolen from temples in India. ICE agents in NY returned a stone idol in 2006. The sculptures were sold in London and flown to Delhi.';
    expect(placeRivals(text, 'New York City', '2014-01-14')).not.toContain('NY');
  });

  it('asks nothing of who prosecutes or assists at the end of a justice department\'s release', () => {
    const credits = 'The case was prosecuted by Assistant U.S. Attorney Jacqueline Novas and Trial Attorney Matthew L. Stennes of the Public Integrity Section.';
    const text = [
      'Former Senator Jorge de Castro Font pleaded guilty today in federal court in San Juan to charges of extortion.',
      'De Castro Font admitted that he accepted $500,000 in payments from businessmen between 2004 and 2008.',
      '“Public corruption will not be tolerated,” said Acting Assistant Attorney General Matthew Friedrich.',
      'Sentencing is scheduled for April 24 before Judge Daniel R. Dominguez.',
      credits,
    ].join('\n\n');
    expect(rankedDrafts(text, '2009-01-21').some((d) => d.evidence.includes(credits))).toBe(false);
  });
});
