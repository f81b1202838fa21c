import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BarChart } from '@/components/charts/bar-chart';
import { buttonClass } from '@/components/ui/button';
import { LocalTime } from '@/components/ui/local-time';
import { describeAnswer } from '@/lib/attempts/describe-answer';
import { requireRole } from '@/lib/auth/require-role';
import { prisma } from '@/lib/db';
import { getAssignmentResults } from '@/lib/results/get-assignment-results';

export const metadata: Metadata = { title: 'Results' };
export const dynamic = 'force-dynamic';

export default async function AssignmentResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireRole('teacher', `/teach/assignments/${id}`);
  const r = await getAssignmentResults(await prisma(), { teacherId: teacher.id, assignmentId: id });
  if (!r) notFound();
  const pct = r.completion.total ? Math.round((r.completion.submitted / r.completion.total) * 100) : 0;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={`/teach/classes/${r.classId}`} className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
          ← {r.className}
        </Link>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{r.title}</h1>
        <p className="text-slate-600 dark:text-slate-300">
          Due <LocalTime iso={r.dueAt?.toISOString() ?? null} empty="no due date" />
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Panel id="completion" title="Completion">
          <p className="mt-2 text-4xl font-bold" data-testid="completion">
            {r.completion.submitted} of {r.completion.total}
          </p>
          <div className="mt-2 h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" role="meter" aria-label="Submitted" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
            <div className="h-full bg-emerald-600" style={{ width: `${pct}%` }} />
          </div>
          <div className="mt-4 flex flex-wrap gap-2">
            <a href={`/teach/assignments/${r.id}/grades.csv`} className={buttonClass('secondary')} download>
              Grades (CSV)
            </a>
            <a href={`/teach/assignments/${r.id}/responses.csv`} className={buttonClass('secondary')} download>
              All responses (CSV)
            </a>
          </div>
        </Panel>
        <Panel id="distribution" title="Score distribution">
          <BarChart caption="Students per score band" bars={r.distribution.map((n, i) => ({ label: i === 9 ? '90+' : `${i * 10}s`, value: n, title: `${i * 10}–${i === 9 ? 100 : i * 10 + 9}%: ${n} students` }))} />
        </Panel>
      </div>
      <Panel id="items" title="Item analysis">
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Discrimination compares the top and bottom 27% of scores (1 = only strong students got it right; 0 or less = the question does not separate them). Flags need at least 10 responses.</p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">#</th>
                <th scope="col" className="py-2 pr-3">Question</th>
                <th scope="col" className="py-2 pr-3">Correct</th>
                <th scope="col" className="py-2 pr-3">Discrimination</th>
                <th scope="col" className="py-2 pr-3">Most-chosen wrong option</th>
                <th scope="col" className="py-2">Flags</th>
              </tr>
            </thead>
            <tbody>
              {r.items.map((item, i) => (
                <tr key={item.questionId} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <td className="py-2 pr-3">{i + 1}</td>
                  <td className="max-w-md py-2 pr-3">{item.prompt}</td>
                  <td className="py-2 pr-3">{item.responses ? `${item.percentCorrect}%` : '—'}</td>
                  <td className="py-2 pr-3">{item.discrimination ?? '—'}</td>
                  <td className="py-2 pr-3">{item.commonWrong ? `${item.commonWrong.text} (${item.commonWrong.share}%)` : '—'}</td>
                  <td className="py-2 text-amber-800 dark:text-amber-300">{item.flags.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Panel>
      <Panel id="students" title="Students">
        <ul className="mt-3 flex flex-col gap-2">
          {r.students.map((s) => (
            <li key={s.studentId}>
              <details className="rounded-xl border border-slate-200 p-3 dark:border-slate-700">
                <summary className="cursor-pointer">
                  <span className="font-medium">{s.name}</span> · {s.status}
                  {s.percent !== null ? ` · ${s.score} / ${s.maxScore} (${s.percent}%)` : ''}
                </summary>
                {s.answers.length ? (
                  <ol className="mt-2 flex flex-col gap-1 text-sm">
                    {r.questions.map((q, i) => {
                      const a = s.answers.find((x) => x.questionId === q.id);
                      return (
                        <li key={q.id}>
                          {i + 1}. {q.prompt} — <span className="font-medium">{a ? describeAnswer({ id: q.id, type: q.type, prompt: q.prompt, choices: q.options }, a.answer) : 'no answer'}</span> {a ? (a.correct ? '✓' : '✗') : ''}
                        </li>
                      );
                    })}
                  </ol>
                ) : (
                  <p className="mt-2 text-sm">No submitted attempt yet.</p>
                )}
              </details>
            </li>
          ))}
        </ul>
      </Panel>
      {r.reports.length ? (
        <Panel id="reports" title="Question reports from students">
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {r.reports.map((rep, i) => (
              <li key={i}>
                Question {r.questions.findIndex((q) => q.id === rep.questionId) + 1}: {rep.reason}
                {rep.note ? ` — “${rep.note}”` : ''}
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
    </div>
  );
}
