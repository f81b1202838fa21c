// Faults the first-time judgement of round 22 found, on made-up text: titles read as organisations
// ("Director of Medical Service Dr", "… Country Director Dr"), reject lists holding fragments
// ("Friday the Health Ministry", "United Nations Children"), "France" taken from "Agence
// France-Presse", a
// product taken for a person ("said Android operating systems would"), and provinces offered for a
// city.
import { describe, expect, it } from 'vitest';
import { factPlaceClass } from '@/questions/engine/draft/place-distractors';
import { extractFacts } from '@/questions/engine/extract-facts';

const OUTBREAK = [
  'Saturday, April 12, 2008',
  'Health officials in Uganda issued an alert on Thursday after an outbreak of cholera killed over 50 people. Over 900 cases have been reported in Gulu Province, Lira Province and Soroti Province.',
  'In a news conference in Kampala, Director of Health Services Dr. Peter Okoth said the outbreak could spread. World Health Organization Country Director Dr. Mary Achieng urged people to boil water.',
  'According to Agence France-Presse, 30 people died in Gulu Province. On Friday the Health Ministry asked the United Nations Children\'s Fund for help. Samuel Odongo, spokesman for Uganda Red Cross Society, said volunteers were on their way. The Uganda Red Cross Society has opened two clinics in Gulu.',
  'Two experts came from National Disease Control Centre of the UK. Google said Android operating systems would receive an update on Monday.',
  'The United States-based Centers for Disease Control informed the ministry on March 28.',
].join('\n\n');

describe('round 22', () => {
  const facts = extractFacts(OUTBREAK, '2008-04-12');
  const orgs = facts.organisations.map((o) => o.name);

  it('reads the organisation, not the title, in a run with a title', () => {
    expect(orgs).toContain('World Health Organization');
    expect(orgs.some((n) => /\bDr$|Director/.test(n))).toBe(false);
    expect(orgs).toContain("United Nations Children's Fund");
    expect(orgs.some((n) => n.startsWith('Friday'))).toBe(false);
  });

  it('takes no place from a hyphenated name and no product for a person', () => {
    expect(facts.places.map((p) => p.name)).not.toContain('France');
    expect(facts.people.map((p) => p.name)).not.toContain('Android');
  });

  it('takes a province for no town', () => {
    const gulu = facts.places.find((p) => p.name === 'Gulu Province')!;
    expect(factPlaceClass(gulu)).toBe('subnational');
  });
});
