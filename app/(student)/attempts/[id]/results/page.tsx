import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { FeedbackPanel } from '@/components/player/feedback-panel';
import { questionLabel } from '@/components/question-type-label';
import { buttonClass } from '@/components/ui/button';
import { describeAnswer } from '@/lib/attempts/describe-answer';
import { getAttemptTiming, getPlayerAttempt } from '@/lib/attempts/get-player-attempt';
import { requireUser } from '@/lib/auth/require-user';
import { startAttemptFormAction } from '../../actions';

export const metadata: Metadata = { title: 'Results' };
export const dynamic = 'force-dynamic';

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  return m ? `${m} min ${s % 60} s` : `${s} s`;
}

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/attempts/${id}/results`);
  const [attempt, timing] = await Promise.all([getPlayerAttempt({ attemptId: id, userId: user.id }), getAttemptTiming({ attemptId: id, userId: user.id })]);
  if (!attempt || !timing) notFound();
  if (attempt.status !== 'submitted') redirect(`/attempts/${id}`);
  const score = timing.score ?? 0;
  const max = timing.maxScore ?? attempt.questions.length;
  const percent = max ? Math.round((score / max) * 100) : 0;
  const missed = attempt.questions.filter((q) => (attempt.responses[q.id]?.score ?? 0) < 1).map((q) => q.id);
  const revealed = attempt.questions.some((q) => attempt.responses[q.id]?.reveal);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <p className="text-sm text-slate-600 dark:text-slate-300">{attempt.setTitle} · {attempt.mode === 'practice' ? 'Practice' : 'Test'}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">Results</h1>
      </div>
      <dl className="grid grid-cols-3 gap-3 rounded-2xl border border-slate-200 p-5 text-center dark:border-slate-800">
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Score</dt>
          <dd className="text-2xl font-bold" data-testid="score">
            {Number.isInteger(score) ? score : score.toFixed(1)} / {max}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Percent</dt>
          <dd className="text-2xl font-bold">{percent}%</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Time taken</dt>
          <dd className="text-2xl font-bold">{duration((timing.submittedAt ?? new Date()).getTime() - timing.startedAt.getTime())}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-3">
        {missed.length && attempt.kind === 'quiz' ? (
          <form action={startAttemptFormAction}>
            <input type="hidden" name="setSlug" value={attempt.setSlug} />
            <input type="hidden" name="mode" value="practice" />
            {missed.map((q) => (
              <input key={q} type="hidden" name="questionIds" value={q} />
            ))}
            <button type="submit" className={buttonClass('primary')}>
              Retry the {missed.length} I missed
            </button>
          </form>
        ) : null}
        {attempt.kind === 'quiz' ? (
          <Link href={`/sets/${attempt.setSlug}`} className={buttonClass('secondary')}>
            Back to the set
          </Link>
        ) : null}
        <Link href="/review" className={buttonClass('ghost')}>
          Review deck
        </Link>
      </div>
      {!revealed ? <p className="rounded-lg bg-slate-100 p-4 dark:bg-slate-800">The answers of this attempt are not shown yet: your teacher releases them later.</p> : null}
      <ol className="flex flex-col gap-4" aria-label="Questions">
        {attempt.questions.map((q, i) => {
          const r = attempt.responses[q.id];
          return (
            <li key={q.id} className="rounded-2xl border border-slate-200 p-5 dark:border-slate-800">
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                {i + 1}. {questionLabel(q)}
              </p>
              <h2 className="mt-1 font-semibold">{q.prompt}</h2>
              <p className="mt-2">
                <span className="font-medium">Your answer:</span> {describeAnswer(q, r?.answer)}
              </p>
              {r?.reveal ? (
                <div className="mt-3">
                  <FeedbackPanel response={r} setSlug={attempt.setSlug} />
                </div>
              ) : !r && attempt.unansweredReveals[q.id] ? (
                <div className="mt-3">
                  <FeedbackPanel response={{ answer: { kind: 'text', text: '' }, correct: false, score: 0, reveal: attempt.unansweredReveals[q.id] }} setSlug={attempt.setSlug} />
                </div>
              ) : !r ? (
                <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Not answered.</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
