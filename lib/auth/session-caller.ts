import 'server-only';
import type { Caller } from '@/lib/actions/run-guarded';
import { SESSION_SQL, type SessionRow } from '@/lib/attempts/answer-sql';
import { prisma } from '@/lib/db';
import { getAuth } from './auth';
import { cookieValue, verifiedSessionToken } from './signed-session-token';

/** The session token of a request's cookie, its signature checked with better-auth's own secret and cookie name; or null. */
export async function sessionToken(headers: Headers): Promise<string | null> {
  const context = await (await getAuth()).$context;
  return verifiedSessionToken(cookieValue(headers.get('cookie'), context.authCookies.sessionToken.name), context.secret);
}

/**
 * The caller of a server action or JSON API request: the signed session token, then one indexed
 * SELECT of the live session. The same answer as better-auth's getSession (a revoked or expired
 * session is refused at once, as there is no cookie cache), for a fraction of its cost: actions and
 * the API are the hot paths (an answer is one). Unlike getSession it does not extend the session:
 * page loads do that.
 */
export async function sessionCaller(headers: Headers): Promise<Caller | null> {
  const token = await sessionToken(headers);
  if (!token) return null;
  const [user] = await (await prisma()).$queryRawUnsafe<SessionRow[]>(SESSION_SQL, token);
  if (!user) return null;
  // The library owner has no credentials; anything but teacher is treated as a student.
  return { id: user.id, role: user.role === 'teacher' ? 'teacher' : 'student' };
}
