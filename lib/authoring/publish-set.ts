import 'server-only';
import { createHash } from 'node:crypto';
import { ActionError } from '@/lib/actions/run-guarded';
import type { AppPrisma } from '@/lib/db/open-database';
import { WORKSPACE_VERSION } from './workspace-version';

export type PublishResult = { version: number; created: boolean; questionCount: number };

/**
 * Publishes the workspace's approved questions, in their order. The current version is replaced in
 * place while no student has started it; once anyone has, the edit becomes the next version and
 * old attempts keep theirs. Publishing unchanged questions creates nothing.
 */
export async function publishSet(db: AppPrisma, { teacherId, setId, visibility }: { teacherId: string; setId: string; visibility: 'private' | 'public' }): Promise<PublishResult> {
  return db.$transaction(async (tx) => {
    const set = await tx.questionSet.findFirst({
      where: { id: setId, ownerId: teacherId },
      select: { id: true, versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { id: true, version: true, contentHash: true, _count: { select: { attempts: true } } } } },
    });
    if (!set) throw new ActionError('That set was not found.', 404);
    const approved = await tx.question.findMany({
      where: { setVersion: { setId, version: WORKSPACE_VERSION }, review: 'approved' },
      orderBy: { position: 'asc' },
      omit: { id: true, setVersionId: true, createdAt: true, review: true, position: true },
    });
    if (approved.length === 0) throw new ActionError('Approve at least one question before publishing.', 409);
    const contentHash = createHash('sha256').update(JSON.stringify(approved)).digest('hex');
    const latest = set.versions[0];
    const rowsFor = (setVersionId: string) =>
      approved.map((q, position) => ({ ...q, options: q.options as object, answerKey: q.answerKey as object, feedback: (q.feedback ?? undefined) as object | undefined, evidence: q.evidence as object, setVersionId, position }));

    let version = latest?.version ?? 0;
    let created = false;
    if (latest?.contentHash !== contentHash) {
      if (latest && latest._count.attempts === 0) {
        await tx.question.deleteMany({ where: { setVersionId: latest.id } });
        await tx.setVersion.update({ where: { id: latest.id }, data: { contentHash, publishedAt: new Date() } });
        await tx.question.createMany({ data: rowsFor(latest.id) });
      } else {
        version += 1;
        const v = await tx.setVersion.create({ data: { setId, version, contentHash, publishedAt: new Date() }, select: { id: true } });
        await tx.question.createMany({ data: rowsFor(v.id) });
        created = true;
      }
    }
    await tx.questionSet.update({ where: { id: setId }, data: { status: 'published', visibility, currentVersion: version } });
    return { version, created, questionCount: approved.length };
  });
}
