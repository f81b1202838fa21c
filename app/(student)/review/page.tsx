import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import { BarChart } from '@/components/charts/bar-chart';
import { buttonClass } from '@/components/ui/button';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { getDeckSummary } from '@/lib/review/deck-summary';
import { SESSION_SIZE } from '@/lib/review/start-review-session';
import { syncRevealedAttempts } from '@/lib/review/sync-revealed-attempts';
import { setRetentionFormAction, startReviewFormAction } from './actions';

export const metadata: Metadata = { title: 'Review' };
export const dynamic = 'force-dynamic';

const weekday = (iso: string, i: number) => (i === 0 ? 'Today' : new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' }));

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ message?: string }> }) {
  const user = await requireUser('/review');
  const db = await prisma();
  await syncRevealedAttempts(db, { userId: user.id });
  const deck = await getDeckSummary(db, { userId: user.id });
  const { message } = await searchParams;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Review</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">Questions you missed come back on a spaced-repetition schedule (FSRS): soon when you miss them, later each time you get them right.</p>
      </div>
      {message ? (
        <p role="status" className="rounded-lg bg-slate-100 px-4 py-2 dark:bg-slate-800">
          {message}
        </p>
      ) : null}
      <section className="flex flex-wrap items-center gap-6 rounded-2xl border border-slate-200 p-5 dark:border-slate-800">
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400">Due now</p>
          <p className="text-4xl font-bold" data-testid="due-now">
            {deck.dueNow}
          </p>
        </div>
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400">Cards in your deck</p>
          <p className="text-4xl font-bold" data-testid="deck-total">
            {deck.total}
          </p>
        </div>
        <form action={startReviewFormAction} className="ml-auto">
          <button type="submit" className={buttonClass('primary')} disabled={deck.dueNow === 0}>
            {deck.dueNow ? `Review ${Math.min(deck.dueNow, SESSION_SIZE)} now` : 'Nothing due now'}
          </button>
        </form>
      </section>
      <Panel id="upcoming" title="Coming up in the next 7 days">
        <BarChart caption="Cards due on each of the next seven days" bars={deck.nextDays.map((d, i) => ({ label: weekday(d.date, i), value: d.count }))} />
      </Panel>
      <details className="rounded-2xl border border-slate-200 p-5 dark:border-slate-800">
        <summary className="cursor-pointer font-semibold">Setting: how much you want to remember</summary>
        <form action={setRetentionFormAction} className="mt-3 flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="desiredRetention" className="text-sm font-medium">
              Desired retention
            </label>
            <select id="desiredRetention" name="desiredRetention" defaultValue={String(deck.desiredRetention)} className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 dark:border-slate-600 dark:bg-slate-900">
              {[0.8, 0.85, 0.9, 0.95, 0.97].map((r) => (
                <option key={r} value={r}>
                  {Math.round(r * 100)}%{r === 0.9 ? ' (recommended)' : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            Save
          </button>
          <p className="w-full text-sm text-slate-600 dark:text-slate-400">Higher means more frequent reviews; 90% balances effort and memory.</p>
        </form>
      </details>
    </div>
  );
}
