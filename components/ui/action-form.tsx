'use client';

import { startTransition, useActionState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { FormMessage } from './form-message';

type Action = (prev: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;

/**
 * A form bound to a server action, showing its refusal (and field errors, through `children` as a
 * function) and an optional success line. Every teacher form uses it.
 */
export function ActionForm({
  action,
  children,
  success,
  className = 'flex flex-col gap-3',
}: {
  action: Action;
  children: (state: { pending: boolean; errors?: Record<string, string[]> }) => ReactNode;
  success?: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      // Submitting through a transition instead of the form action keeps what was typed when the
      // server refuses it: React resets a form after its action runs, which would wipe, say, a pasted
      // article along with the error. (Without JavaScript the plain form action still works.)
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(form));
      }}
      className={className}
      noValidate
    >
      {children({ pending, errors: state && !state.ok ? state.fieldErrors : undefined })}
      <FormMessage state={state} />
      {state?.ok && success ? (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {success}
        </p>
      ) : null}
    </form>
  );
}
