// Who-said-it options that a quotation's own words rule out (rounds 44 to 62), on made-up text.
import { describe, expect, it } from 'vitest';
import { speakerChoices } from '../../../support/engine-drafts';

describe('who-said-it options the words rule out', () => {
  const text = [
    'Thousands of protesters marched through Seoul on Saturday against the import of American beef.',
    'President Lee Myung-bak said the deal would stand. "We will not reopen the negotiations with Washington, whatever happens on the streets," Lee said.',
    'Justice Minister Kim Kyung-han warned that illegal rallies would be punished. "Those who break the law at these rallies will face the full force of the courts," Kim said.',
    'Protester Kang Won-soon, a student from Incheon, disagreed. "We are just here to express our opinions. I cannot understand why this government tries to ban our rally," Kang said.',
    'Another protester, Jang Dong-min, said: "We will keep coming back every weekend until the beef deal is cancelled."',
    'Police chief Choi Sung-ho said: "Officers will keep the roads open for anyone who wants to drive through the city."',
  ].join('\n\n');

  it('offers no member of the government for words that speak of "this government"', () => {
    // The voices outside the government are left: the other protester and the police chief.
    expect(speakerChoices(text, '2008-06-01', 'this government tries to ban our rally').sort()).toEqual(['Choi Sung-ho', 'Jang Dong-min', 'Kang Won-soon']);
  });

  it('still asks a quotation whose words rule nobody out, with the government among the options', () => {
    const choices = speakerChoices(text, '2008-06-01', 'keep coming back every weekend');
    expect(choices).toHaveLength(4);
    expect(choices).toEqual(expect.arrayContaining(['Jang Dong-min', 'Kim Kyung-han', 'Lee Myung-bak']));
  });
});

describe('an office the words speak of as another', () => {
  it('offers no president for "the only obstacle was the president"', () => {
    const text = [
      'Somalia’s parliament voted on Sunday to keep Prime Minister Nur Hassan Hussein in office.',
      'President Abdullahi Yusuf Ahmed had dismissed Hussein on Saturday.',
      '"The only obstacle to this agreement was the president, and now the members have spoken," Hussein said after the vote.',
      'Speaker Aden Mohamed Nur said: "The vote was counted twice and the result is final for this session of parliament."',
      'African Union envoy Jean Ping said: "We call on all sides to respect the decision of the elected members of parliament."',
      'Yusuf said that "the dismissal stands, whatever the members of parliament say about it in their vote."',
    ].join('\n\n');
    const choices = speakerChoices(text, '2008-12-15', 'The only obstacle to this agreement');
    expect(choices.sort()).toEqual(['Aden Mohamed Nur', 'Jean Ping', 'Nur Hassan Hussein']);
  });

  it('offers no @handle’s owner for words addressed to the handle', () => {
    const text = [
      'The actor Stephen Fry asked Prime Minister David Cameron on Wednesday to back a boycott of the Winter Olympics in Sochi.',
      'Cameron replied on Twitter: "Thank you for your note @stephenfry. I share your deep concern about the abuse of gay people in Russia."',
      'Sebastian Coe, the chairman of the British Olympic Association, said: "A boycott would only damage one group of people, the athletes who have trained for years."',
      'Fry said: "An absolute ban on the Russian Winter Olympics of 2014 is simply essential for the sake of everyone."',
      'Athlete Tom Daley said: "I would still go to the games and compete for my country, whatever the law says."',
    ].join('\n\n');
    const choices = speakerChoices(text, '2013-08-11', 'Thank you for your note');
    expect(choices).toContain('David Cameron');
    expect(choices).not.toContain('Stephen Fry');
  });

  it('keeps a government spokesperson’s colleagues when the spokesperson speaks of "the government" too', () => {
    const text = [
      'Thailand’s military government banned a three-finger salute on Monday.',
      'Colonel Winthai Suwaree, a government spokesman, said: "The government will not allow gatherings that threaten order in the capital city."',
      'Prime Minister Prayuth Chan-ocha said he would not lift martial law soon, and Colonel Weerachon Sukhondhapatipak said the army was watching.',
      '"We are monitoring the movement and we have to control it so it does not cause any disorder," Weerachon said.',
      'Sombat Boonngam-anong, a social activist, said: "Let us escalate the anti-coup movement three times a day together, all of us."',
    ].join('\n\n');
    const choices = speakerChoices(text, '2014-06-03', 'will not allow gatherings');
    expect(choices).toEqual(expect.arrayContaining(['Winthai Suwaree', 'Prayuth Chan-ocha']));
  });
});
