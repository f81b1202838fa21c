// Every draft of every article in the repository passes the automatic checks of
// QUESTION-QUALITY.md; the seed article yields enough drafts of enough types; generation is
// deterministic; bad input gets a reason, never an exception.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDrafts } from '@/questions/engine/generate-drafts';
import { gradeAnswer } from '@/questions/grading';
import { contentQuestionSchema } from '@/questions/question-schema';
import { loadFixtureArticles, normalizeText } from '../../../support/fixture-articles';

const seedText = fs.readFileSync('questions/content/articles/putin-north-korea-visit.txt', 'utf8');
const fixtures = loadFixtureArticles();
const articles = [{ slug: 'putin-north-korea-visit', text: seedText, publishedOn: null as string | null }, ...fixtures];

function run(text: string, publishedOn: string | null) {
  const result = generateDrafts(text, publishedOn ? { publishedOn } : {});
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe.each(articles.map((a) => [a.slug, a] as const))('drafts of %s', (_slug, article) => {
  const result = run(article.text, article.publishedOn);
  const sentences = new Set(result.facts.sentences.map((s) => s.text));

  it('are valid questions whose evidence is verbatim sentences of the article', () => {
    for (const d of result.drafts) {
      expect(contentQuestionSchema.safeParse(d).success, d.id).toBe(true);
      for (const e of d.evidence) expect(sentences.has(e), `${d.id}: ${e}`).toBe(true);
      for (const span of d.meta.evidenceSpans) expect(result.facts.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('cite the answer in the evidence and keep it out of the stem', () => {
    for (const d of result.drafts) {
      const evidence = normalizeText(d.evidence.join(' '));
      if (d.meta.answerText) expect(evidence, d.id).toContain(normalizeText(d.meta.answerText));
      const correct = d.type === 'multiple_choice' || d.type === 'who_said_it' ? d.options.find((o) => o.id === d.answer.correct)!.text : d.type === 'cloze' ? d.answer.text : null;
      if (correct) expect(` ${normalizeText(d.prompt.replace('_____', ' '))} `, d.id).not.toContain(` ${normalizeText(correct)} `);
    }
  });

  it('have unique options of the answer’s own type and no stem opening with a pronoun', () => {
    for (const d of result.drafts) {
      if (d.type === 'multiple_choice' || d.type === 'who_said_it') {
        const texts = d.options.map((o) => normalizeText(o.text));
        expect(new Set(texts).size, d.id).toBe(texts.length);
        // Who-said-it may offer three voices when the story has only three speakers.
        expect(d.options.length, d.id).toBe(d.type === 'who_said_it' ? Math.max(3, d.options.length) : 4);
        expect(d.options.length, d.id).toBeLessThanOrEqual(4);
        expect(new Set(d.meta.optionKinds).size, d.id).toBe(1);
      }
      const body = d.prompt.replace(/^[^:?]*[:?]\s*/, '');
      expect(d.type === 'who_said_it' || !/^(?:he|she|it|they|this|these|those)\b/i.test(d.type === 'true_false' ? d.prompt : body), d.id).toBe(true);
    }
  });

  it('swap no place into part of a longer name or after an adjective ("South the United States", "southeastern the Maldives")', () => {
    const swapped = result.drafts.filter((d) => d.type === 'true_false' && d.id.startsWith('tf-false:')).map((d) => d.prompt);
    expect(swapped.filter((p) => /\b(?:South|North|East|West|New)\s+the\s+\p{Lu}|\b\p{Ll}+(?:ern|al)\s+the\s+\p{Lu}/u.test(p))).toEqual([]);
  });

  // (Every fixture article: moved here from general-knowledge-and-bounds, which generated them all a second time.)
  it('never swap in a speaker known by one name only ("Philippe said", "Kennedy said")', () => {
    for (const d of result.drafts) if (d.id.startsWith('tf-quote-false:')) expect(d.prompt, d.id).toMatch(/^\S+\s+\S+.*? said: /);
  });

  it('are graded right by their own answer key', () => {
    for (const d of result.drafts) {
      const given =
        d.type === 'multiple_choice' || d.type === 'who_said_it'
          ? { kind: 'choice' as const, optionId: d.answer.correct }
          : d.type === 'true_false'
            ? { kind: 'boolean' as const, value: d.answer.value }
            : d.type === 'cloze'
              ? { kind: 'text' as const, text: d.answer.text }
              : d.type === 'numeric'
                ? { kind: 'number' as const, value: d.answer.value }
                : d.type === 'matching'
                  ? { kind: 'pairs' as const, pairs: d.answer.pairs }
                  : { kind: 'order' as const, order: d.answer.order };
      expect(gradeAnswer(d.type, d.answer, given).correct, d.id).toBe(true);
    }
  });

  it('never key a cloze answer that the grader would refuse as another entity', () => {
    for (const d of result.drafts) {
      if (d.type !== 'cloze') continue;
      for (const reject of d.answer.rejects ?? []) expect(gradeAnswer('cloze', d.answer, { kind: 'text', text: reject }).correct, `${d.id}: ${reject}`).toBe(false);
    }
  });
});

describe('the seed article', () => {
  const result = run(seedText, null);

  it('yields at least 40 drafts that pass the automatic checks, of at least 6 types', () => {
    expect(result.drafts.length).toBeGreaterThanOrEqual(40);
    expect(new Set(result.drafts.map((d) => d.type)).size).toBeGreaterThanOrEqual(6);
  });

  it('never asks for a date the article does not give (its publication date is unknown)', () => {
    for (const d of result.drafts) expect(d.prompt).not.toMatch(/\b(?:June 18|June 19, 2024|2024)\b/);
    expect(result.facts.dates.find((d) => d.text === 'Tuesday')?.resolved).toBeNull();
  });

  it('keeps allegations attributed: a question on a claim sentence carries its source', () => {
    const claimSentences = new Set(result.facts.claims.map((c) => result.facts.sentences[c.evidence.sentenceIndex]!.text));
    for (const d of result.drafts) {
      if (!d.evidence.some((e) => claimSentences.has(e))) continue;
      expect(d.prompt, d.id).toMatch(/alleg|claim|assert|denied|denials|deny|_____ alleges|according/i);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(run(seedText, null).drafts)).toBe(JSON.stringify(result.drafts));
  });
});

describe('bad input', () => {
  it.each([
    ['', /empty/],
    ['   \n  ', /empty/],
    ['Breaking news', /no complete sentences|no words/],
    ['Der Bundeskanzler hat am Dienstag in Berlin eine Rede gehalten, die von vielen Menschen gehört wurde. Er sprach über die Wirtschaft.', /English/],
  ])('%j gets a reason, not an exception', (text, reason) => {
    const result = generateDrafts(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('strips pasted HTML and keeps the text', () => {
    const html = `<html><head><style>p{}</style></head><body><p>${seedText.split('\n').slice(0, 4).join('</p><p>').replace(/’/g, '&rsquo;')}</p><script>alert(1)</script></body></html>`;
    const result = generateDrafts(html);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.facts.text).not.toMatch(/<|alert|&rsquo;/);
      expect(result.facts.people.map((p) => p.name)).toContain('Vladimir Putin');
    }
  });

  it('refuses text over the size limit with the limit in the reason', () => {
    const huge = 'The minister said the plan was good. '.repeat(7200);
    const result = generateDrafts(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/50,000 words/);
  });
});
