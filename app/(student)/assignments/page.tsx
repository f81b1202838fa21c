import type { Metadata } from 'next';
import Link from 'next/link';
import { StartAssignmentButton } from '@/components/classes/start-assignment-button';
import { LocalTime } from '@/components/ui/local-time';
import { listStudentAssignments } from '@/lib/assignments/manage-assignments';
import { requireRole } from '@/lib/auth/require-role';
import { prisma } from '@/lib/db';

export const metadata: Metadata = { title: 'Assignments' };
export const dynamic = 'force-dynamic';

const STATUS_STYLE: Record<string, string> = {
  'not started': 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  'in progress': 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  submitted: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  late: 'bg-orange-100 text-orange-900 dark:bg-orange-900 dark:text-orange-100',
  missing: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

export default async function AssignmentsPage() {
  const student = await requireRole('student', '/assignments');
  const assignments = await listStudentAssignments(await prisma(), { studentId: student.id });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Assignments</h1>
      {assignments.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-300">
          No assignments yet. <Link href="/join" className="font-semibold underline">Join your class</Link> with the code your teacher gave you.
        </p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Your assignments">
          {assignments.map((a) => {
            const canStart = a.open && a.status !== 'submitted' && a.status !== 'late' && (a.attemptsAllowed === null || a.attemptsUsed < a.attemptsAllowed || a.status === 'in progress');
            const again = (a.status === 'submitted' || a.status === 'late') && a.open && (a.attemptsAllowed === null || a.attemptsUsed < a.attemptsAllowed);
            return (
              <li key={a.id} className="flex flex-col gap-2 rounded-2xl border border-slate-200 p-4 dark:border-slate-800">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="font-semibold">{a.title}</p>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[a.status]}`} data-testid="assignment-status">
                    {a.status}
                  </span>
                </div>
                <p className="text-sm text-slate-600 dark:text-slate-300">
                  {a.className} · {a.mode === 'test' ? 'Test' : 'Practice'} · due <LocalTime iso={a.dueAt?.toISOString() ?? null} empty="whenever you like" /> · attempts {a.attemptsUsed}
                  {a.attemptsAllowed ? ` of ${a.attemptsAllowed}` : ''}
                </p>
                {canStart || again ? <StartAssignmentButton assignmentId={a.id} label={a.status === 'in progress' ? 'Continue' : again ? 'Try again' : 'Start'} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
