import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateClassForm } from '@/components/teach/class-forms';
import { requireRole } from '@/lib/auth/require-role';
import { listTeacherClasses } from '@/lib/teaching/list-teacher-classes';

export const metadata: Metadata = { title: 'Teach' };
export const dynamic = 'force-dynamic';

export default async function TeacherHomePage() {
  const teacher = await requireRole('teacher', '/teach');
  const classes = await listTeacherClasses({ teacherId: teacher.id });
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">Welcome, {teacher.name}. Create a class, share its join code, and your students appear here.</p>
      </div>
      <CreateClassForm />
      {classes.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <p className="font-semibold">No classes yet</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Create your first class above; it gets a join code and a join link for your students.</p>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Classes">
          {classes.map((c) => (
            <li key={c.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <p className="font-semibold">
                <Link href={`/teach/classes/${c.id}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                  {c.name}
                </Link>
                {c.archived ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">Archived</span> : null}
              </p>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
                {c.studentCount} {c.studentCount === 1 ? 'student' : 'students'}
                {c.joinCode ? (
                  <>
                    {' '}
                    · join code <code className="font-mono font-semibold">{c.joinCode}</code>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
