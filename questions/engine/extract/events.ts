// Events on a timeline: sentences that date something, with the actor named in them. Only events
// whose date resolves to a comparable value are placed in order, so a timeline never depends on a
// publication date the article does not give.
import type { Sentence } from '../../sentences';
import type { DateFact, EventFact, PersonFact, PlaceFact, OrganisationFact } from '../types';

const LEADING_PRONOUN = /^(?:he|she|it|they|this|that|these|those|his|her|its|their)\b/i;

export function extractEvents(sentences: Sentence[], dates: DateFact[], people: PersonFact[], organisations: OrganisationFact[], places: PlaceFact[]): EventFact[] {
  const events: EventFact[] = [];
  for (const date of dates) {
    const s = sentences[date.evidence.sentenceIndex];
    if (!s) continue;
    // "… even though tear gas has been banned since 1999": a date in a concession, or the start of
    // a state ("since"), is not when the sentence's event happened.
    const before = s.text.slice(0, date.evidence.start - s.start);
    if (/\bsince\s+$/i.test(before) || /\b(?:even though|although|though|whereas)\b/i.test(before)) continue;
    const inSentence = (start: number) => start >= s.start && start < s.end;
    const actor =
      people.find((p) => p.mentions.some((m) => inSentence(m.start)))?.name ??
      organisations.find((o) => inSentence(o.evidence.start))?.name ??
      places.find((p) => inSentence(p.evidence.start))?.name ??
      null;
    // The event without its date: "The Crew-7 mission lifted off on a Falcon 9 rocket …".
    // The preposition and any "early"/"late" that carried the date go with it ("told the BBC on
    // Monday that …" → "told the BBC that …", "started in September 1999 with" → "started with"):
    // left behind they read as debris (rounds 66 to 75).
    const head = s.text.slice(0, date.evidence.start - s.start).replace(/(?:^|\s)(?:on|in|at|since|from|by|during|until|of)\s+(?:(?:early|late|mid-?)\s+)?$/i, (m) => (/^\s/.test(m) ? ' ' : ''));
    const local = head + s.text.slice(date.evidence.end - s.start);
    const description = local
      .replace(/\b(?:on|in|at|since|from|by|during)\s+(?=[,.;]|\s*$)/g, '')
      .replace(/\s+(?:on|in|at)\s*,/g, ',')
      .replace(/\s{2,}/g, ' ')
      .replace(/\s+([,.;])/g, '$1')
      .replace(/,\s*,/g, ',')
      .trim()
      // "In 1991, the dictator …" loses its opening phrase, and the sentence opens with a capital again.
      .replace(/^[,;:]\s*/, '')
      .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    events.push({
      kind: 'event',
      id: `event-${events.length + 1}`,
      actor,
      description,
      dateId: date.id,
      when: date.resolved,
      // (Nor one that opens with a pronoun once its dated opening is cut: "In early 2012, he uploaded …".)
      standalone: !LEADING_PRONOUN.test(s.text) && !LEADING_PRONOUN.test(description) && description.split(/\s+/).length <= 30,
      evidence: { sentenceIndex: s.index, start: s.start, end: s.end },
    });
  }
  return events;
}
