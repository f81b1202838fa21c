'use server';

import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { ActionError, type ActionResult } from '@/lib/actions/run-guarded';
import { getAuth } from '@/lib/auth/auth';
import { signInSchema, signUpSchema } from '@/lib/auth/auth-forms';

/** better-auth's refusals, as a sentence for the form. */
function toActionError(error: unknown, fallback: string): never {
  if (error instanceof APIError) {
    if (error.statusCode === 429) throw new ActionError(error.body?.message ?? 'Too many attempts. Try again later.', 429);
    if (error.statusCode === 401) throw new ActionError('That email or username and password do not match an account.', 400);
    if (error.body?.code === 'USER_ALREADY_EXISTS' || error.body?.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') {
      throw new ActionError('An account with this email already exists. Sign in instead.', 409, { email: ['Already registered.'] });
    }
    throw new ActionError(error.body?.message ?? fallback, 400);
  }
  throw error;
}

export const signInAction = authedAction('anyone', signInSchema, async (input): Promise<ActionResult> => {
  const auth = await getAuth();
  const requestHeaders = await headers();
  let role: string | undefined;
  try {
    const result = input.identifier.includes('@')
      ? await auth.api.signInEmail({ body: { email: input.identifier, password: input.password }, headers: requestHeaders })
      : await auth.api.signInUsername({ body: { username: input.identifier, password: input.password }, headers: requestHeaders });
    role = (result?.user as { role?: string } | undefined)?.role;
  } catch (error) {
    toActionError(error, 'Could not sign you in.');
  }
  redirect(input.next ?? (role === 'teacher' ? '/teach' : '/'));
});

export const signUpAction = authedAction('anyone', signUpSchema, async (input): Promise<ActionResult> => {
  const auth = await getAuth();
  try {
    await auth.api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.password, role: input.role },
      headers: await headers(),
    });
  } catch (error) {
    toActionError(error, 'Could not create your account.');
  }
  redirect(input.next ?? (input.role === 'teacher' ? '/teach' : '/'));
});

const signOut = authedAction('signed-in', z.object({}), async (): Promise<ActionResult> => {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect('/');
});

/** A plain form action (forms need a void result); an expired session just lands on the library. */
export async function signOutAction(form: FormData): Promise<void> {
  await signOut(form);
  redirect('/');
}
