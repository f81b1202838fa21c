'use client';

import { useActionState } from 'react';
import { signUpAction } from '@/app/(public)/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function SignUpForm({ defaultRole, next }: { defaultRole: 'student' | 'teacher'; next?: string }) {
  const [state, action, pending] = useActionState(signUpAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">I am a…</legend>
        <div className="grid grid-cols-2 gap-2">
          {(['student', 'teacher'] as const).map((role) => (
            <label
              key={role}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-600 dark:has-checked:bg-slate-800"
            >
              <input type="radio" name="role" value={role} defaultChecked={role === defaultRole} className="accent-brand-600" />
              <span className="capitalize">{role}</span>
            </label>
          ))}
        </div>
        {errors?.role ? <p className="text-sm text-red-700 dark:text-red-400">{errors.role.join(' ')}</p> : null}
      </fieldset>
      <Field label="Name" name="name" autoComplete="name" required error={errors?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors?.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required hint="At least 8 characters." error={errors?.password} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
