// The wrong keys the first-time judges of round 148 named (twelve Wikinews reports), on made-up
// text: a quotation paragraph after a paragraph reporting what someone said given to the man that
// paragraph spoke about; a police spokesperson's words given to the man arrested; a New York City
// hotel swapped for a Manhattan one; "Roosevelt's successor" asked as a role beside "President".
// And two of its other failures: "Mayor of St. Louis Francis Slay" read as "Louis Francis Slay",
// and "in Weiner's place" read as a place and swapped into statements; "my husband" offered to a man.
import { describe, expect, it } from 'vitest';
import { draftContext, placeRivals, rankedDrafts, speakerChoices } from '../../../support/engine-drafts';

const speakerOf = (text: string, words: string) => draftContext(text, '2007-11-20').quotes.find((q) => q.text.startsWith(words))?.speaker;

describe('speakers', () => {
  it('gives a quotation paragraph to whom the paragraph before reports as speaking, not to whom they spoke of', () => {
    const text = [
      'Director Peter Jackson sued New Line Cinema in 2005 over the profits of the film trilogy. “We attempted to resolve this without a lawsuit,” Jackson said.',
      'In an interview with the Sci Fi Wire, Robert Shaye, co-chairman of New Line, said that New Line does not want to do any films with Mr Jackson in the future.',
      '“I do not want to make a movie with somebody who is suing me. It will never happen during my watch.”',
      '“I don\'t care about Peter Jackson anymore,” Mr Shaye said.',
    ].join('\n\n');
    expect(speakerOf(text, 'I do not want')).toBe('Robert Shaye');
  });

  it('still gives such a paragraph to the one who has spoken when the paragraph before reports no one speaking', () => {
    const text = ['Robert Shaye met Peter Jackson in London. “We will talk again,” Jackson said.', 'The two men left together after the meeting with Mr Shaye.', '“It went well, and we both want the film made.”'].join('\n\n');
    expect(speakerOf(text, 'It went well')).toBe('Peter Jackson');
  });

  it('gives the words of “a spokesperson for the New York Police Department” to no one named', () => {
    const text = 'Dominique Strauss-Kahn, the head of the International Monetary Fund, was arrested on Saturday. Strauss-Kahn reportedly fled the hotel “in a hurry” after the attack, leaving his phone behind. “If our officers had been ten minutes later he would have been in the air,” a spokesperson for the New York Police Department said.';
    expect(speakerOf(text, 'If our officers')).toBeNull();
  });
});

describe('true-or-false swaps and roles', () => {
  it('never swaps New York City for one of its boroughs', () => {
    const text = [
      'Dominique Strauss-Kahn remained in jail last night after being charged with attacking a chambermaid at a New York City hotel.',
      'He was to appear in court in Manhattan yesterday, but the hearing was delayed.',
      'He was arrested on a plane at the airport before it took off for Paris, and his wife flew in from Washington.',
    ].join('\n\n');
    expect(placeRivals(text, 'New York City', '2011-05-16')).not.toContain('Manhattan');
  });

  it('asks no role question whose answer is a relation ("Roosevelt\'s successor") beside job titles', () => {
    const text = [
      'The Secret Service unveiled the new presidential limousine on Tuesday in Washington.',
      '“This car is the most technologically advanced protection vehicle in the world,” Nicholas Trotta, Assistant Director for the Office of Protective Operations, said in a statement.',
      'Mark Sullivan, Director of the Secret Service, said the car was built by General Motors.',
      'President William McKinley was the first US president to ride in an automobile.',
      'Roosevelt\'s successor, William Howard Taft, was the first president to use a presidential state car that was kept in the White House garage.',
      'Ed Welburn, Vice President of Global Design at General Motors, said the design took three years.',
    ].join('\n\n');
    const role = rankedDrafts(text, '2009-01-20').find((d) => d.id === 'role-of:person-william-howard-taft');
    expect(role?.type === 'multiple_choice' ? role.options.map((o) => o.text) : []).not.toContain('Roosevelt\'s successor');
  });
});

describe('names and places', () => {
  it('reads a saint\'s "St." as opening a place before a name ("Mayor of St. Louis Francis Slay")', () => {
    const ctx = draftContext('On Saturday the airport was closed, said Mayor of St. Louis Francis Slay. St. Louis County Executive Charlie Dooley said the damage was heavy. Slay said more.', '2011-04-24');
    expect(ctx.people.map((p) => p.name)).toEqual(['Francis Slay', 'Charlie Dooley']);
    expect(ctx.people.find((p) => p.name === 'Charlie Dooley')?.roles).toEqual(['St. Louis County Executive']);
  });

  it('reads no place in "in Weiner\'s place"', () => {
    const ctx = draftContext('President Barack Obama said he would resign if he were in Weiner\'s place in an interview with ABC News. Anthony Weiner represents New York.', '2011-06-17');
    expect(ctx.places.map((p) => p.name)).toEqual(['New York']);
  });
});

describe('words that rule a speaker out', () => {
  it('offers “my husband” only to women the article shows as women', () => {
    const text = [
      'IMF chief Dominique Strauss-Kahn was arrested on Saturday in New York.',
      'His wife, Anne Sinclair, said she did not believe the charges. “I do not believe for one second the accusations against my husband,” Sinclair said.',
      'Eswar Shanker Prasad, a professor at Cornell University, said the arrest would hurt the fund. “This is a blow to the IMF at a critical time,” Prasad said.',
      'Christine Lagarde, the French finance minister, said she was shocked. “It is a terrible day for the fund and for France,” she said.',
    ].join('\n\n');
    const choices = speakerChoices(text, '2011-05-16', 'accusations against my husband');
    expect(choices[0]).toBe('Anne Sinclair');
    expect(choices).not.toContain('Eswar Shanker Prasad');
  });
});
