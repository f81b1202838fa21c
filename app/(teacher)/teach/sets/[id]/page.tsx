import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswerSummary } from '@/components/authoring/answer-summary';
import { ExportPanel } from '@/components/authoring/export-panel';
import { CopySetButton, EditSetButton, RegradeButton } from '@/components/authoring/set-actions';
import { QUESTION_TYPE_LABEL } from '@/components/question-type-label';
import { AssignmentForm } from '@/components/teach/assignment-form';
import { LocalTime } from '@/components/ui/local-time';
import { PageHeading } from '@/components/ui/page-heading';
import { Panel } from '@/components/ui/panel';
import { requireRole } from '@/lib/auth/require-role';
import { getTeacherSetView } from '@/lib/authoring/teacher-sets';
import { prisma } from '@/lib/db';

export const metadata: Metadata = { title: 'Question set' };
export const dynamic = 'force-dynamic';

export default async function TeacherSetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ published?: string }> }) {
  const { id } = await params;
  const { published } = await searchParams;
  const teacher = await requireRole('teacher', `/teach/sets/${id}`);
  const db = await prisma();
  const set = await getTeacherSetView(db, { teacherId: teacher.id, setId: id });
  if (!set) notFound();
  const classes = set.status === 'published' ? await db.class.findMany({ where: { teacherId: teacher.id, archived: false }, orderBy: { name: 'asc' }, select: { id: true, name: true } }) : [];
  const olderWithAttempts = set.versions.filter((v) => v.version < set.currentVersion && v.attempts > 0);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeading back={{ href: '/teach/sets', label: 'Your sets' }} title={set.title}>
          {set.status === 'published' ? `Published version ${set.currentVersion} · ${set.visibility === 'public' ? 'public (in the library)' : 'private (your classes)'}` : 'Draft: not published yet'} · {set.questions.length}{' '}
          {set.questions.length === 1 ? 'question' : 'questions'}
        </PageHeading>
        {published ? (
          <p role="status" className="mt-3 rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
            Published as version {published}. Assign it to a class below.
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {set.isOwner ? <EditSetButton setId={set.id} /> : null}
          <CopySetButton setId={set.id} />
          {set.status === 'published' ? (
            <Link href={`/sets/${set.slug}`} className="px-2 text-sm font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
              Article and evidence
            </Link>
          ) : null}
        </div>
      </div>

      {set.status === 'published' ? (
        <Panel id="assign" title="Assign to a class" className="flex flex-col gap-3">
          {classes.length ? (
            <AssignmentForm classes={classes} sets={[{ slug: set.slug, title: set.title }]} students={[]} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-300">
              You have no active classes. <Link href="/teach" className="font-semibold text-brand-700 underline dark:text-brand-300">Create a class</Link> first.
            </p>
          )}
        </Panel>
      ) : null}

      {set.isOwner && set.versions.length ? (
        <Panel id="versions" title="Versions" className="flex flex-col gap-3">
          <p className="text-sm text-slate-600 dark:text-slate-300">Editing a set that students have started publishes a new version; their attempts keep the version they took.</p>
          <ul className="flex flex-col gap-1 text-sm">
            {set.versions.map((v) => (
              <li key={v.version}>
                <strong>v{v.version}</strong> · published <LocalTime iso={v.publishedAt?.toISOString() ?? null} /> · {v.attempts} {v.attempts === 1 ? 'attempt' : 'attempts'} · {v.assignments}{' '}
                {v.assignments === 1 ? 'assignment' : 'assignments'}
              </li>
            ))}
          </ul>
          {olderWithAttempts.length ? (
            <div className="flex flex-col gap-2">
              <p className="text-sm">Fixed an answer key? Regrade the attempts of an older version with the current keys:</p>
              {olderWithAttempts.map((v) => (
                <RegradeButton key={v.version} setId={set.id} version={v.version} current={set.currentVersion} />
              ))}
            </div>
          ) : null}
          {set.regrades.length ? (
            <div>
              <h3 className="text-sm font-semibold">Regrade log</h3>
              <ul className="text-sm text-slate-600 dark:text-slate-300">
                {set.regrades.map((r, i) => {
                  const d = r.details as { questionsFixed: number; responsesChanged: number; attemptsRescored: number; fromVersion: number };
                  return (
                    <li key={i}>
                      <LocalTime iso={r.at.toISOString()} />: v{r.version} regraded with v{d.fromVersion}’s keys — {d.questionsFixed} {d.questionsFixed === 1 ? 'question' : 'questions'}, {d.responsesChanged} answers and {d.attemptsRescored}{' '}
                      attempts rescored
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
        </Panel>
      ) : null}

      {set.questions.length ? <ExportPanel setId={set.id} title={set.title} questions={set.questions} /> : null}

      <Panel id="questions" title="Questions and answer key" className="flex flex-col gap-3">
        <ol className="flex flex-col gap-3">
          {set.questions.map((q, i) => (
            <li key={q.id} className="rounded-xl border border-slate-200 p-3 dark:border-slate-800">
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Q{i + 1} · {QUESTION_TYPE_LABEL[q.type]}
              </p>
              <p className="font-medium">{q.prompt}</p>
              <AnswerSummary q={q} />
              {q.evidence.length ? <blockquote className="mt-2 border-l-4 border-amber-300 pl-3 font-serif text-sm dark:border-amber-700">{q.evidence.join(' … ')}</blockquote> : null}
            </li>
          ))}
        </ol>
      </Panel>
    </div>
  );
}
