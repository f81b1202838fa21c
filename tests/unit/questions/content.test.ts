import { describe, expect, it } from 'vitest';
import { loadContent } from '@/questions/content/load-content';
import { contentQuestionSchema, splitQuestion } from '@/questions/question-schema';

describe('library content', () => {
  const content = loadContent();

  it('records the seed article’s unknown title, source and date as unknown, with its note', () => {
    const article = content.articles.find((a) => a.slug === 'putin-north-korea-visit');
    expect(article).toMatchObject({ title: null, sourceUrl: null, publishedOn: null, licence: null });
    expect(article?.note).toMatch(/not fully consistent/);
  });

  it('has a key-facts set of at least 25 questions of at least 3 types, each with evidence from the article', () => {
    const set = content.sets.find((s) => s.slug === 'putin-north-korea-first-set');
    expect(set).toBeDefined();
    expect(set!.questions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(set!.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
    const article = content.articles.find((a) => a.slug === set!.article)!;
    for (const q of set!.questions) for (const e of q.evidence) expect(article.text).toContain(e);
  });

  it('has a who’s-who set and a claims-and-denials set', () => {
    expect(content.sets.find((s) => s.slug === 'putin-north-korea-whos-who')?.questions.length).toBeGreaterThanOrEqual(10);
    expect(content.sets.find((s) => s.slug === 'putin-north-korea-claims')?.questions.length).toBeGreaterThanOrEqual(10);
  });

  it('never puts the answer key in the student-visible part of a question', () => {
    for (const set of content.sets) {
      for (const q of set.questions) {
        const { options } = splitQuestion(q);
        const visible = JSON.stringify(options);
        expect(visible).not.toMatch(/"correct"|"pairs"|"order"|"value"/);
        if (q.type === 'cloze') expect(visible).not.toContain(q.answer.text);
      }
    }
  });

  it('rejects a question whose answer is not one of its options', () => {
    const result = contentQuestionSchema.safeParse({
      id: 'x',
      type: 'multiple_choice',
      prompt: 'Who?',
      options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }],
      answer: { correct: 'c' },
      explanation: 'Because.',
      evidence: ['A.'],
    });
    expect(result.success).toBe(false);
  });
});
