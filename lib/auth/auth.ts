import 'server-only';
import { getConfig } from '@/lib/config/config';
import { getDb } from '@/lib/db';
import { createAuth, type Auth } from './create-auth';

const globalForAuth = globalThis as unknown as { newsquizAuth?: Promise<Auth> };

/** The app's better-auth instance, created on first use (it needs the database for its secret). */
export function getAuth(): Promise<Auth> {
  globalForAuth.newsquizAuth ??= (async () => {
    const config = getConfig();
    return createAuth(await getDb(), { baseUrl: config.baseUrl, secret: config.authSecret });
  })().catch((error: unknown) => {
    globalForAuth.newsquizAuth = undefined;
    throw error;
  });
  return globalForAuth.newsquizAuth;
}
