'use client';

import { useActionState } from 'react';
import { reportQuestionAction } from '@/app/(student)/attempts/actions';
import { Button } from '@/components/ui/button';

/** "Report this question": a reason and an optional note, sent to the set's owner. */
export function ReportQuestion({ questionId }: { questionId: string }) {
  const [state, action, pending] = useActionState(reportQuestionAction, null);
  if (state?.ok) return <p className="text-sm text-slate-700 dark:text-slate-300" role="status">Thanks: the question has been reported to its author.</p>;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700 underline dark:text-slate-300">Report a problem with this question</summary>
      <form action={action} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="questionId" value={questionId} />
        <fieldset className="flex flex-wrap gap-3">
          <legend className="mb-1 font-medium">What is wrong?</legend>
          {(['wrong', 'unclear', 'outdated'] as const).map((r) => (
            <label key={r} className="flex items-center gap-1">
              <input type="radio" name="reason" value={r} required /> {r === 'wrong' ? 'The answer is wrong' : r === 'unclear' ? 'It is unclear' : 'It is out of date'}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`note-${questionId}`} className="font-medium">
          Note (optional)
        </label>
        <textarea id={`note-${questionId}`} name="note" rows={2} maxLength={1000} className="rounded-lg border border-slate-300 bg-white p-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100" />
        {state && !state.ok ? (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {state.message}
          </p>
        ) : null}
        <Button type="submit" variant="secondary" disabled={pending} className="self-start">
          Send report
        </Button>
      </form>
    </details>
  );
}
