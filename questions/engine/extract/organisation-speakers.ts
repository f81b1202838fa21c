// Quotations whose speaker is an organisation: "the HRCP said", "the Commission said", "the
// organization said" after a paragraph naming Reporters Without Borders. People are attributed
// first (quotes.ts); what is left unattributed, or attributed to a bare capitalised name, is
// matched here against the article's organisations.
import { escapeRegExp } from '../regexp';
import type { OrganisationFact, QuoteFact } from '../types';

const AFTER_NAME = /^[\s,.”"’—–-]*(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,5})\s+(?:said|says|added|stated|warned|wrote)\b/u;
const normal = (s: string) => s.replace(/^the\s+/i, '').trim().toLowerCase();
const GENERIC = /^[\s,.”"’—–-]*(?:the\s+)?(?:\p{Ll}+\s+)?(organi[sz]ation|group|agency|commission|committee|body|charity|ministry|department|company|firm|council|alliance|league|party|union|movement|wing)\s+(?:said|says|added|stated|warned|wrote)\b/iu;

const OWN_ATTRIBUTION = /^[\s,.”"’]*(?:said|says|added|stated|read|reads|according\s+to)\b/u;

// "…,” said a statement from Ryanair's lawyers": the body whose statement it is.
const STATEMENT_OF = /^[\s,”"’]*(?:said|says|read|reads)\s+(?:a|the)\s+(?:\p{Ll}+\s+)?(?:statement|release|letter|note|communiqué)\s+(?:from|by|of)\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,5}?)(?:[’']s\b|[\s,.;]|$)/u;

const GENERIC_BEFORE = /\b[Tt]he\s+(?:organi[sz]ation|group|agency|commission|committee|charity)\s+(?:said|says|stated|added|warned|wrote)\b[^“”"]*[.:]\s*[“"]?$/;
// "Previously, the same charity has said “…”": the body named just before speaks again (round 79).
const GENERIC_RIGHT_BEFORE = /\b[Tt]he\s+(?:same\s+)?(?:organi[sz]ation|group|agency|commission|committee|charity)\s+(?:has\s+|had\s+)?(?:said|says|stated|added|warned|wrote)\s*[,:]?\s*[“"]$/;

function byName(organisations: OrganisationFact[], name: string): OrganisationFact | undefined {
  const n = normal(name);
  const exact = organisations.find((o) => [o.name, ...o.aliases].some((f) => normal(f) === n));
  if (exact) return exact;
  // "the Commission" for the Human Rights Commission of Pakistan, when only one name has the word.
  if (n.includes(' ')) return undefined;
  const holders = organisations.filter((o) => o.name.toLowerCase().split(/\s+/).includes(n));
  return holders.length === 1 ? holders[0] : undefined;
}

/** The organisation named last before `pos` (its name or an alias), if named within the last few sentences. */
function lastNamedBefore(text: string, organisations: OrganisationFact[], pos: number): OrganisationFact | undefined {
  let best: { org: OrganisationFact; at: number } | undefined;
  for (const o of organisations) {
    for (const f of [o.name, ...o.aliases]) {
      const at = text.lastIndexOf(f, pos);
      if (at >= 0 && (!best || at > best.at)) best = { org: o, at };
    }
  }
  return best && pos - best.at <= 400 ? best.org : undefined;
}

/**
 * "The Wi-Fi Alliance said it “…”", "…, National Cyber Security Centre of the UK said “…”", and a
 * few words of the sentence between ("Youngspiration said the report “violates media ethics.”",
 * "Christian Aid issued a statement saying, “…”").
 */
function namedRightBefore(text: string, organisations: OrganisationFact[], quoteStart: number): OrganisationFact | undefined {
  const before = text.slice(Math.max(0, quoteStart - 200), quoteStart);
  return organisations.find((o) =>
    [o.name, ...o.aliases].some((f) => {
      const name = `(?<![\\p{L}])${escapeRegExp(f)}`;
      const verb = String.raw`\s+(?:said|says|saying|stated|stating|added|warned|wrote)(?:\s+\p{Ll}[\p{L}’'-]*){0,4}[,:]?\s*[“"]$`;
      // "A spokesperson for Show Racism the Red Card, a charity advocating …, said: “…”" (round 79).
      // Not a body the words were seen by or sent to: "A leaked internal letter seen by Sky News
      // says “…”" is the letter's (round 83's wrong key).
      return new RegExp(`(?<!\\b(?:by|to|with)\\s)${name}(?:\\s+\\p{Ll}[\\p{L}’'-]*){0,4}?${verb}`, 'u').test(before.slice(-120)) || new RegExp(String.raw`\b(?:spokes(?:person|man|woman)|representative)\s+(?:for|of)\s+(?:the\s+)?${name}(?:,\s+[^,“”"]{2,100},)?${verb}`, 'iu').test(before);
    }),
  );
}

export function attributeToOrganisations(text: string, quotes: QuoteFact[], organisations: OrganisationFact[]): QuoteFact[] {
  const out: QuoteFact[] = [];
  for (const q of quotes) {
    const found = attributeOne(text, q, organisations);
    // "“…,” the youth league said. “It is quite apparent …”": a quotation right after an
    // organisation's, with only its attribution between, goes on in its voice.
    const before = out.at(-1);
    const between = before ? text.slice(before.evidence.end, q.evidence.start) : '';
    // Not when the quotation has an attribution of its own after it ("…,” said a statement from …").
    const ownAttribution = OWN_ATTRIBUTION.test(text.slice(q.evidence.end, q.evidence.end + 40));
    const goesOn = !found.speaker && !ownAttribution && before?.speaker && !before.speakerId && organisations.some((o) => o.name === before.speaker) && !between.includes('\n') && /^[\s,.”"’]*(?:(?:the\s+)?[\p{L} -]{0,40}\s+(?:said|says|added|stated)\s*[.,]?)?[\s“"]*$/u.test(between);
    out.push(goesOn ? { ...found, speaker: before!.speaker } : found);
  }
  return out;
}

function attributeOne(text: string, q: QuoteFact, organisations: OrganisationFact[]): QuoteFact {
  if (q.speakerId) return q;
  const named = q.speaker ? byName(organisations, q.speaker) : undefined;
  if (named) return { ...q, speaker: named.name };
  if (q.speaker) return q;
  const after = text.slice(q.evidence.end, q.evidence.end + 60);
  // "…,” the HRCP said": a name after the quotation, "the" aside.
  // "… in Afghanistan.” NATO says Jordan has …": a full stop inside the marks ends the sentence, and
  // the name after it starts the next one.
  const sentenceEnded = /\.$/.test(q.text) && /^[\s”"’]*\p{Lu}/u.test(after);
  const afterName = sentenceEnded ? null : AFTER_NAME.exec(after);
  const generic = GENERIC.exec(after);
  // "… the organization said that … . “It is shocking …”": the body said so in its paragraph just before.
  const paragraph = text.slice(text.lastIndexOf('\n', q.evidence.start) + 1, q.evidence.start);
  const saidBefore = GENERIC_BEFORE.test(paragraph) || GENERIC_RIGHT_BEFORE.test(paragraph);
  const statement = STATEMENT_OF.exec(after);
  const org = (statement ? byName(organisations, statement[1]!) : undefined) ?? (afterName ? byName(organisations, afterName[1]!) : undefined) ?? namedRightBefore(text, organisations, q.evidence.start) ?? (generic || saidBefore ? lastNamedBefore(text, organisations, q.evidence.start) : undefined);
  return org ? { ...q, speaker: org.name } : q;
}
