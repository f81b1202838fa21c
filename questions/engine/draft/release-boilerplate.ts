// An agency's news release closes on credits ("JPL, a division of Caltech in Pasadena, California,
// manages the mission for NASA", "The case was prosecuted by Assistant U.S. Attorneys …") and
// repeats stock lines ("With Artemis, NASA will land the first woman and first person of color on
// the Moon", "An indictment is only an accusation"). Neither is the story: a student guesses them True
// without reading, and judges failed 31 of the 43 drafts such sentences gave (rounds 1 to 147).
import type { DraftContext } from './draft';

/** Who built, runs or pays for what: read only in the closing part of an article, where credits sit. */
const CREDIT = new RegExp(
  [
    String.raw`\b(?:manages?|managed|operates?|operated)\b[^.;]*\bfor\s+(?:NASA|the\s+agency|the\s+\p{Lu}[\p{L}\s]*?(?:Directorate|Division|Office|Headquarters))\b`,
    String.raw`\bis\s+(?:managed|funded|sponsored)\s+(?:by|at)\b`,
    String.raw`\bprimary\s+industrial\s+partners?\b`,
    String.raw`\bContributions\s+(?:were|are)\s+(?:made|provided)\s+by\b`,
    String.raw`\bprovided\s+(?:design\s+assistance|significant\s+flight|major\s+vehicle)`,
    String.raw`\bLaunch\s+support\s+(?:is|was)\s+provided\b`,
    String.raw`\bfunds?\s+and\s+manages?\b`,
    String.raw`\b(?:designed|built),?\s+(?:and\s+)?(?:is\s+being\s+)?(?:built|operated|manufactured)\b(?!\s+for\b)`,
    // A justice department's: who prosecutes and who assists ("The case was prosecuted by Assistant
    // U.S. Attorneys …", "Trial Attorney Patrick Murphy … is also assisting", round 149).
    String.raw`\b(?:is|was|are|were)\s+(?:being\s+)?prosecuted\s+by\b|\bprosecuting\s+(?:this|the)\s+case\b|\b(?:is|are)\s+(?:also\s+)?assisting\b|\bassisted\s+(?:in\s+)?(?:this|the)\s+(?:investigation|case|prosecution)\b`,
  ].join('|'),
  'u',
);

/**
 * The agency's stock lines, wherever they stand, unless the sentence also gives a figure ("The
 * budget includes $7.8 billion for the Artemis campaign, which will bring … the first woman …").
 */
const STOCK_LINE = /\bAn\s+indictment\s+is\s+(?:merely\s+|only\s+)?an\s+accusation\b|\bpresumed\s+innocent\s+(?:unless|until)\b|\bfirst\s+woman,?\s+(?:and\s+)?(?:the\s+)?first\s+person\s+of\s+colou?r\b|\bnext\s+giant\s+leap\b|\bResearch\s+conducted\s+(?:on|aboard)\s+the\s+(?:International\s+)?Space\s+Station\s+provides\b|\bbackbone\s+for\s+deep\s+space\s+exploration\b/iu;

/** Where to watch: a release's logistics, figures (times) and all. */
const COVERAGE_NOTICE = /\blive\s+coverage\b[^.]*\b(?:NASA\+|NASA\s+TV|NASA\s+app|YouTube|agency['’]s\s+website)/iu;

/** Credits count only in the last part of the article: earlier, who built a thing is the story. */
const CLOSING_SHARE = 0.6;

const cache = new WeakMap<DraftContext['sentences'], Set<number>>();

/** The indexes of the article's sentences that are release credits or stock lines. */
export function boilerplateSentences(ctx: DraftContext): Set<number> {
  const cached = cache.get(ctx.sentences);
  if (cached) return cached;
  const closing = Math.floor(ctx.sentences.length * CLOSING_SHARE);
  // (A quotation is someone's words, never the release's.)
  const boilerplate = (text: string, i: number) => !/[“”"]/.test(text) && ((STOCK_LINE.test(text) && !/\d/.test(text)) || COVERAGE_NOTICE.test(text) || (i >= closing && CREDIT.test(text)));
  const found = new Set(ctx.sentences.flatMap((s, i) => (boilerplate(s.text, i) ? [i] : [])));
  cache.set(ctx.sentences, found);
  return found;
}
