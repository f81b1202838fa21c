// Who said it, when the speaker is an organisation ("“It is unacceptable …,” the organization
// said" of Reporters Without Borders): the other organisations of the article as options, those
// that speak in it first, then those of the same kind.
import type { QuoteFact } from '../types';
import { containsWord } from '../regexp';
import { orgClass } from './distractors';
import { evidenceSpan, hash, letteredOptions, shuffleBy, type Draft, type DraftContext } from './draft';
import { quoteStatement } from './people-drafts';

/**
 * The quotation's sentences back to the nearest one that names the organisation: every sentence in
 * between, since "the organization said" is only proved by the chain that leads back to its name.
 */
function orgQuoteEvidence(ctx: DraftContext, q: QuoteFact, forms: string[]): { indexes: number[]; form: string } | null {
  const first = q.evidence.sentenceIndex;
  const last = Math.max(first, ctx.sentences.findIndex((s) => s.start <= q.evidence.end && q.evidence.end <= s.end + 1));
  for (let i = last; i >= Math.max(0, first - 3); i--) {
    const form = forms.find((f) => containsWord(ctx.sentences[i]!.text, f));
    if (!form) continue;
    const indexes = Array.from({ length: last - Math.min(i, first) + 1 }, (_, k) => Math.min(i, first) + k);
    return indexes.length <= 4 ? { indexes, form } : null;
  }
  return null;
}

export function organisationQuoteDrafts(ctx: DraftContext): Draft[] {
  const drafts: Draft[] = [];
  const quotedOrgs = new Set(ctx.quotes.filter((q) => !q.speakerId && q.speaker).map((q) => q.speaker!));
  for (const q of ctx.quotes) {
    const org = !q.speakerId && q.speaker ? ctx.organisations.find((o) => o.name === q.speaker) : undefined;
    if (!org) continue;
    const said = quoteStatement(ctx, q);
    const words = said.split(/\s+/).length;
    if (words < 6 || words > 45 || !/^\p{Lu}/u.test(said)) continue;
    const forms = [org.name, ...org.aliases];
    if (forms.some((f) => said.includes(f))) continue;
    const found = orgQuoteEvidence(ctx, q, forms);
    if (!found) continue;
    // Not one the quotation names, nor a news outlet reporting it; speakers first, then the same kind.
    const others = ctx.organisations.filter((o) => o !== org && ![o.name, ...o.aliases].some((f) => containsWord(said, f)) && orgClass(o.name) !== 'media');
    const kind = orgClass(org.name);
    const ranked = [...others.filter((o) => quotedOrgs.has(o.name)), ...shuffleBy(others.filter((o) => !quotedOrgs.has(o.name) && orgClass(o.name) === kind), q.id), ...shuffleBy(others.filter((o) => !quotedOrgs.has(o.name) && orgClass(o.name) !== kind), q.id)];
    const distractors = [...new Set(ranked.map((o) => o.name))].slice(0, 3);
    if (distractors.length < 2) continue;
    const { options, correct } = letteredOptions(org.name, distractors, `org-quote:${q.id}:${hash(q.text)}`);
    drafts.push({
      id: `quote-speaker:${q.id}`,
      type: 'who_said_it',
      prompt: `Which organisation said: “${said}”?`,
      options,
      answer: { correct },
      explanation: `${org.name} said this, as the article reports.`,
      evidence: found.indexes.map((i) => ctx.sentences[i]!.text),
      meta: { angle: 'quote-speaker', factIds: [q.id, org.id], evidenceSpans: found.indexes.map((i) => evidenceSpan(ctx, i)), difficulty: 0.45, quality: 0, optionKinds: options.map(() => 'organisation'), answerText: found.form },
    });
  }
  return drafts;
}
