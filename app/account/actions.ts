'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { currentPasswordChecker } from '@/lib/account/current-password';
import { deleteOwnAccount } from '@/lib/account/delete-account';
import { authedAction } from '@/lib/actions/authed-action';
import type { ActionResult } from '@/lib/actions/run-guarded';
import { getAuth } from '@/lib/auth/auth';
import { prisma } from '@/lib/db';

const deleteAccountSchema = z.object({
  confirm: z.string().trim().min(1, 'Type your username to confirm.').max(254),
  password: z
    .string()
    .max(128)
    .optional()
    .transform((v) => v || undefined),
});

export const deleteAccountAction = authedAction('signed-in', deleteAccountSchema, async (input, caller): Promise<ActionResult> => {
  const auth = await getAuth();
  const requestHeaders = await headers();
  await deleteOwnAccount(await prisma(), { userId: caller.id, confirm: input.confirm, password: input.password, checkPassword: currentPasswordChecker(auth, requestHeaders) });
  // The session row went with the account; signing out clears the cookie (nextCookies sets it).
  await auth.api.signOut({ headers: requestHeaders }).catch((error: unknown) => console.error('newsquiz: sign-out after account deletion failed', error));
  redirect('/account/deleted');
});
