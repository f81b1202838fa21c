import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import { BarChart } from '@/components/charts/bar-chart';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { getProgress } from '@/lib/progress/get-progress';
import { getDeckSummary } from '@/lib/review/deck-summary';

export const metadata: Metadata = { title: 'Progress' };
export const dynamic = 'force-dynamic';

const short = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export default async function ProgressPage() {
  const user = await requireUser('/progress');
  const [progress, deck] = await Promise.all([getProgress({ userId: user.id }), getDeckSummary(await prisma(), { userId: user.id })]);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Progress</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">How your answers are going, what you have mastered, and what is coming back for review.</p>
      </div>
      <dl className="grid grid-cols-3 gap-3 rounded-2xl border border-slate-200 p-5 text-center dark:border-slate-800">
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Streak</dt>
          <dd className="text-3xl font-bold" data-testid="streak">
            {progress.streakDays} {progress.streakDays === 1 ? 'day' : 'days'}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Answers given</dt>
          <dd className="text-3xl font-bold">{progress.answered}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Due for review now</dt>
          <dd className="text-3xl font-bold">{deck.dueNow}</dd>
        </div>
      </dl>
      <Panel id="accuracy" title="Accuracy over the last 14 days">
        <BarChart caption="Share of right answers per day, last 14 days" max={100} unit="%" bars={progress.accuracyByDay.map((d) => ({ label: short(d.date), value: d.accuracy, title: `${short(d.date)}: ${d.accuracy}% of ${d.answered} answers` }))} />
      </Panel>
      <Panel id="mastery" title="Mastery per article">
        {progress.mastery.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-300">Answer some questions to see your mastery here.</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {progress.mastery.map((m) => {
              const pct = Math.round((m.mastered / m.total) * 100);
              return (
                <li key={m.articleId}>
                  <div className="flex justify-between text-sm">
                    <span className="font-medium">{m.title}</span>
                    <span>
                      {m.mastered} of {m.total} questions ({pct}%)
                    </span>
                  </div>
                  <div className="mt-1 h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" role="meter" aria-label={`Mastery of ${m.title}`} aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
                    <div className="h-full bg-emerald-600" style={{ width: `${pct}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Panel>
      <Panel id="due" title="Reviews due in the next 7 days">
        <BarChart caption="Reviews due on each of the next seven days" bars={deck.nextDays.map((d, i) => ({ label: i === 0 ? 'Today' : short(d.date), value: d.count }))} />
      </Panel>
    </div>
  );
}
