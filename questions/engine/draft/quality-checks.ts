// The automatic checks of QUESTION-QUALITY.md that every draft must pass; a failing draft is
// dropped, with the name of the check, so that the engine's losses can be counted.
import { normalizeAnswer } from '../../grading';
import { spellingSlips } from '../extract/spelling-slips';
import { containsWord, escapeRegExp } from '../regexp';
import { copiesGrammarSlip } from './grammar-slips';
import { boilerplateSentences } from './release-boilerplate';
import { BLANK } from './sentence-drafts';
import { LEADING_PRONOUN, type Draft, type DraftContext } from './draft';

export type CheckName = 'evidence-verbatim' | 'answer-in-evidence' | 'answer-not-in-stem' | 'options-unique' | 'distractor-type' | 'no-leading-pronoun' | 'claim-attributed' | 'no-copied-slip' | 'not-release-boilerplate';

function correctText(d: Draft): string | null {
  if (d.type === 'multiple_choice' || d.type === 'who_said_it') return d.options.find((o) => o.id === d.answer.correct)?.text ?? null;
  if (d.type === 'cloze') return d.answer.text;
  if (d.type === 'numeric') return String(d.answer.value);
  return null;
}

const norm = (s: string) => normalizeAnswer(s).replace(/\s+/g, ' ');

export function failedChecks(d: Draft, ctx: DraftContext): CheckName[] {
  const failed: CheckName[] = [];
  const sentences = new Set(ctx.sentences.map((s) => s.text));
  if (!d.evidence.every((e) => sentences.has(e)) || d.evidence.length === 0) failed.push('evidence-verbatim');

  const evidence = norm(d.evidence.join(' '));
  if (d.meta.answerText && !evidence.includes(norm(d.meta.answerText))) failed.push('answer-in-evidence');

  const answer = correctText(d);
  const stem = d.prompt.replace(BLANK, ' ');
  if (answer && d.type !== 'true_false' && norm(answer).length > 0) {
    const a = norm(answer);
    const s = ` ${norm(stem)} `;
    if (s.includes(` ${a} `)) failed.push('answer-not-in-stem');
    // "… at joel.w.wallace@nasa.gov": an address spells the name it belongs to (round 114).
    const surname = a.split(' ').at(-1)!;
    if (surname.length >= 3 && [...stem.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].some((m) => m[0].toLowerCase().split('@')[0]!.split(/[._+-]/).includes(surname))) failed.push('answer-not-in-stem');
  }

  const options = d.type === 'multiple_choice' || d.type === 'who_said_it' ? d.options.map((o) => o.text) : d.type === 'matching' ? d.right.map((r) => r.text) : d.type === 'ordering' ? d.items.map((i) => i.text) : [];
  const normalised = options.map(norm);
  if (new Set(normalised).size !== normalised.length || normalised.some((o, i) => normalised.some((p, j) => i !== j && (o.includes(p) && p.length > 3 && o !== p && (d.type === 'multiple_choice' || d.type === 'who_said_it'))))) failed.push('options-unique');

  if (d.meta.optionKinds && new Set(d.meta.optionKinds).size > 1) failed.push('distractor-type');

  // The statement or sentence a student reads must not open with an unresolved pronoun.
  const body = d.prompt.replace(/^(?:Fill in the blank:|Which [a-z]+ completes this sentence from the article\?|What number goes in the blank\?|How many\? Choose the number that completes the sentence:|When\? Choose the date that completes the sentence:|Which score completes the sentence\?)\s*/, '');
  if (d.type !== 'who_said_it' && LEADING_PRONOUN.test(body)) failed.push('no-leading-pronoun');

  // A question on a claim must carry its attribution: the evidence sentence's own words do.
  const onClaim = d.meta.evidenceSpans.some((e) => ctx.claimSentenceIndexes.has(e.sentenceIndex));
  if (onClaim && (d.meta.angle === 'who-role' || d.meta.angle === 'role-of' || d.meta.angle === 'timeline')) failed.push('claim-attributed');

  // A release's closing credits and stock lines are not the story (point 6).
  const boilerplate = boilerplateSentences(ctx);
  if (d.meta.evidenceSpans.some((e) => boilerplate.has(e.sentenceIndex))) failed.push('not-release-boilerplate');

  // What a student reads must not copy the article's misspelling of a name or its grammar slips
  // (the quoted evidence may).
  const shown = [d.prompt, ...options, ...(d.type === 'matching' ? d.left.map((l) => l.text) : []), d.type === 'cloze' ? d.answer.text : ''].join(' \n ');
  const slips = spellingSlips(ctx);
  if ([...slips].some((w) => containsWord(shown, w)) || copiesGrammarSlip(shown) || bodyRunsIntoName(ctx, shown) || possessiveCutsName(ctx, shown)) failed.push('no-copied-slip');
  return failed;
}

/**
 * "According to Amnesty International Iason Athanasiadis-Fowden, reporter …": the article's comma
 * missing between a body and a person's name (or the blank that stands for it) fuses the two.
 */
const fusedCache = new WeakMap<DraftContext['sentences'], RegExp | null>();

function bodyRunsIntoName(ctx: DraftContext, shown: string): boolean {
  // Found once per article: the bodies the text runs into a person's name, and those names.
  if (!fusedCache.has(ctx.sentences)) {
    const fused = ctx.organisations.flatMap((o) => ctx.people.filter((p) => p.name.includes(' ') && ctx.text.includes(`${o.name} ${p.name}`)).map((p) => `${escapeRegExp(o.name)} (?:${escapeRegExp(p.name)}|_{3,})`));
    fusedCache.set(ctx.sentences, fused.length ? new RegExp(`(?<![\\p{L}])(?:${fused.join('|')})`, 'u') : null);
  }
  return fusedCache.get(ctx.sentences)?.test(shown) ?? false;
}

/**
 * "General Motor's chief executive": the possessive of a name that ends in "s" written over its
 * last letter (round 111 failed four drafts on it). The article's own name shows the slip.
 */
const possessiveCache = new WeakMap<DraftContext['sentences'], RegExp | null>();

function possessiveCutsName(ctx: DraftContext, shown: string): boolean {
  if (!possessiveCache.has(ctx.sentences)) {
    const cut = ctx.organisations.filter((o) => /\p{L}{3}s$/u.test(o.name)).map((o) => escapeRegExp(o.name.slice(0, -1)));
    possessiveCache.set(ctx.sentences, cut.length ? new RegExp(`(?<![\\p{L}])(?:${cut.join('|')})['’]s(?![\\p{L}])`, 'u') : null);
  }
  return possessiveCache.get(ctx.sentences)?.test(shown) ?? false;
}
