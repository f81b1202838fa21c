// Faults first-time judgements named in rounds 40 to 46, on made-up text.
import { describe, expect, it } from 'vitest';
import { addressOnly } from '@/questions/engine/draft/people-drafts';
import { sentenceDrafts } from '@/questions/engine/draft/sentence-drafts';
import { tfStatement } from '@/questions/engine/draft/true-false-drafts';
import { draftContext } from '../../../support/engine-drafts';

describe('options of the country the stem names', () => {
  it('reads "_____, Polish Undersecretary of State for Defence," as a Polish official, and offers only Poles', () => {
    const text = [
      'About 3,500 US soldiers arrived in Poland on Thursday, the largest deployment of its kind since the Cold War.',
      'Russian Deputy Foreign Minister Ivan Markov said the troops were "a factor destabilising European security".',
      'Kremlin spokesman Oleg Petrov said Russia saw the deployment as a threat.',
      'Polish Defence Minister Jan Kowal welcomed the soldiers at a ceremony in Zagan.',
      'Polish Foreign Minister Piotr Lis said the alliance had kept its word.',
      'Polish President Adam Wrona thanked the soldiers in a speech on Saturday.',
      'Marek Nowak, Polish Undersecretary of State for Defence, noted "large exercises" by Russia near the border as another reason the troops were needed.',
    ].join('\n\n');
    const ctx = draftContext(text, '2017-01-14');
    expect(ctx.people.find((p) => p.name === 'Marek Nowak')?.roles).toEqual(['Polish Undersecretary of State for Defence']);
    const mc = sentenceDrafts(ctx).find((d) => d.id === 'mc-cloze:person-marek-nowak');
    expect(mc?.type).toBe('multiple_choice');
    if (mc?.type === 'multiple_choice') expect(mc.options.map((o) => o.text).sort()).toEqual(['Adam Wrona', 'Jan Kowal', 'Marek Nowak', 'Piotr Lis']);
  });
});

describe('rounds 45 and 46', () => {
  it('reads Hamas as a movement, never a person, and "a Polish Ryanair pilot" as Ryanair', () => {
    const text = [
      'Israel launched an air raid on Gaza on Tuesday and Hamas responded by firing eight rockets at southern towns.',
      'Fawzi Barhum, a spokesman for Hamas, said the truce "is finished because the enemy did not abide by its obligations".',
      'Separately, the airline Ryanair sacked a Polish Ryanair pilot after an investigation into a landing in Stockholm.',
    ].join('\n\n');
    const ctx = draftContext(text, '2008-12-19');
    expect(ctx.people.map((p) => p.name)).not.toContain('Hamas');
    expect(ctx.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Hamas', 'Ryanair']));
    expect(ctx.organisations.map((o) => o.name)).not.toContain('Polish Ryanair');
  });

  it('gives "said a statement from Ryanair’s lawyers" to Ryanair, not to the body quoted before', () => {
    const text = [
      'The budget airline Ryanair has sued Channel 4 over a documentary about pilots, and the Irish Aviation Authority says it is "based upon false and misleading information". "We have been instructed to vigorously prosecute these libel proceedings," said a statement from Ryanair\'s lawyers.',
      'Channel 4 said it stood by its journalism.',
    ].join('\n\n');
    const quote = draftContext(text, '2013-08-17').quotes.find((q) => q.text.startsWith('We have been instructed'));
    expect(quote?.speaker).toBe('Ryanair');
  });

  it('asks no stem that leans on the sentence before ("However the past …", "Just a few days earlier", "One of the participants,", "The aircraft had")', () => {
    const text = [
      'The past six months saw a dramatic drop in the number of rockets fired into Israel from Gaza, officials in Jerusalem said on Friday.',
      'However the past three days have seen up to 50 rockets fired at the town of Sderot.',
      'An article by reporter Gareth Porter appeared in the Los Angeles Times on Sunday, February 5.',
      'Just a few days earlier, Porter reported that two former officials had warned of a war with Iran.',
      'Thousands of people joined a counter-march organised by the group Antifa in Warsaw on Saturday.',
      'One of the participants, Lidia Domanska, said about 5,000 people took part in the march.',
      'A Ryanair flight made an emergency landing in Sweden after its radio failed on Monday.',
      'The aircraft had returned to an airport near Stockholm shortly after takeoff.',
    ].join('\n\n');
    for (const d of sentenceDrafts(draftContext(text, '2008-12-19'))) {
      expect(d.prompt).not.toMatch(/\bHowever\b|Just a few days earlier|One of the participants|The aircraft had/);
    }
  });

  it('asks no date of the end of the First World War', () => {
    const text = [
      'Tens of thousands of people marched through Warsaw on Saturday, November 11, to mark Poland\'s Independence Day.',
      'November 11 is the anniversary of the end of World War I, after which Poland regained its independence in 1918.',
      'Police said about 60,000 people took part in the march, which ended without violence.',
    ].join('\n\n');
    const ctx = draftContext(text, '2017-11-14');
    const warSentence = ctx.sentences.findIndex((s) => s.text.includes('World War I'));
    for (const d of sentenceDrafts(ctx)) if (d.id.startsWith('when:')) expect(d.evidence).not.toContain(ctx.sentences[warSentence]!.text);
  });

  it('takes "Professor" for a form of address, not a role', () => {
    expect(addressOnly('Professor')).toBe(true);
    expect(addressOnly('professor of history')).toBe(false);
  });

  it('never cuts a report at ", as saying" (the claim it reports)', () => {
    const text = [
      'The Sunday Telegraph reported on February 12 that the Pentagon was drawing up plans for raids on Iran.',
      'An InterPress Service article by Gareth Porter reported that two former CIA officials, Paul Pillar and Ellen Laipson, as saying that one of the main reasons motivating Iran to move towards developing nuclear weapons was the belief in a threat of attack by the United States.',
      'Paul Pillar led the preparation of every estimate on Iran from 2000 to 2005.',
    ].join('\n\n');
    expect(tfStatement(draftContext(text, '2006-02-12'), 1) ?? '').not.toMatch(/Laipson\.$/);
  });
});
