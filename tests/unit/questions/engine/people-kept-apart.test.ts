// Faults the first judgement of fresh articles found (round 7): a "Senator Kennedy" merged into
// "Rep. Patrick Kennedy", two spellings of one name kept as two people, a "Senator" offered beside
// a "Senate Majority Leader", passing historical names offered as speakers, and a pronoun in the
// stem that rules out options of the other gender. Every input is a small made-up text.
import { describe, expect, it } from 'vitest';
import { overlappingRoles } from '@/questions/engine/draft/distractors';
import { sameSpelling } from '@/questions/engine/extract/people';
import { extractFacts } from '@/questions/engine/extract-facts';
import { generateDrafts } from '@/questions/engine/generate-drafts';

const TEXT = [
  'The Senate passed the rescue bill on Wednesday by a vote of 74 to 25, said Senate Majority Leader Harry Reid.',
  'Rep. Patrick Kennedy voted against the earlier version in the House, as did Rep. Jim Ramstad. "This is a bad bill that will hurt families," Ramstad said.',
  'Senator Kennedy did not vote because he is recovering from surgery. Senator Tom Harkin and Senator Richard Lugar both voted for the bill.',
  'Historians compared the fight to the alliance of Marc Antony and Cleopatra. "Mark Antony would never have voted for a bill like this one," said Professor Jane Miller of Yale.',
  'Rep. Marcy Kaptur explained her no vote in a long speech to the chamber on Thursday.',
].join('\n\n');

const drafts = () => {
  const result = generateDrafts(TEXT);
  if (!result.ok) throw new Error(result.reason);
  return result.drafts;
};
const optionsOf = (d: object): unknown => ('options' in d ? d.options : undefined);
const optionTexts = (d: object) => {
  const options = optionsOf(d);
  return Array.isArray(options) ? (options as { text: string }[]).map((o) => o.text) : [];
};

describe('people kept apart, and merged', () => {
  const people = extractFacts(TEXT, null).people;
  const byName = (n: string) => people.find((p) => p.name === n);

  it('reads "Rep." and "Sen." before a name as roles, so a titled surname of another office is someone else', () => {
    expect(byName('Patrick Kennedy')?.roles).toEqual(['Representative']);
    expect(byName('Jim Ramstad')?.roles).toEqual(['Representative']);
    expect(byName('Patrick Kennedy')?.aliases).not.toContain('Kennedy');
    expect(byName('Kennedy')?.roles).toEqual(['Senator']);
  });

  it('merges two spellings of one full name, and only full names', () => {
    expect(byName('Marc Antony')?.aliases).toContain('Mark Antony');
    expect(byName('Mark Antony')).toBeUndefined();
    expect(sameSpelling('Philip Jones', 'Phillip Jones')).toBe(true);
    expect(sameSpelling('Mark', 'Marc')).toBe(false);
    expect(sameSpelling('Mary Smith', 'Mark Smith')).toBe(false);
  });
});

describe('options that would also be right, or are absurd', () => {
  it('knows that a Senate leader is a senator and a House member a representative', () => {
    expect(overlappingRoles('Senate Majority Leader', 'Senator')).toBe(true);
    expect(overlappingRoles('Speaker of the House', 'Representative')).toBe(true);
    expect(overlappingRoles('Foreign Minister', 'Prime Minister')).toBe(false);
  });

  it('never pairs a senator role with someone whose role implies it in role and matching questions', () => {
    for (const d of drafts()) {
      const texts = optionTexts(d);
      if (d.id.startsWith('role-of:')) {
        const key = (optionsOf(d) as { id: string; text: string }[]).find((o) => o.id === (d.answer as { correct: string }).correct)!.text;
        expect(texts.filter((t) => t !== key && overlappingRoles(t, key)), d.id).toEqual([]);
      }
      if (d.id === 'matching:people-roles') {
        const right = (optionsOf(d) as { right: { text: string }[] }).right.map((r) => r.text);
        expect(right.filter((t) => /senat/i.test(t)).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('offers as speakers, or as names for a blank, only people who speak or hold a role in the story, not names in passing', () => {
    const speaker = drafts().filter((d) => d.type === 'who_said_it');
    expect(speaker.length).toBeGreaterThan(0);
    for (const d of speaker) expect(optionTexts(d)).not.toContain('Cleopatra');
    const named = drafts().filter((d) => d.id.startsWith('mc-cloze:person-') && d.id !== 'mc-cloze:person-cleopatra');
    // (Two: "Senate Majority Leader _____" is general knowledge since round 98, and no longer asked.)
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const d of named) expect(optionTexts(d), d.id).not.toContain('Cleopatra');
  });

  it('offers no man for a blank that "her" refers to (as far as the names tell: Harry, Patrick, Jim, John)', () => {
    const kaptur = drafts().find((d) => d.id === 'mc-cloze:person-marcy-kaptur');
    if (kaptur) expect(optionTexts(kaptur).filter((t) => /Reid|Kennedy|Ramstad|Lugar/.test(t))).toEqual([]);
  });
});
