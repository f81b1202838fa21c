import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import type { ContentQuestion } from '@/questions/question-schema';
import { rowToContentQuestion } from './row-to-question';
import { WORKSPACE_VERSION } from './workspace-version';

export type TeacherSetRow = { id: string; title: string; status: 'draft' | 'published'; visibility: 'private' | 'public'; version: number; questionCount: number; toReview: number; updatedAt: Date };

/** The teacher's own sets, drafts included, most recently changed first. */
export async function listTeacherSets(db: AppPrisma, { teacherId }: { teacherId: string }): Promise<TeacherSetRow[]> {
  const sets = await db.questionSet.findMany({
    where: { ownerId: teacherId },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true, title: true, status: true, visibility: true, currentVersion: true, updatedAt: true,
      // Published versions count their questions; the workspace counts what is approved and pending.
      versions: { select: { version: true, _count: { select: { questions: true } }, questions: { where: { setVersion: { version: WORKSPACE_VERSION } }, select: { review: true } } } },
    },
  });
  return sets.map((s) => {
    const ws = s.versions.find((v) => v.version === WORKSPACE_VERSION)?.questions ?? [];
    const current = s.status === 'published' ? s.versions.find((v) => v.version === s.currentVersion) : undefined;
    return {
      id: s.id,
      title: s.title,
      status: s.status,
      visibility: s.visibility,
      version: s.currentVersion,
      questionCount: current ? current._count.questions : ws.filter((q) => q.review === 'approved').length,
      toReview: ws.filter((q) => q.review === 'pending').length,
      updatedAt: s.updatedAt,
    };
  });
}

export type TeacherSetView = {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  status: 'draft' | 'published';
  visibility: 'private' | 'public';
  isOwner: boolean;
  currentVersion: number;
  questions: ContentQuestion[];
  versions: { version: number; publishedAt: Date | null; attempts: number; assignments: number }[];
  regrades: { at: Date; version: number; details: unknown }[];
};

/**
 * A set as a teacher sees it, answer keys included: their own set (any status), or any teacher's
 * public published set (practice material). Another teacher's private set is not found.
 */
export async function getTeacherSetView(db: AppPrisma, { teacherId, setId }: { teacherId: string; setId: string }): Promise<TeacherSetView | null> {
  // Ids are word characters; anything else (a NUL from a crafted URL, which PostgreSQL cannot even
  // compare) is simply not a set.
  if (!/^[\w-]{1,64}$/.test(setId)) return null;
  const set = await db.questionSet.findFirst({
    where: { id: setId, OR: [{ ownerId: teacherId }, { visibility: 'public', status: 'published' }] },
    select: {
      id: true, slug: true, title: true, description: true, status: true, visibility: true, ownerId: true, currentVersion: true,
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        select: {
          version: true,
          publishedAt: true,
          _count: { select: { attempts: true, assignments: true } },
          regrades: { orderBy: { createdAt: 'desc' }, select: { createdAt: true, details: true } },
        },
      },
    },
  });
  if (!set) return null;
  const isOwner = set.ownerId === teacherId;
  const rows = await db.question.findMany({
    where: { review: 'approved', setVersion: { setId, version: set.currentVersion, publishedAt: { not: null } } },
    orderBy: { position: 'asc' },
  });
  return {
    id: set.id,
    slug: set.slug,
    title: set.title,
    description: set.description,
    status: set.status,
    visibility: set.visibility,
    isOwner,
    currentVersion: set.currentVersion,
    questions: rows.map(rowToContentQuestion),
    versions: isOwner ? set.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, attempts: v._count.attempts, assignments: v._count.assignments })) : [],
    regrades: isOwner ? set.versions.flatMap((v) => v.regrades.map((r) => ({ at: r.createdAt, version: v.version, details: r.details }))) : [],
  };
}
