// A place word that is not a place in its sentence: part of an organisation's or team's name
// ("Japan" in "Japan Aerospace Exploration Agency", "Kansas City Chiefs", "Real Madrid"), or a
// place standing for its team in a sports report ("Georgia beat Alabama 27-24"). Asking "which
// place…" about it asks nothing, or asks the wrong thing.
import type { DraftContext } from './draft';
import type { Entity } from './sentence-drafts';

/** Capitalised words that may stand before a place without making a name with it. */
const FREE_BEFORE = /^(?:The|In|On|At|For|From|To|Into|During|After|Before|When|While|Since|Both|And|But|Across|Outside|Inside|Near|Throughout|Like|Unlike|Of|By|With|Without|Between|Northern|Southern|Eastern|Western|Central|North|South|East|West|Upstate|Downtown|Greater|Visiting|Officials|Police|Authorities)$/;

/** Words of a sports report; with one of them, a place in the sentence may be a team. */
const SPORTS = /\b(?:beat|beats|beaten|defeat(?:s|ed)?|win\s+over|victory\s+over|lost\s+to|loss\s+to|vs\.?|versus|scored?|scoring|touchdowns?|innings|quarterback|halftime|overtime|playoffs?|tournament|championship|league|coach(?:es|ed)?|squad|stadium|roster|seeded|final\s+four|title\s+game|head-to-head|home\s+team|away\s+team|kickoff|semifinals?|quarterfinals?)\b/i;

/** A score ("27-24", "3–1"), not a date range ("June 19-20"). */
const SCORE = /(?<!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–]?\s*(?:year|month|day|percent|%))/;

export function placeUsedAsName(ctx: DraftContext, e: Entity, m: { start: number; end: number }): boolean {
  if (e.kind !== 'place') return false;
  // Inside an organisation of the article ("Japan" in "Japan Aerospace Exploration Agency").
  if (ctx.organisations.some((o) => [o.name, ...o.aliases].some((f) => f !== e.name && f.includes(e.name) && ctx.text.slice(Math.max(0, m.start - f.length), m.end + f.length).includes(f)))) return true;
  // The front of a longer capitalised name ("Mississippi State", "Georgia Dome", "Toronto FC").
  const after = ctx.text.slice(m.end, m.end + 30);
  if (/^\s(?:of\s)?\p{Lu}[\p{L}]/u.test(after) || /^[’']s\s+(?:State|University|College|Institute)\b/.test(after)) return true;
  // The end of one ("Real Madrid", "Inter Milan", "Team USA").
  const sentence = ctx.sentences.find((s) => s.start <= m.start && m.start < s.end);
  const before = ctx.text.slice(sentence?.start ?? 0, m.start);
  const word = /(\p{Lu}[\p{L}.]*)\s$/u.exec(before)?.[1];
  if (word && !FREE_BEFORE.test(word)) return true;
  // A sports report: the place may be the team.
  return sentence !== undefined && (SPORTS.test(sentence.text) || SCORE.test(sentence.text));
}
