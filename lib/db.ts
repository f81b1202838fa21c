import 'server-only';
import { getConfig } from '@/lib/config/config';
import { openDatabase, type Database } from '@/lib/db/open-database';

// One database per server process. The promise is cached on globalThis so that dev-mode module
// reloading does not open (and lock) the PGlite directory a second time.
const globalForDb = globalThis as unknown as { newsquizDb?: Promise<Database> };

export function getDb(): Promise<Database> {
  globalForDb.newsquizDb ??= openDatabase(getConfig().database).catch((error: unknown) => {
    globalForDb.newsquizDb = undefined;
    throw error;
  });
  return globalForDb.newsquizDb;
}

/** The app's Prisma client (secrets omitted). */
export async function prisma() {
  return (await getDb()).prisma;
}
