import type { ActionResult } from '@/lib/actions/run-guarded';

/** The form-level outcome of an action, announced to screen readers when it changes. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  return (
    <div role="alert" aria-live="assertive" className="empty:hidden">
      {state && !state.ok ? (
        <p className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{state.message}</p>
      ) : null}
    </div>
  );
}
