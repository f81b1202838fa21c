// Rounds 41 to 44 failed clozes whose blank sits beside a country's top office as the sentence
// words it ("First Minister of Scotland _____", "Libyan leader _____", "U.S. Secretary of State
// _____", "a state visit to Queen _____"): general knowledge fills them, whatever role the person was
// given. Another mention of the same person is asked instead, when the article has one.
import { describe, expect, it } from 'vitest';
import { famousOfficeNamed } from '@/questions/engine/draft/famous-office';
import { rankedDrafts } from '../../../support/engine-drafts';

const named = (before: string, after: string) => famousOfficeNamed(before, after, `${before}X${after}`);

describe('a top office named beside a blank', () => {
  it('knows the office from the words around the blank', () => {
    expect(named('The rally heard First Minister of Scotland ', ' and others.')).toBe(true);
    expect(named('In July, the Swiss detained Libyan leader ', "'s son.")).toBe(true);
    expect(named('U.S. Secretary of State ', ' said she hopes for calm.')).toBe(true);
    expect(named('The mayor of London, ', ', tweeted support.')).toBe(true);
    expect(named('It reported that the nation\'s current president ', ' had won.')).toBe(true);
    expect(named('', ', US Secretary of State, stated after the meeting that talks would go on.')).toBe(true);
    expect(named('South African president ', ' denounced the operation.')).toBe(true);
    // A bare office in a sentence that names the country: the Queen of a visit to Britain.
    expect(named('Zuma flew to Britain for a state visit to Queen ', '.')).toBe(true);
    expect(named('Afghanistan is still choosing who will replace outgoing President ', '.')).toBe(true);
  });

  it('leaves offices that need the article', () => {
    // A town's mayor, a club's president, an opposition leader, a former holder, no country named.
    expect(named('The mayor of Gdansk, ', ', was stabbed on stage.')).toBe(false);
    expect(named('The club president ', ' resigned on Monday.')).toBe(false);
    expect(named('South African opposition leader ', ' walked out.')).toBe(false);
    expect(named('Former Iranian president ', ' was detained.')).toBe(false);
    expect(named('The attack injured three more people, including President ', '.')).toBe(false);
    expect(named('Party leader ', ' conceded defeat in Britain.')).toBe(false);
  });

  it('asks the person at another mention instead', () => {
    const text = [
      'Thousands of people marched through London on Saturday against leaving the European Union without a vote.',
      'Speakers at the rally included First Minister of Scotland Morag Kerr and the writer Tom Ellis.',
      'Morag Kerr said it was "the moment of maximum opportunity" for stopping the plan.',
      'Tom Ellis told the crowd that the march was the largest he had seen in thirty years.',
    ].join('\n\n');
    const cloze = rankedDrafts(text, '2019-03-24').find((d) => d.id === 'cloze:person-morag-kerr');
    expect(cloze?.prompt).toBe('Fill in the blank: _____ said it was "the moment of maximum opportunity" for stopping the plan.');
  });
});

describe('offices of world bodies, territories and chambers (rounds 90 to 98)', () => {
  it('counts the head of a world body as famous ("NATO Secretary-General _____", "WHO director-general _____")', () => {
    expect(named('NATO Secretary-General ', ' wrote, "I count on Turkey to act with restraint."')).toBe(true);
    expect(named('WHO director-general ', ' said the name had to be easy to say.')).toBe(true);
  });

  it('counts a territory\'s Chief Executive and "whose commander-in-chief is President _____" as famous', () => {
    expect(named('Today, Chief Executive of Hong Kong ', ' delivered her annual policy speech.')).toBe(true);
    expect(named('The Syrian Army — whose commander-in-chief is President ', ' — entered Tell Tamer yesterday.')).toBe(true);
  });

  it('leaves an editor, a company\'s chief executive and a club\'s president to the article', () => {
    expect(named('According to Samoa Observer editor ', ', the movement tapped into public mistrust.')).toBe(false);
    expect(named('The company\'s Chief Executive ', ' said profits fell.')).toBe(false);
    expect(named('The club president ', ' said the coach would stay.')).toBe(false);
  });

  it('counts a US chamber party leader beside the blank as general knowledge ("House Minority Leader _____")', () => {
    expect(named('House Minority Leader ', ' said the vote was a defeat.')).toBe(true);
    expect(named('Party leader ', ' said the vote was a defeat.')).toBe(false);
  });
});
