import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import type { ContentQuestion } from '@/questions/question-schema';
import { sentenceParagraphs } from '@/questions/sentences';
import type { StoredEvidence } from './question-row';
import { rowToContentQuestion } from './row-to-question';
import { WORKSPACE_VERSION } from './workspace-version';

export type WorkspaceQuestion = {
  id: string;
  position: number;
  review: 'pending' | 'approved' | 'rejected';
  quality: number | null;
  articleId: string | null;
  evidence: { articleId: string; sentenceIndex: number }[];
  question: ContentQuestion;
};

export type Workspace = {
  set: { id: string; slug: string; title: string; description: string | null; topic: string | null; visibility: 'private' | 'public'; status: 'draft' | 'published'; currentVersion: number };
  articles: { id: string; title: string | null; sourceUrl: string | null; licence: string | null; publishedOn: string | null; paragraphs: { index: number; text: string }[][] }[];
  questions: WorkspaceQuestion[];
  versions: { version: number; publishedAt: Date | null; attempts: number; assignments: number }[];
};

const QUESTION_SELECT = {
  id: true,
  lineageId: true,
  position: true,
  type: true,
  prompt: true,
  options: true,
  answerKey: true,
  feedback: true,
  explanation: true,
  evidence: true,
  articleId: true,
  review: true,
  quality: true,
} as const;

/** The owner's authoring view of a set: every draft with its key and evidence. Null for anyone else. */
export async function loadWorkspace(db: AppPrisma, { teacherId, setId }: { teacherId: string; setId: string }): Promise<Workspace | null> {
  const set = await db.questionSet.findFirst({
    where: { id: setId, ownerId: teacherId },
    select: {
      id: true, slug: true, title: true, description: true, topic: true, visibility: true, status: true, currentVersion: true,
      versions: { orderBy: { version: 'asc' }, select: { version: true, publishedAt: true, _count: { select: { attempts: true, assignments: true } } } },
    },
  });
  if (!set) return null;
  const questions = await db.question.findMany({
    where: { setVersion: { setId, version: WORKSPACE_VERSION } },
    orderBy: { position: 'asc' },
    select: QUESTION_SELECT,
  });
  const articleIds = [...new Set(questions.map((q) => q.articleId).filter((id): id is string => !!id))];
  const owned = await db.article.findMany({
    // The set's own articles, plus any the teacher pasted into it whose drafts were all removed.
    where: { id: { in: articleIds } },
    select: { id: true, title: true, text: true, sourceUrl: true, licence: true, publishedOn: true },
  });
  const order = new Map(articleIds.map((id, i) => [id, i]));
  return {
    set: { id: set.id, slug: set.slug, title: set.title, description: set.description, topic: set.topic, visibility: set.visibility, status: set.status, currentVersion: set.currentVersion },
    articles: owned
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .map((a) => ({
        id: a.id,
        title: a.title,
        sourceUrl: a.sourceUrl,
        licence: a.licence,
        publishedOn: a.publishedOn?.toISOString().slice(0, 10) ?? null,
        paragraphs: sentenceParagraphs(a.text).map((p) => p.map((s) => ({ index: s.index, text: s.text }))),
      })),
    questions: questions.map((q) => ({
      id: q.id,
      position: q.position,
      review: q.review,
      quality: q.quality,
      articleId: q.articleId,
      evidence: (q.evidence as StoredEvidence[]).map((e) => ({ articleId: e.articleId, sentenceIndex: e.sentenceIndex })),
      question: rowToContentQuestion(q),
    })),
    versions: set.versions.filter((v) => v.version !== WORKSPACE_VERSION).map((v) => ({ version: v.version, publishedAt: v.publishedAt, attempts: v._count.attempts, assignments: v._count.assignments })),
  };
}
