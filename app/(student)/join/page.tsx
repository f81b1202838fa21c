import type { Metadata } from 'next';
import { JoinClassForm } from '@/components/classes/join-class-form';
import { requireRole } from '@/lib/auth/require-role';
import { listStudentClasses } from '@/lib/classes/join-class';
import { prisma } from '@/lib/db';

export const metadata: Metadata = { title: 'Your classes' };
export const dynamic = 'force-dynamic';

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ joined?: string }> }) {
  const student = await requireRole('student', '/join');
  const { joined } = await searchParams;
  const classes = await listStudentClasses(await prisma(), { studentId: student.id });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>
      {joined ? (
        <p role="status" className="rounded-lg bg-emerald-50 px-4 py-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          You joined {joined}.
        </p>
      ) : null}
      <section aria-labelledby="join-heading" className="rounded-2xl border border-slate-200 p-5 dark:border-slate-800">
        <h2 id="join-heading" className="mb-3 font-semibold">
          Join a class
        </h2>
        <JoinClassForm />
      </section>
      {classes.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-300">You have not joined a class yet.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Classes">
          {classes.map((c) => (
            <li key={c.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <p className="font-semibold">{c.name}</p>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                Teacher: {c.teacher}
                {c.archived ? ' · archived' : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
