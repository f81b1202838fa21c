'use client';

import { useActionState } from 'react';
import { signInAction } from '@/app/(public)/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field label="Email or username" name="identifier" autoComplete="username" required error={errors?.identifier} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={errors?.password} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
