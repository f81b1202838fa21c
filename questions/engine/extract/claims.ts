// Claims with their status and source: what someone alleges, claims or asserts, and who denies it.
// A question built on such a sentence must keep the attribution ("Washington alleges …"), never
// state the claim as fact; drafting checks this through `claimSentences`.
import type { Sentence } from '../../sentences';
import type { ClaimFact, OrganisationFact, PersonFact, PlaceFact } from '../types';

const ALLEGE = /\b(alleges?|alleged|allegations?|allegedly|accus(?:es|ed|ing)|claims?|claimed|claiming|asserts?|asserted|insists?|insisted|reportedly|purportedly|suspected)\b/i;
const DENY = /\b(denied|denies|deny|denial|denials|rejects?|rejected|disputes?|disputed|refuted)\b/i;

export function extractClaims(sentences: Sentence[], people: PersonFact[], organisations: OrganisationFact[], places: PlaceFact[]): ClaimFact[] {
  const claims: ClaimFact[] = [];
  const names = [
    ...people.flatMap((p) => [p.name, ...p.aliases]),
    ...organisations.flatMap((o) => [o.name, ...o.aliases]),
    ...places.map((p) => p.name),
    'Washington', 'Moscow', 'Pyongyang', 'Beijing', 'Kyiv', 'Seoul', 'Tokyo',
  ].sort((a, b) => b.length - a.length);
  const sourceIn = (fragment: string) => names.filter((n) => fragment.includes(n));
  for (const s of sentences) {
    const allege = ALLEGE.exec(s.text);
    const deny = DENY.exec(s.text);
    if (!allege && !deny) continue;
    const cue = (allege && deny ? (allege.index < deny.index ? allege : deny) : (allege ?? deny))!;
    const before = s.text.slice(0, cue.index);
    const sources = sourceIn(before);
    const deniers = deny ? sourceIn(s.text.slice(0, deny.index).split(/,\s*(?:a claim|which|that)\b/).pop() ?? '').filter((n) => !sources.includes(n) || !allege) : [];
    const thatClause = /\bthat\s+(.+?)(?:[,;](?:\s+a claim|\s+which)|\.$|$)/.exec(s.text.slice(cue.index))?.[1] ?? null;
    claims.push({
      kind: 'claim',
      id: `claim-${claims.length + 1}`,
      statement: thatClause ?? s.text,
      status: allege ? 'alleged' : 'denied',
      source: sources[0] ?? null,
      deniedBy: deny ? [...new Set(deniers.length ? deniers : sourceIn(s.text.slice(s.text.search(DENY) - 80, s.text.search(DENY))))] : [],
      evidence: { sentenceIndex: s.index, start: s.start, end: s.end },
    });
  }
  return claims;
}

/** Indexes of sentences that report a claim or a denial rather than a plain fact. */
export function claimSentences(claims: ClaimFact[]): Set<number> {
  return new Set(claims.map((c) => c.evidence.sentenceIndex));
}
