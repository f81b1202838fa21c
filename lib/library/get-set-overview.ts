import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db';
import type { QuestionType } from '@/questions/question-schema';
import { sentenceParagraphs } from '@/questions/sentences';

export type SetOverview = {
  id: string;
  visibility: 'private' | 'public';
  slug: string;
  title: string;
  topic: string | null;
  description: string | null;
  version: number;
  questionCount: number;
  typeCounts: { type: QuestionType; count: number }[];
  articles: {
    id: string;
    title: string | null;
    sourceUrl: string | null;
    licence: string | null;
    attribution: string | null;
    publishedOn: string | null;
    note: string | null;
    /** Paragraphs as sentences, with the sentence index that evidence and review links point at. */
    paragraphs: { index: number; text: string; evidence: boolean }[][];
    evidenceSentences: number;
  }[];
};

/**
 * A published set's reader: no prompts' answers, no keys. A public set is anyone's; a private one is
 * found only for its owner and for students of a class it is assigned to (its evidence links lead
 * here), everyone else gets not found.
 */
// Cached per request: the page and its metadata both ask for it.
export const getSetOverview = cache(async (slug: string, viewerId?: string | null): Promise<SetOverview | null> => {
  const db = await prisma();
  const privateReaders = viewerId
    ? [{ ownerId: viewerId }, { versions: { some: { assignments: { some: { class: { enrollments: { some: { studentId: viewerId } } } } } } } }]
    : [];
  const set = await db.questionSet.findFirst({
    where: { slug, status: 'published', OR: [{ visibility: 'public' }, ...privateReaders] },
    select: {
      visibility: true,
      id: true,
      slug: true,
      title: true,
      topic: true,
      description: true,
      currentVersion: true,
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        take: 1,
        select: {
          version: true,
          questions: {
            where: { review: 'approved' },
            select: {
              type: true,
              evidence: true,
              article: { select: { id: true, title: true, text: true, sourceUrl: true, licence: true, attribution: true, publishedOn: true, note: true } },
            },
          },
        },
      },
    },
  });
  const version = set?.versions[0];
  if (!set || !version) return null;

  const typeCounts = new Map<QuestionType, number>();
  const articles = new Map<string, SetOverview['articles'][number]>();
  const texts = new Map<string, string>();
  const evidenceByArticle = new Map<string, Set<number>>();
  for (const q of version.questions) {
    typeCounts.set(q.type, (typeCounts.get(q.type) ?? 0) + 1);
    const a = q.article;
    if (!a) continue;
    for (const e of q.evidence as { sentenceIndex: number }[]) {
      const seen = evidenceByArticle.get(a.id) ?? new Set<number>();
      seen.add(e.sentenceIndex);
      evidenceByArticle.set(a.id, seen);
    }
    texts.set(a.id, a.text);
    if (!articles.has(a.id)) {
      articles.set(a.id, {
        id: a.id,
        title: a.title,
        sourceUrl: a.sourceUrl,
        licence: a.licence,
        attribution: a.attribution,
        publishedOn: a.publishedOn?.toISOString().slice(0, 10) ?? null,
        note: a.note,
        paragraphs: [],
        evidenceSentences: 0,
      });
    }
  }
  for (const [id, article] of articles) {
    const evidence = evidenceByArticle.get(id) ?? new Set<number>();
    article.evidenceSentences = evidence.size;
    const text = texts.get(id)!;
    article.paragraphs = sentenceParagraphs(text).map((p) => p.map((s) => ({ index: s.index, text: s.text, evidence: evidence.has(s.index) })));
  }
  return {
    id: set.id,
    visibility: set.visibility,
    slug: set.slug,
    title: set.title,
    topic: set.topic,
    description: set.description,
    version: version.version,
    questionCount: version.questions.length,
    typeCounts: [...typeCounts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
    articles: [...articles.values()],
  };
});
