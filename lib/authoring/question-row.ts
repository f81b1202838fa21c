// One place that turns a content question (a curated file's, an engine draft's or a teacher's own)
// into the columns of a question row: what students may see, the key they may not, and evidence
// spans that point into the article's text.
import { Prisma } from '@/generated/prisma/client';
import { splitQuestion, type ContentQuestion } from '@/questions/question-schema';
import { locateEvidence, type Sentence } from '@/questions/sentences';

export type StoredEvidence = { articleId: string; sentenceIndex: number; start: number; end: number; text: string };

export type QuestionColumns = {
  type: ContentQuestion['type'];
  prompt: string;
  options: Prisma.InputJsonValue;
  answerKey: Prisma.InputJsonValue;
  feedback: Prisma.InputJsonValue | typeof Prisma.DbNull;
  explanation: string;
  evidence: Prisma.InputJsonValue;
};

/** Evidence sentences that are not verbatim in the article are dropped rather than stored wrong. */
export function locateAll(article: { id: string; text: string; sentences: Sentence[] }, evidence: string[]): StoredEvidence[] {
  return evidence.flatMap((e) => {
    const span = locateEvidence(article.text, article.sentences, e);
    return span ? [{ articleId: article.id, ...span }] : [];
  });
}

export function questionColumns(q: ContentQuestion, evidence: StoredEvidence[]): QuestionColumns {
  const { options, answerKey } = splitQuestion(q);
  return {
    type: q.type,
    prompt: q.prompt,
    options: options as Prisma.InputJsonValue,
    answerKey: answerKey as Prisma.InputJsonValue,
    feedback: q.feedback && Object.keys(q.feedback).length ? (q.feedback as Prisma.InputJsonValue) : Prisma.DbNull,
    explanation: q.explanation,
    evidence: evidence as unknown as Prisma.InputJsonValue,
  };
}
