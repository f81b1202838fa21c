import 'server-only';
import { randomUUID } from 'node:crypto';
import { ActionError } from '@/lib/actions/run-guarded';
import type { AppPrisma } from '@/lib/db/open-database';
import { contentQuestionSchema, type ContentQuestion } from '@/questions/question-schema';
import { splitSentences } from '@/questions/sentences';
import { questionColumns, type StoredEvidence } from './question-row';
import { rowToContentQuestion } from './row-to-question';
import { WORKSPACE_VERSION } from './workspace-version';

type Owner = { teacherId: string };

/** A workspace question the teacher owns, or a 404 (another teacher's looks the same as none). */
async function ownedDraft(db: AppPrisma, { teacherId, questionId }: Owner & { questionId: string }) {
  const q = await db.question.findFirst({
    where: { id: questionId, setVersion: { version: WORKSPACE_VERSION, set: { ownerId: teacherId } } },
    select: { id: true, setVersionId: true, position: true, lineageId: true, type: true, evidence: true, setVersion: { select: { setId: true } } },
  });
  if (!q) throw new ActionError('That question was not found.', 404);
  return q;
}

async function ownedWorkspace(db: AppPrisma, { teacherId, setId }: Owner & { setId: string }) {
  const ws = await db.setVersion.findFirst({ where: { version: WORKSPACE_VERSION, set: { id: setId, ownerId: teacherId } }, select: { id: true } });
  if (!ws) throw new ActionError('That set was not found.', 404);
  return ws;
}

/**
 * An edited question must still be a valid question of its type. Evidence is not editable here
 * (it stays what the engine or the teacher pointed at), so it is checked separately.
 */
export function validateEdit(edit: unknown, type: ContentQuestion['type']): ContentQuestion {
  const parsed = contentQuestionSchema.safeParse({ ...(edit as object), id: 'edit', evidence: ['(kept)'] });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ActionError(`The question is not complete: ${first?.message.replace(/^edit: /, '') ?? 'check its fields'}.`, 400);
  }
  if (parsed.data.type !== type) throw new ActionError('A question’s type cannot be changed; add a new question instead.', 400);
  return parsed.data;
}

export async function setReview(db: AppPrisma, { teacherId, questionIds, review }: Owner & { questionIds: string[]; review: 'pending' | 'approved' | 'rejected' }) {
  const updated = await db.question.updateMany({
    where: { id: { in: questionIds }, setVersion: { version: WORKSPACE_VERSION, set: { ownerId: teacherId } } },
    data: { review },
  });
  if (updated.count !== questionIds.length) throw new ActionError('Some of those questions were not found.', 404);
}

/** Saves an edit; a saved edit counts as the teacher's approval. */
export async function saveDraftEdit(db: AppPrisma, { teacherId, questionId, edit }: Owner & { questionId: string; edit: unknown }) {
  const row = await ownedDraft(db, { teacherId, questionId });
  const q = validateEdit(edit, row.type);
  const columns = questionColumns(q, row.evidence as StoredEvidence[]);
  await db.question.update({ where: { id: row.id }, data: { ...columns, review: 'approved' } });
}

/** Moves a question one place up or down, swapping positions with its neighbour in one transaction. */
export async function moveDraft(db: AppPrisma, { teacherId, questionId, direction }: Owner & { questionId: string; direction: 'up' | 'down' }) {
  const row = await ownedDraft(db, { teacherId, questionId });
  await db.$transaction(async (tx) => {
    const neighbour = await tx.question.findFirst({
      where: { setVersionId: row.setVersionId, position: direction === 'up' ? { lt: row.position } : { gt: row.position } },
      orderBy: { position: direction === 'up' ? 'desc' : 'asc' },
      select: { id: true, position: true },
    });
    if (!neighbour) return;
    await tx.question.update({ where: { id: row.id }, data: { position: neighbour.position } });
    await tx.question.update({ where: { id: neighbour.id }, data: { position: row.position } });
  });
}

