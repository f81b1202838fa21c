import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { ActionError } from '@/lib/actions/run-guarded';
import type { AppPrisma } from '@/lib/db/open-database';
import { extractFacts } from '@/questions/engine/extract-facts';
import { generateFromFacts } from '@/questions/engine/generate-drafts';
import { prepareArticle } from '@/questions/engine/prepare-article';
import { fileBase } from '@/questions/interchange/export-set';
import { splitSentences } from '@/questions/sentences';
import { locateAll, questionColumns } from './question-row';
import { MAX_DRAFTS_KEPT, WORKSPACE_VERSION } from './workspace-version';

export type ArticleInput = { text: string; title?: string | null; sourceUrl?: string | null; licence?: string | null; publishedOn?: string | null };

export function slugify(title: string): string {
  // A random tail keeps teachers' slugs unique without a read-then-write race.
  return `${fileBase(title).slice(0, 48).replace(/-+$/, '')}-${randomBytes(3).toString('hex')}`;
}

/** Runs the engine; refuses with the engine's own reason (empty, no sentences, too long, not English). */
function draftArticle(input: ArticleInput) {
  const prepared = prepareArticle(input.text, { title: input.title ?? null, sourceUrl: input.sourceUrl ?? null, licence: input.licence ?? null, publishedOn: input.publishedOn ?? null });
  if (!prepared.ok) throw new ActionError(prepared.reason, 400, { text: [prepared.reason] });
  const facts = extractFacts(prepared.text, prepared.meta.publishedOn);
  const { drafts } = generateFromFacts(facts);
  const sentences = splitSentences(prepared.text);
  return { prepared, drafts: drafts.slice(0, MAX_DRAFTS_KEPT), sentences };
}

type Drafted = ReturnType<typeof draftArticle>;

async function storeArticleAndDrafts(tx: Parameters<Parameters<AppPrisma['$transaction']>[0]>[0], { teacherId, versionId, startAt, drafted }: { teacherId: string; versionId: string; startAt: number; drafted: Drafted }) {
  const { prepared, drafts, sentences } = drafted;
  const article = await tx.article.create({
    data: {
      title: prepared.meta.title,
      text: prepared.text,
      sourceUrl: prepared.meta.sourceUrl,
      licence: prepared.meta.licence,
      publishedOn: prepared.meta.publishedOn ? new Date(`${prepared.meta.publishedOn}T00:00:00Z`) : null,
      contentHash: createHash('sha256').update(prepared.text).digest('hex'),
      ownerId: teacherId,
    },
    select: { id: true },
  });
  const rows = drafts.map((d, i) => ({
    setVersionId: versionId,
    lineageId: `${article.id}:${d.id}`,
    position: startAt + i,
    ...questionColumns(d, locateAll({ id: article.id, text: prepared.text, sentences }, d.evidence)),
    articleId: article.id,
    factKeys: d.meta.factIds,
    difficulty: d.meta.difficulty,
    quality: d.meta.quality,
    review: 'pending' as const,
  }));
  await tx.question.createMany({ data: rows });
  return { articleId: article.id, drafted: rows.length, title: prepared.meta.title };
}

/** Paste → a private draft set owned by the teacher, its workspace holding the ranked drafts. */
export async function createSetFromArticle(db: AppPrisma, { teacherId, setTitle, article }: { teacherId: string; setTitle?: string | null; article: ArticleInput }) {
  // The engine runs before the transaction opens: it can take a second on a long article, and a
  // transaction should hold its connection only for the writes.
  const drafted = draftArticle(article);
  return db.$transaction(async (tx) => {
    const title = setTitle?.trim() || article.title?.trim() || 'Untitled news quiz';
    const set = await tx.questionSet.create({
      data: { slug: slugify(title), ownerId: teacherId, title, status: 'draft', visibility: 'private', currentVersion: WORKSPACE_VERSION },
      select: { id: true },
    });
    const version = await tx.setVersion.create({ data: { setId: set.id, version: WORKSPACE_VERSION, contentHash: '' }, select: { id: true } });
    const stored = await storeArticleAndDrafts(tx, { teacherId, versionId: version.id, startAt: 0, drafted });
    return { setId: set.id, ...stored };
  });
}

/** A weekly quiz: another article's drafts appended to a set's workspace. */
export async function addArticleToSet(db: AppPrisma, { teacherId, setId, article }: { teacherId: string; setId: string; article: ArticleInput }) {
  const owned = await db.questionSet.count({ where: { id: setId, ownerId: teacherId } });
  if (!owned) throw new ActionError('That set was not found.', 404);
  const drafted = draftArticle(article);
  return db.$transaction(async (tx) => {
    const ws = await tx.setVersion.findFirst({
      where: { version: WORKSPACE_VERSION, set: { id: setId, ownerId: teacherId } },
      select: { id: true, _count: { select: { questions: true } } },
    });
    if (!ws) throw new ActionError('That set was not found.', 404);
    const last = await tx.question.aggregate({ where: { setVersionId: ws.id }, _max: { position: true } });
    return storeArticleAndDrafts(tx, { teacherId, versionId: ws.id, startAt: (last._max.position ?? -1) + 1, drafted });
  });
}
