'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { ActionError, type ActionResult } from '@/lib/actions/run-guarded';
import { readUpload } from '@/lib/authoring/article-upload';
import { copyPublicSet } from '@/lib/authoring/copy-set';
import { addArticleToSet, createSetFromArticle, type ArticleInput } from '@/lib/authoring/draft-from-article';
import { addOwnQuestion, ensureWorkspace, moveDraft, saveDraftEdit, setReview, updateSetDetails } from '@/lib/authoring/edit-workspace';
import { importQuestionFile, type ImportSummary } from '@/lib/authoring/import-questions';
import { publishSet, type PublishResult } from '@/lib/authoring/publish-set';
import { regradeVersion, type RegradeSummary } from '@/lib/authoring/regrade';
import { prisma } from '@/lib/db';

const id = z.string().min(1).max(64);
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

const articleFields = {
  text: z.string().max(600_000, 'The article is too long to paste; the limit is about 50,000 words.').optional().default(''),
  file: z.instanceof(File).optional(),
  articleTitle: optionalText(300, 'Use at most 300 characters.'),
  sourceUrl: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^https?:\/\/\S+$/.test(v), 'Give a web address starting with http:// or https://, or leave it empty.'),
  licence: optionalText(200, 'Use at most 200 characters.'),
  publishedOn: z
    .string()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), 'Give the date as YYYY-MM-DD, or leave it empty.'),
};

/** An empty file input still arrives as a File: empty, and named "" or "blob" rather than like a file. */
const fileChosen = (file?: File): file is File => !!file && (file.size > 0 || /\.\w+$/.test(file.name));

/** Pasted text wins; otherwise the uploaded file. */
async function articleFrom(input: { text: string; file?: File; articleTitle: string | null; sourceUrl: string | null; licence: string | null; publishedOn: string | null }): Promise<ArticleInput> {
  let text = input.text;
  if (!text.trim() && fileChosen(input.file)) text = await readUpload(input.file);
  if (!text.trim()) throw new ActionError('Paste the article’s text or upload a file.', 400, { text: ['Paste the article here, or upload a .txt, .md or .html file.'] });
  return { text, title: input.articleTitle, sourceUrl: input.sourceUrl, licence: input.licence, publishedOn: input.publishedOn };
}

export const createSetAction = authedAction('teacher', z.object({ setTitle: optionalText(200, 'Use at most 200 characters.'), ...articleFields }), async (input, caller): Promise<ActionResult> => {
  const created = await createSetFromArticle(await prisma(), { teacherId: caller.id, setTitle: input.setTitle, article: await articleFrom(input) });
  redirect(`/teach/sets/${created.setId}/edit?drafted=${created.drafted}`);
});

export const addArticleAction = authedAction('teacher', z.object({ setId: id, ...articleFields }), async (input, caller): Promise<ActionResult<{ drafted: number }>> => {
  const added = await addArticleToSet(await prisma(), { teacherId: caller.id, setId: input.setId, article: await articleFrom(input) });
  revalidatePath(`/teach/sets/${input.setId}/edit`);
  return { ok: true, data: { drafted: added.drafted } };
});

export const reviewDraftsAction = authedAction(
  'teacher',
  z.object({ questionIds: z.array(id).min(1).max(200), review: z.enum(['pending', 'approved', 'rejected']) }),
  async (input, caller): Promise<ActionResult> => {
    await setReview(await prisma(), { teacherId: caller.id, questionIds: input.questionIds, review: input.review });
    return { ok: true, data: null };
  },
);

export const saveDraftAction = authedAction('teacher', z.object({ questionId: id, edit: z.record(z.string(), z.unknown()) }), async (input, caller): Promise<ActionResult> => {
  await saveDraftEdit(await prisma(), { teacherId: caller.id, questionId: input.questionId, edit: input.edit });
  return { ok: true, data: null };
});

export const moveDraftAction = authedAction('teacher', z.object({ questionId: id, direction: z.enum(['up', 'down']) }), async (input, caller): Promise<ActionResult> => {
  await moveDraft(await prisma(), { teacherId: caller.id, questionId: input.questionId, direction: input.direction });
  return { ok: true, data: null };
});

export const addOwnQuestionAction = authedAction(
  'teacher',
  z.object({ setId: id, edit: z.record(z.string(), z.unknown()), articleId: id.nullish(), sentenceIndex: z.number().int().min(0).max(100_000).nullish() }),
  async (input, caller): Promise<ActionResult<{ questionId: string }>> => {
    const questionId = await addOwnQuestion(await prisma(), { teacherId: caller.id, ...input });
    revalidatePath(`/teach/sets/${input.setId}/edit`);
    return { ok: true, data: { questionId } };
  },
);

export const updateSetDetailsAction = authedAction(
  'teacher',
  z.object({
    setId: id,
    title: z.string().trim().min(1, 'Give the set a title.').max(200, 'Use at most 200 characters.'),
    description: optionalText(1000, 'Use at most 1,000 characters.'),
    topic: optionalText(80, 'Use at most 80 characters.'),
  }),
  async (input, caller): Promise<ActionResult> => {
    await updateSetDetails(await prisma(), { teacherId: caller.id, ...input });
    return { ok: true, data: null };
  },
);

export const publishSetAction = authedAction('teacher', z.object({ setId: id, visibility: z.enum(['private', 'public']) }), async (input, caller): Promise<ActionResult<PublishResult>> => {
  const result = await publishSet(await prisma(), { teacherId: caller.id, setId: input.setId, visibility: input.visibility });
  revalidatePath(`/teach/sets/${input.setId}`);
  revalidatePath('/');
  return { ok: true, data: result };
});

export const copySetAction = authedAction('teacher', z.object({ setId: id }), async (input, caller): Promise<ActionResult> => {
  const copyId = await copyPublicSet(await prisma(), { teacherId: caller.id, setId: input.setId });
  redirect(`/teach/sets/${copyId}/edit`);
});

export const editSetAction = authedAction('teacher', z.object({ setId: id }), async (input, caller): Promise<ActionResult> => {
  await ensureWorkspace(await prisma(), { teacherId: caller.id, setId: input.setId });
  redirect(`/teach/sets/${input.setId}/edit`);
});

export const regradeAction = authedAction(
  'teacher',
  z.object({ setId: id, version: z.coerce.number().int().min(1).max(100_000) }),
  async (input, caller): Promise<ActionResult<RegradeSummary>> => {
    const summary = await regradeVersion(await prisma(), { teacherId: caller.id, setId: input.setId, version: input.version });
    revalidatePath(`/teach/sets/${input.setId}`);
    return { ok: true, data: summary };
  },
);

export const importQuestionsAction = authedAction(
  'teacher',
  z.object({
    title: z.string().trim().min(1, 'Give the new set a title.').max(200, 'Use at most 200 characters.'),
    format: z.enum(['gift', 'aiken']),
    source: z.string().max(2_000_000).optional().default(''),
    file: z.instanceof(File).optional(),
  }),
  async (input, caller): Promise<ActionResult<ImportSummary>> => {
    let source = input.source;
    if (!source.trim() && fileChosen(input.file)) source = await readUpload(input.file, ['txt', 'gift']);
    if (!source.trim()) throw new ActionError('Paste the questions or upload a file.', 400, { source: ['Paste GIFT or Aiken text here, or upload a .txt or .gift file.'] });
    const summary = await importQuestionFile(await prisma(), { teacherId: caller.id, title: input.title, format: input.format, source });
    revalidatePath('/teach/sets');
    return { ok: true, data: summary };
  },
);
