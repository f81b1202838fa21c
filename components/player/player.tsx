'use client';

import { useEffect, useRef, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/run-guarded';
import type { PlayerResponse } from '@/lib/attempts/player-types';
import type { GivenAnswer } from '@/questions/grading';
import { OPTION_LETTERS } from '@/lib/attempts/describe-answer';
import { questionLabel } from '@/components/question-type-label';
import { FeedbackPanel } from './feedback-panel';
import { usePlayer, usePlayerStore } from './player-provider';
import { isLocked } from './player-store';
import { QuestionInput } from './question-input';
import { AttemptTimer } from './attempt-timer';
import { ReportQuestion } from './report-question';

/** Where the player sends answers: server actions for a signed-in student, a guest route for a visitor. */
export type PlayerApi = {
  answer: (questionId: string, answer: GivenAnswer) => Promise<ActionResult<PlayerResponse>>;
  savePosition: (index: number, flagged?: string[]) => void;
  finish: () => Promise<{ ok: true } | { ok: false; message: string }>;
  /** Reporting needs an account. */
  canReport: boolean;
};

export function Player({ api }: { api: PlayerApi }) {
  const store = usePlayerStore();
  const attempt = usePlayer((s) => s.attempt);
  const index = usePlayer((s) => s.index);
  const drafts = usePlayer((s) => s.drafts);
  const error = usePlayer((s) => s.error);
  const [pending, startTransition] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const question = attempt.questions[index]!;
  const response = attempt.responses[question.id];
  const draft = drafts[question.id];
  const locked = isLocked({ attempt }, question.id);
  const total = attempt.questions.length;
  const answered = Object.keys(attempt.responses).length;
  const flagged = attempt.flagged.includes(question.id);
  const isLast = index === total - 1;
  const savedSame = response && JSON.stringify(response.answer) === JSON.stringify(draft);

  // Resume on any device at the same question: remember where the student is.
  useEffect(() => {
    if (attempt.status !== 'in_progress') return;
    api.savePosition(index);
    headingRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- saved when the question changes, not when the api object does
  }, [attempt.id, attempt.status, index]);

  const check = () => {
    if (!draft || locked || pending || savedSame) return;
    startTransition(async () => {
      const result = await api.answer(question.id, draft);
      if (result.ok) store.getState().recordResponse(question.id, result.data);
      else store.getState().setError(result.message);
    });
  };

  const finish = () => {
    const unanswered = total - Object.keys(store.getState().attempt.responses).length;
    if (unanswered > 0 && !window.confirm(`${unanswered} question${unanswered === 1 ? ' is' : 's are'} not answered. Submit anyway?`)) return;
    startTransition(async () => {
      const result = await api.finish();
      if (!result.ok) store.getState().setError(result.message);
    });
  };

  const toggleFlag = () => {
    store.getState().toggleFlag(question.id);
    api.savePosition(index, store.getState().attempt.flagged);
  };

  // Keyboard: 1–9 or A–D choose, Enter checks the answer or goes on.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement;
      const typing = target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text';
      // Enter on a button, link or disclosure keeps its own meaning; anywhere else it checks or goes on.
      if (e.key === 'Enter' && !['BUTTON', 'A', 'TEXTAREA', 'SUMMARY'].includes(target.tagName)) {
        e.preventDefault();
        if (response && (locked || savedSame)) {
          if (!isLast) store.getState().next();
        } else check();
        return;
      }
      if (typing || target.tagName === 'SELECT' || locked || !question.choices) return;
      const key = e.key.toUpperCase();
      const n = /^[1-9]$/.test(key) ? Number(key) - 1 : question.type !== 'true_false' ? OPTION_LETTERS.indexOf(key) : -1;
      const choice = n >= 0 && n < 4 + 5 ? question.choices[n] : undefined;
      if (!choice) return;
      e.preventDefault();
      store.getState().setDraft(question.id, question.type === 'true_false' ? { kind: 'boolean', value: choice.id === 'true' } : { kind: 'choice', optionId: choice.id });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const progress = Math.round((answered / total) * 100);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {attempt.setTitle} · <span className="font-semibold">{attempt.mode === 'practice' ? 'Practice' : 'Test'}</span>
        </p>
        {attempt.deadlineAt ? <AttemptTimer deadline={attempt.deadlineAt} /> : null}
      </div>
      <div>
        <div className="flex justify-between text-sm">
          <span>
            Question <span className="font-semibold">{index + 1}</span> of {total}
          </span>
          <span>{answered} answered</span>
        </div>
        <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" role="progressbar" aria-label="Answered" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100}>
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${progress}%` }} />
        </div>
      </div>

      <section aria-labelledby="question-heading" className="flex flex-col gap-4 rounded-2xl border border-slate-200 p-5 sm:p-6 dark:border-slate-800">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{questionLabel(question)}</p>
        <h1 id="question-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold leading-snug outline-none sm:text-2xl">
          {question.type === 'true_false' ? (
            <>
              <span className="sr-only">True or false: </span>
              {question.prompt}
            </>
          ) : (
            question.prompt
          )}
        </h1>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            check();
          }}
          className="flex flex-col gap-4"
        >
          <QuestionInput key={question.id} question={question} value={draft} onChange={(a) => store.getState().setDraft(question.id, a)} locked={locked} reveal={response?.reveal} />
          {!locked ? (
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={!draft || pending || Boolean(savedSame)}>
                {pending ? 'Saving…' : attempt.mode === 'practice' ? 'Check answer' : savedSame ? 'Saved' : 'Save answer'}
              </Button>
              <span className="text-sm text-slate-600 dark:text-slate-400">Enter to {attempt.mode === 'practice' ? 'check' : 'save'}{question.choices ? ', 1–4 or A–D to choose' : ''}</span>
            </div>
          ) : null}
        </form>
        <div aria-live="polite" aria-atomic="true" className="empty:hidden">
          {response && (response.reveal || attempt.mode === 'practice') ? <FeedbackPanel response={response} setSlug={attempt.setSlug} /> : null}
          {response && !response.reveal && attempt.mode === 'test' ? <p className="text-sm text-slate-700 dark:text-slate-300">Answer saved. Results come after you submit.</p> : null}
        </div>
        {response?.reveal && api.canReport ? <ReportQuestion key={question.id} questionId={question.id} /> : null}
        {error ? (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        ) : null}
      </section>

      <nav aria-label="Question navigation" className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={() => store.getState().back()} disabled={index === 0}>
          ← Back
        </Button>
        <Button variant="secondary" onClick={toggleFlag} aria-pressed={flagged} disabled={attempt.status !== 'in_progress'}>
          {flagged ? '⚑ Flagged' : '⚐ Flag for review'}
        </Button>
        <span className="flex-1" />
        {!isLast ? (
          <Button variant={response ? 'primary' : 'secondary'} onClick={() => store.getState().next()}>
            Next →
          </Button>
        ) : null}
        {attempt.status === 'in_progress' ? (
          <Button variant={isLast ? 'primary' : 'ghost'} onClick={finish} disabled={pending}>
            {attempt.mode === 'test' ? 'Submit test' : 'Finish'}
          </Button>
        ) : null}
      </nav>

      <details className="rounded-xl border border-slate-200 p-3 dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-medium">All questions ({answered} of {total} answered{attempt.flagged.length ? `, ${attempt.flagged.length} flagged` : ''})</summary>
        <ol className="mt-3 grid grid-cols-6 gap-2 sm:grid-cols-10">
          {attempt.questions.map((q, i) => {
            const r = attempt.responses[q.id];
            const state = r?.correct === true ? 'right' : r?.correct === false ? 'wrong' : r ? 'answered' : 'not answered';
            return (
              <li key={q.id}>
                <button
                  type="button"
                  onClick={() => store.getState().goTo(i)}
                  aria-current={i === index ? 'step' : undefined}
                  aria-label={`Question ${i + 1}, ${state}${attempt.flagged.includes(q.id) ? ', flagged' : ''}`}
                  className={`h-9 w-full rounded-lg border text-sm font-semibold ${i === index ? 'border-brand-600 ring-2 ring-brand-600' : 'border-slate-300 dark:border-slate-600'} ${r?.correct === true ? 'bg-emerald-100 dark:bg-emerald-900' : r?.correct === false ? 'bg-red-100 dark:bg-red-900' : r ? 'bg-brand-100 dark:bg-slate-700' : ''}`}
                >
                  {i + 1}
                  {attempt.flagged.includes(q.id) ? '⚑' : ''}
                </button>
              </li>
            );
          })}
        </ol>
      </details>
    </div>
  );
}
