import 'server-only';
import { randomUUID } from 'node:crypto';
import { ActionError } from '@/lib/actions/run-guarded';
import type { AppPrisma } from '@/lib/db/open-database';
import { importAiken } from '@/questions/interchange/aiken-import';
import type { ImportedQuestion } from '@/questions/interchange/from-interchange';
import { importGift } from '@/questions/interchange/gift-import';
import type { ImportNote } from '@/questions/interchange/import-result';
import type { ContentQuestion } from '@/questions/question-schema';
import { slugify } from './draft-from-article';
import { questionColumns } from './question-row';
import { WORKSPACE_VERSION } from './workspace-version';

export type ImportSummary = { setId: string; imported: number; notes: ImportNote[]; unsupported: ImportNote[] };

/**
 * A GIFT or Aiken file becomes a private draft set whose questions wait for review in the authoring
 * screen. A malformed file is refused with its line number and nothing is created.
 */
export async function importQuestionFile(db: AppPrisma, { teacherId, title, format, source }: { teacherId: string; title: string; format: 'gift' | 'aiken'; source: string }): Promise<ImportSummary> {
  const result = format === 'gift' ? importGift(source) : importAiken(source);
  if (!result.ok) throw new ActionError(`Line ${result.line}: ${result.message.replace(/^line \d+:\s*/i, '')}. Nothing was imported; fix the file and try again.`, 400, { source: [`Line ${result.line}`] });
  if (result.questions.length === 0) throw new ActionError('The file has no questions this app can use.', 400);
  return db.$transaction(async (tx) => {
    const set = await tx.questionSet.create({
      data: { slug: slugify(title), ownerId: teacherId, title, status: 'draft', visibility: 'private', currentVersion: WORKSPACE_VERSION },
      select: { id: true },
    });
    const version = await tx.setVersion.create({ data: { setId: set.id, version: WORKSPACE_VERSION, contentHash: '' }, select: { id: true } });
    await tx.question.createMany({
      data: result.questions.map((q: ImportedQuestion, position) => ({
        setVersionId: version.id,
        lineageId: `import:${randomUUID()}`,
        position,
        ...questionColumns({ ...q, explanation: q.explanation || 'Imported without an explanation.' } as ContentQuestion, []),
        factKeys: [],
        review: 'pending' as const,
      })),
    });
    return { setId: set.id, imported: result.questions.length, notes: result.notes, unsupported: result.unsupported };
  });
}
