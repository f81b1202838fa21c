import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getAuth } from './auth';

export type Role = 'student' | 'teacher';

/** The signed-in user as the UI needs it, or null. Cached per request. */
export type CurrentUser = { id: string; name: string; role: Role; email: string | null; username: string | null };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Read the request first: during `next build` this marks the page dynamic before anything
  // opens the database (the build must never touch it).
  const requestHeaders = await headers();
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string; username?: string | null };
  // The library owner has no credentials; anything but teacher is treated as a student.
  const role: Role = user.role === 'teacher' ? 'teacher' : 'student';
  return { id: user.id, name: user.name, role, email: user.email ?? null, username: user.username ?? null };
});
