// A person general knowledge names ("Canadian singer _____", "_____, the leader of the Khmer
// Rouge") is no blank and no role choice: over rounds 1 to 110 judges accepted a third of such
// blanks, against three in four for everyone else. On made-up text.
import { describe, expect, it } from 'vitest';
import { describedAtBlank, famousPerson } from '@/questions/engine/draft/famous-person';
import { draftContext, rankedDrafts } from '../../../support/engine-drafts';

const person = (name: string, aliases: string[] = []) => ({ id: 'p', name, aliases, roles: [], affiliations: [], mentions: [] }) as unknown as Parameters<typeof famousPerson>[0];

describe('who is famous', () => {
  it('knows a famous name in other spellings, or by the end of it', () => {
    expect(famousPerson(person('Recep Tayyip Erdogan'))).toBe(true);
    expect(famousPerson(person('Bashar Assad'))).toBe(true);
    expect(famousPerson(person('Suu Kyi'))).toBe(true);
    expect(famousPerson(person('Pol Pot'))).toBe(true);
  });

  it('takes no famous surname alone, nor a stranger who shares a first name', () => {
    expect(famousPerson(person('Adams'))).toBe(false);
    expect(famousPerson(person('John Adamson'))).toBe(false);
    expect(famousPerson(person('Justin Bieberstein'))).toBe(false);
    expect(famousPerson(person('Tasnim Aslam'))).toBe(false);
  });

  it('reads a description beside the blank, and no description in a plain frame', () => {
    expect(describedAtBlank('a song by Canadian singer ', ', which was placed on YouTube.')).toBe(true);
    expect(describedAtBlank('', ', the leader of the Khmer Rouge uprising, died in 1998.')).toBe(true);
    expect(describedAtBlank('', '’s previous visit to Pyongyang was in July 2000.')).toBe(false);
    expect(describedAtBlank('The talks were led by ', ' and his deputy.')).toBe(false);
  });
});

const TEXT = [
  'The video became the most viewed on YouTube last month after overtaking "Baby", a song by Canadian singer Justin Bieber.',
  'The record was announced on Friday by Polish singer Jane Kowalski, who had held the previous record for a year.',
  'YouTube spokesman Patrice Wilson said he was "amazed" by the numbers.',
  'Culture Minister Lisa Hart said the song would be forgotten within a year.',
  'Sony Music chief executive Rob Stringer said sales had doubled.',
  'Bieber said on Twitter that he liked the video.',
  'Tesla chief executive Elon Musk said he had watched it twice.',
].join('\n\n');

describe('drafts', () => {
  const drafts = rankedDrafts(TEXT, '2011-06-17');
  const ids = drafts.map((d) => d.id);

  it('blanks no famous person beside a description, but a stranger in the same frame', () => {
    expect(drafts.filter((d) => d.id.endsWith('person-justin-bieber') && /Canadian singer _____/.test(d.prompt))).toEqual([]);
    expect(drafts.some((d) => d.id === 'cloze:person-jane-kowalski' && /Polish singer _____/.test(d.prompt))).toBe(true);
  });

  it('asks no one to pick who holds a famous person\'s role, nor what it is', () => {
    expect(draftContext(TEXT, '2011-06-17').people.find((p) => p.name === 'Elon Musk')?.roles).toEqual(['Tesla chief executive']);
    expect(ids.filter((id) => /^(?:who-role|role-of):person-(?:elon-musk|justin-bieber)$/.test(id))).toEqual([]);
    expect(ids.some((id) => /^(?:who-role|role-of):person-(?:patrice-wilson|lisa-hart|jane-kowalski|rob-stringer)$/.test(id))).toBe(true);
  });
});
