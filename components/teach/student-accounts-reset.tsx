'use client';

import { useRef, useState, useTransition } from 'react';
import { flushSync } from 'react-dom';
import { resetStudentPasswordAction } from '@/app/(teacher)/teach/classes/[id]/student-account-actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { PrintCardsButton, type SignInCard } from './student-accounts-cards';

/** A roster row's "Reset password": asks first, then shows the new password this once. */
export function ResetPasswordButton({ classId, studentId, name, classLabel, signInUrl }: { classId: string; studentId: string; name: string; classLabel: string; signInUrl: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<ActionResult<{ card: SignInCard }> | null>(null);
  const [pending, startTransition] = useTransition();
  const confirmBox = useRef<HTMLDivElement>(null);

  function ask() {
    // The button being clicked disappears; keep the keyboard focus on the question that replaces it.
    flushSync(() => setConfirming(true));
    confirmBox.current?.focus();
  }

  function reset() {
    startTransition(async () => {
      const result = await resetStudentPasswordAction({ classId, studentId });
      setState(result);
      setConfirming(false);
    });
  }

  if (state?.ok) {
    const { card } = state.data;
    return (
      <div className="flex flex-col gap-2 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950" role="status">
        <p>
          New password for {name}: <code className="font-mono text-base font-semibold">{card.password}</code>
        </p>
        <p className="text-slate-700 dark:text-slate-300">Shown only now. {name} has been signed out everywhere.</p>
        <div className="flex flex-wrap gap-2">
          <PrintCardsButton cards={[card]} classLabel={classLabel} signInUrl={signInUrl} label="Print card" variant="secondary" />
          <Button type="button" variant="ghost" onClick={() => setState(null)}>
            Hide
          </Button>
        </div>
      </div>
    );
  }

  if (confirming) {
    return (
      <div ref={confirmBox} tabIndex={-1} role="group" aria-label={`Reset the password of ${name}?`} className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
        <p>Reset {name}’s password? The current one stops working and they are signed out.</p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={reset} disabled={pending}>
            {pending ? 'Resetting…' : 'Reset password'}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-1">
      <Button type="button" variant="ghost" onClick={ask} aria-label={`Reset the password of ${name}`}>
        Reset password
      </Button>
      <FormMessage state={state} />
    </div>
  );
}
