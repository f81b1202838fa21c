'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { createStudentAccountsAction } from '@/app/(teacher)/teach/classes/[id]/student-account-actions';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { PrintCardsButton, type SignInCard } from './student-accounts-cards';

/**
 * A list of names → student accounts, and the one-time panel with their passwords. Submitted by
 * hand rather than as a form action so that a refused list stays in the textarea to be fixed.
 */
export function CreateStudentAccountsForm({ classId, classLabel, signInUrl }: { classId: string; classLabel: string; signInUrl: string }) {
  const [state, setState] = useState<ActionResult<{ cards: SignInCard[] }> | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = state && !state.ok ? state.fieldErrors?.names : undefined;
  const cards = state?.ok ? state.data.cards : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await createStudentAccountsAction(data);
      setState(result);
      if (result.ok) form.reset();
    });
  }

  return (
    <div className="mt-3 flex flex-col gap-4">
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="classId" value={classId} />
        <div className="flex flex-col gap-1">
          <label htmlFor="student-names" className="text-sm font-medium">
            Student names, one per line
          </label>
          <textarea
            id="student-names"
            name="names"
            rows={6}
            required
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={['student-names-hint', errors?.length ? 'student-names-error' : null].filter(Boolean).join(' ')}
            placeholder={'María López\nBen Ng'}
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          <p id="student-names-hint" className="text-sm text-slate-600 dark:text-slate-400">
            Up to 100 at a time. Each student gets a username and a password to sign in with; no email is needed.
          </p>
          {errors?.length ? (
            <p id="student-names-error" className="text-sm text-red-700 dark:text-red-400">
              {errors.join(' ')}
            </p>
          ) : null}
        </div>
        <FormMessage state={state} />
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? 'Creating accounts…' : 'Create student accounts'}
        </Button>
      </form>
      {cards ? <CreatedAccounts cards={cards} classLabel={classLabel} signInUrl={signInUrl} onDone={() => setState(null)} /> : null}
    </div>
  );
}

function CreatedAccounts({ cards, classLabel, signInUrl, onDone }: { cards: SignInCard[]; classLabel: string; signInUrl: string; onDone: () => void }) {
  return (
    <section aria-labelledby="created-accounts" className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950">
      <h3 id="created-accounts" className="font-semibold" role="status">
        {cards.length === 1 ? '1 account created' : `${cards.length} accounts created`} and added to the class
      </h3>
      <p className="mt-1 text-sm">
        The passwords are shown only now: print the cards or write them down before you leave this page. A forgotten password can be reset from the roster.
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="created-accounts">
          <thead className="border-b border-emerald-300 dark:border-emerald-800">
            <tr>
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Username</th>
              <th scope="col" className="py-2">Password</th>
            </tr>
          </thead>
          <tbody>
            {cards.map((card) => (
              <tr key={card.username} className="border-b border-emerald-200 last:border-0 dark:border-emerald-900">
                <td className="py-2 pr-4">{card.name}</td>
                <td className="py-2 pr-4 font-mono">{card.username}</td>
                <td className="py-2 font-mono">{card.password}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <PrintCardsButton cards={cards} classLabel={classLabel} signInUrl={signInUrl} />
        <Button type="button" variant="secondary" onClick={onDone}>
          Done: hide passwords
        </Button>
      </div>
    </section>
  );
}
