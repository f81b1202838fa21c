import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { LocalTime } from '@/components/ui/local-time';
import { requireRole } from '@/lib/auth/require-role';
import { listTeacherSets } from '@/lib/authoring/teacher-sets';
import { prisma } from '@/lib/db';

export const metadata: Metadata = { title: 'Your sets' };
export const dynamic = 'force-dynamic';

export default async function TeacherSetsPage() {
  const teacher = await requireRole('teacher', '/teach/sets');
  const sets = await listTeacherSets(await prisma(), { teacherId: teacher.id });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your question sets</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-300">Drafts you are reviewing and sets you have published. Copy any library set to adapt it.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/teach/sets/import" className={buttonClass('secondary')}>
            Import GIFT or Aiken
          </Link>
          <Link href="/teach/sets/new" className={buttonClass()}>
            New set from an article
          </Link>
        </div>
      </div>
      {sets.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <p className="font-semibold">No sets yet</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Paste a news article and newsquiz drafts the questions for you to review.</p>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Your sets">
          {sets.map((s) => (
            <li key={s.id} className="flex flex-col gap-1 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <Link href={s.status === 'published' ? `/teach/sets/${s.id}` : `/teach/sets/${s.id}/edit`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                {s.title}
              </Link>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {s.status === 'published' ? `Published v${s.version} · ${s.visibility}` : 'Draft'} · {s.questionCount} {s.questionCount === 1 ? 'question' : 'questions'}
                {s.toReview ? ` · ${s.toReview} to review` : ''}
              </p>
              <p className="text-xs text-slate-500">
                Changed <LocalTime iso={s.updatedAt.toISOString()} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
