import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { getCurrentUser, type CurrentUser, type Role } from './current-user';

/** For pages: anonymous visitors go to sign-in (and come back); the wrong role gets a 403 page. */
export async function requireRole(role: Role, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (user.role !== role) forbidden();
  return user;
}
