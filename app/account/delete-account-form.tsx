'use client';

import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { deleteAccountAction } from './actions';

/** Retype the username (and give the password, if the account has one) to delete the account. */
export function DeleteAccountForm({ confirmName, needsPassword }: { confirmName: string; needsPassword: boolean }) {
  return (
    <ActionForm action={deleteAccountAction}>
      {({ pending, errors }) => (
        <>
          <Field label={`Type ${confirmName} to confirm`} name="confirm" autoComplete="off" autoCapitalize="none" spellCheck={false} required error={errors?.confirm} />
          {needsPassword ? <Field label="Your current password" name="password" type="password" autoComplete="current-password" required error={errors?.password} /> : null}
          <button
            type="submit"
            disabled={pending}
            className="inline-flex min-h-10 items-center justify-center self-start rounded-lg bg-red-700 px-4 py-2 text-sm font-semibold text-white transition-colors hover:bg-red-800 disabled:opacity-60"
          >
            {pending ? 'Deleting…' : 'Delete my account and data'}
          </button>
        </>
      )}
    </ActionForm>
  );
}
