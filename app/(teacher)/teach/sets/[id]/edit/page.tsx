import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { WorkspaceEditor } from '@/components/authoring/workspace-editor';
import { requireRole } from '@/lib/auth/require-role';
import { ensureWorkspace } from '@/lib/authoring/edit-workspace';
import { loadWorkspace } from '@/lib/authoring/load-workspace';
import { prisma } from '@/lib/db';

export const metadata: Metadata = { title: 'Review drafts' };
export const dynamic = 'force-dynamic';

export default async function EditSetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ drafted?: string }> }) {
  const { id } = await params;
  const { drafted } = await searchParams;
  const teacher = await requireRole('teacher', `/teach/sets/${id}/edit`);
  const db = await prisma();
  const owned = await db.questionSet.count({ where: { id, ownerId: teacher.id } });
  if (!owned) notFound();
  await ensureWorkspace(db, { teacherId: teacher.id, setId: id });
  const workspace = await loadWorkspace(db, { teacherId: teacher.id, setId: id });
  if (!workspace) notFound();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm">
          <Link href="/teach/sets" className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            ← Your sets
          </Link>
          {workspace.set.status === 'published' ? (
            <>
              {' · '}
              <Link href={`/teach/sets/${id}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                Published set
              </Link>
            </>
          ) : null}
        </p>
      </div>
      <h1 className="text-3xl font-bold tracking-tight">Review drafts</h1>
      {drafted ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          {Number(drafted) > 0
            ? `The engine drafted ${drafted} questions, best first. Approve, edit or reject each one; everything is saved as you go.`
            : 'The engine found no questions it could stand behind in this article. Add your own, or add another article.'}
        </p>
      ) : null}
      <WorkspaceEditor workspace={workspace} />
    </div>
  );
}
