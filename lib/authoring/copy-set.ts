import 'server-only';
import { ActionError } from '@/lib/actions/run-guarded';
import type { AppPrisma } from '@/lib/db/open-database';
import { slugify } from './draft-from-article';
import { copyVersionInto } from './edit-workspace';

/** A public set (anyone's, including the library's) copied into the teacher's own drafts. */
export async function copyPublicSet(db: AppPrisma, { teacherId, setId }: { teacherId: string; setId: string }): Promise<string> {
  return db.$transaction(async (tx) => {
    const source = await tx.questionSet.findFirst({
      where: { id: setId, status: 'published', OR: [{ visibility: 'public' }, { ownerId: teacherId }] },
      select: { id: true, title: true, description: true, topic: true, versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { id: true } } },
    });
    if (!source?.versions[0]) throw new ActionError('That set was not found.', 404);
    const title = `${source.title} (copy)`.slice(0, 200);
    const copy = await tx.questionSet.create({
      data: { slug: slugify(title), ownerId: teacherId, title, description: source.description, topic: source.topic, status: 'draft', visibility: 'private', currentVersion: 0, copiedFromId: source.id },
      select: { id: true },
    });
    await copyVersionInto(tx, { sourceVersionId: source.versions[0].id, setId: copy.id, review: 'approved' });
    return copy.id;
  });
}
