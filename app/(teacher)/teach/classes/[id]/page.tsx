import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchiveClassForm, DeleteClassForm, RegenerateCodeForm, RemoveStudentForm, RenameClassForm } from '@/components/teach/class-forms';
import { AssignmentForm } from '@/components/teach/assignment-form';
import { CreateStudentAccountsForm } from '@/components/teach/student-accounts-create';
import { ResetPasswordButton } from '@/components/teach/student-accounts-reset';
import { LocalTime } from '@/components/ui/local-time';
import { listClassAssignments } from '@/lib/assignments/manage-assignments';
import { requireRole } from '@/lib/auth/require-role';
import { getClassForTeacher } from '@/lib/classes/manage-classes';
import { listResettableStudentIds } from '@/lib/classes/student-accounts';
import { prisma } from '@/lib/db';

export const metadata: Metadata = { title: 'Class' };
export const dynamic = 'force-dynamic';

function when(d: Date | null): string {
  if (!d) return 'Not yet';
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }) + ' UTC';
}

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireRole('teacher', `/teach/classes/${id}`);
  const c = await getClassForTeacher(await prisma(), { teacherId: teacher.id, classId: id });
  if (!c) notFound();
  const db = await prisma();
  const [assignments, sets, resettableIds] = await Promise.all([
    listClassAssignments(db, { teacherId: teacher.id, classId: c.id }),
    db.questionSet.findMany({ where: { status: 'published', OR: [{ ownerId: teacher.id }, { visibility: 'public' }] }, orderBy: { title: 'asc' }, select: { slug: true, title: true } }),
    listResettableStudentIds(db, { teacherId: teacher.id, classId: c.id }),
  ]);
  const resettable = new Set(resettableIds);
  const h = await headers();
  const origin = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost:3000'}`;
  const signInUrl = `${origin}/sign-in`;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/teach" className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
          ← Your classes
        </Link>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">
          {c.name}
          {c.archived ? <span className="ml-3 rounded bg-slate-100 px-2 py-1 align-middle text-sm dark:bg-slate-800">Archived</span> : null}
        </h1>
      </div>
      <section aria-labelledby="join" className="grid gap-4 rounded-2xl border border-slate-200 p-5 sm:grid-cols-2 dark:border-slate-800">
        <div>
          <h2 id="join" className="font-semibold">
            Join code
          </h2>
          {c.joinCode ? (
            <>
              <p className="mt-1 font-mono text-4xl font-bold tracking-widest" data-testid="join-code">
                {c.joinCode}
              </p>
              <p className="mt-2 text-sm">
                Join link:{' '}
                <code className="break-all" data-testid="join-link">
                  {origin}/join/{c.joinCode}
                </code>
              </p>
            </>
          ) : (
            <p>No active code.</p>
          )}
          {c.archived ? <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">An archived class takes no new students.</p> : null}
        </div>
        <div className="flex flex-col gap-3">
          <RegenerateCodeForm classId={c.id} />
          <ArchiveClassForm classId={c.id} archived={c.archived} />
        </div>
      </section>
      <Panel id="roster" title={<>Students ({c.students.length})</>}>
        {c.students.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-300">No students yet: give them the join code or link, or create accounts for them below.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 dark:border-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-4">Name</th>
                  <th scope="col" className="py-2 pr-4">Sign-in</th>
                  <th scope="col" className="py-2 pr-4">Joined</th>
                  <th scope="col" className="py-2 pr-4">Last activity</th>
                  <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {c.students.map((s) => (
                  <tr key={s.id} className="border-b border-slate-100 dark:border-slate-800">
                    <td className="py-2 pr-4 font-medium">{s.name}</td>
                    <td className="py-2 pr-4">{s.login}</td>
                    <td className="py-2 pr-4">{when(s.joinedAt)}</td>
                    <td className="py-2 pr-4">{when(s.lastActivityAt)}</td>
                    <td className="py-2">
                      <div className="flex flex-wrap items-start gap-1">
                        {resettable.has(s.id) ? <ResetPasswordButton classId={c.id} studentId={s.id} name={s.name} classLabel={c.name} signInUrl={signInUrl} /> : null}
                        <RemoveStudentForm classId={c.id} studentId={s.id} name={s.name} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      <Panel id="student-accounts" title="Create student accounts">
        {c.archived ? (
          <p className="mt-2 text-sm">Restore the class to add students.</p>
        ) : (
          <CreateStudentAccountsForm classId={c.id} classLabel={c.name} signInUrl={signInUrl} />
        )}
      </Panel>
      <Panel id="assignments" title={<>Assignments ({assignments.length})</>} className="flex flex-col gap-4">
        {assignments.length ? (
          <ul className="flex flex-col gap-2" aria-label="Assignments of this class">
            {assignments.map((a) => (
              <li key={a.id} className="rounded-xl border border-slate-200 p-3 text-sm dark:border-slate-700">
                <p className="font-semibold">
                  <Link href={`/teach/assignments/${a.id}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                    {a.title}
                  </Link>
                </p>
                <p className="text-slate-600 dark:text-slate-300">
                  {a.mode === 'test' ? 'Test' : 'Practice'} · opens <LocalTime iso={a.opensAt.toISOString()} /> · due <LocalTime iso={a.dueAt?.toISOString() ?? null} empty="no due date" /> · {a.submittedStudents} of {c.students.length} submitted
                </p>
              </li>
            ))}
          </ul>
        ) : null}
        {c.archived ? (
          <p className="text-sm">Restore the class to assign work.</p>
        ) : (
          <details open={assignments.length === 0}>
            <summary className="cursor-pointer font-medium">Assign a question set</summary>
            <div className="mt-3">
              <AssignmentForm classId={c.id} sets={sets} students={c.students.map((s) => ({ id: s.id, name: s.name }))} />
            </div>
          </details>
        )}
      </Panel>
      <Panel id="settings" title="Settings" className="flex flex-col gap-4">
        <RenameClassForm classId={c.id} name={c.name} />
        <details className="rounded-xl border border-red-200 p-4 dark:border-red-900">
          <summary className="cursor-pointer font-semibold text-red-800 dark:text-red-300">Delete this class</summary>
          <div className="mt-3">
            <DeleteClassForm classId={c.id} name={c.name} />
          </div>
        </details>
      </Panel>
    </div>
  );
}