/** The teacher's own question, approved, at the end; evidence is an article sentence they chose (optional). */
export async function addOwnQuestion(
  db: AppPrisma,
  { teacherId, setId, edit, articleId, sentenceIndex }: Owner & { setId: string; edit: unknown; articleId?: string | null; sentenceIndex?: number | null },
) {
  const ws = await ownedWorkspace(db, { teacherId, setId });
  const type = (edit as { type?: ContentQuestion['type'] })?.type ?? 'multiple_choice';
  const q = validateEdit(edit, type);
  let evidence: StoredEvidence[] = [];
  if (articleId) {
    const article = await db.article.findFirst({ where: { id: articleId, questions: { some: { setVersionId: ws.id } } }, select: { id: true, text: true } });
    if (!article) throw new ActionError('That article is not part of this set.', 404);
    const sentence = sentenceIndex == null ? undefined : splitSentences(article.text)[sentenceIndex];
    if (sentenceIndex != null && !sentence) throw new ActionError('That sentence is not in the article.', 400);
    if (sentence) evidence = [{ articleId: article.id, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text }];
  }
  const last = await db.question.aggregate({ where: { setVersionId: ws.id }, _max: { position: true } });
  const created = await db.question.create({
    data: {
      setVersionId: ws.id,
      lineageId: `own:${randomUUID()}`,
      position: (last._max.position ?? -1) + 1,
      ...questionColumns(q, evidence),
      articleId: articleId ?? null,
      factKeys: [],
      review: 'approved',
    },
    select: { id: true },
  });
  return created.id;
}

export async function updateSetDetails(
  db: AppPrisma,
  { teacherId, setId, title, description, topic }: Owner & { setId: string; title: string; description: string | null; topic: string | null },
) {
  const updated = await db.questionSet.updateMany({ where: { id: setId, ownerId: teacherId }, data: { title, description, topic } });
  if (updated.count === 0) throw new ActionError('That set was not found.', 404);
}

/**
 * A set with no workspace (seeded, or published before workspaces existed) gets one copied from its
 * current version, so editing always starts from what students see.
 */
export async function ensureWorkspace(db: AppPrisma, { teacherId, setId }: Owner & { setId: string }) {
  const set = await db.questionSet.findFirst({
    where: { id: setId, ownerId: teacherId },
    select: { id: true, versions: { orderBy: { version: 'desc' }, select: { id: true, version: true, publishedAt: true } } },
  });
  if (!set) throw new ActionError('That set was not found.', 404);
  if (set.versions.some((v) => v.version === WORKSPACE_VERSION)) return;
  const source = set.versions.find((v) => v.publishedAt);
  await copyVersionInto(db, { sourceVersionId: source?.id ?? null, setId: set.id, review: 'approved' });
}

/** Creates a workspace version for setId holding copies of another version's approved questions. */
export async function copyVersionInto(
  db: AppPrisma | Parameters<Parameters<AppPrisma['$transaction']>[0]>[0],
  { sourceVersionId, setId, review }: { sourceVersionId: string | null; setId: string; review: 'approved' | 'pending' },
) {
  const questions = sourceVersionId
    ? await db.question.findMany({ where: { setVersionId: sourceVersionId, review: 'approved' }, orderBy: { position: 'asc' } })
    : [];
  const ws = await db.setVersion.createManyAndReturn({ data: [{ setId, version: WORKSPACE_VERSION, contentHash: '' }], skipDuplicates: true, select: { id: true } });
  if (!ws[0]) return; // another request made it first
  await db.question.createMany({
    data: questions.map((q, position) => ({
      setVersionId: ws[0]!.id,
      lineageId: q.lineageId,
      position,
      ...questionColumns(rowToContentQuestion(q), q.evidence as StoredEvidence[]),
      articleId: q.articleId,
      factKeys: q.factKeys,
      difficulty: q.difficulty,
      quality: q.quality,
      review,
    })),
  });
}
