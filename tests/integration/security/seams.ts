// The framework seams the security tests replace, and nothing else: the request's headers (which
// carry the caller's real better-auth session cookie), Next's cache revalidation, the process-wide
// database (the test database is injected, not mocked) and the auth instance bound to it.
// getCurrentUser, authedAction, the actions, the data layer and better-auth all run for real.
//
// Each test file wires these with vi.mock(..., () => import('./seams').then(...)) so the state
// below is shared by the modules under test and the test itself.
import type { Auth } from '@/lib/auth/create-auth';
import type { Database } from '@/lib/db/open-database';

type SeamState = { db: Database | null; auth: Auth | null; headers: Headers };

export const seams: SeamState = { db: null, auth: null, headers: new Headers() };

function need<T>(value: T | null, what: string): T {
  if (!value) throw new Error(`security tests: ${what} used before the world was built`);
  return value;
}

/** Replaces next/headers: the current caller's request headers; cookie writes are dropped. */
export const nextHeadersModule = {
  headers: async () => seams.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
};

/** Replaces next/cache: there is no render cache outside Next. */
export const nextCacheModule = { revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} };

/** Replaces lib/db: the real test database. */
export const dbModule = {
  getDb: async () => need(seams.db, 'the database'),
  prisma: async () => need(seams.db, 'the database').prisma,
};

/** Replaces lib/auth/auth: better-auth configured on the test database. */
export const authModule = { getAuth: async () => need(seams.auth, 'better-auth') };
