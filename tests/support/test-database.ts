// Each integration test file gets its own database: an in-memory PGlite by default, or a fresh
// uniquely named database on the server in TEST_DATABASE_URL (dropped afterwards), so tests never
// share state with each other, with CI's other runs, or with a developer's running app.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { parseDatabaseUrl } from '@/lib/config/parse-config';
import { applyMigrations } from '@/lib/db/migrations';
import { openDatabase, openMemoryDatabase, type Database } from '@/lib/db/open-database';

export type TestDatabase = Database & { label: string; drop(): Promise<void> };

export const usingPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Creates an empty database (no migrations applied). */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const db = await openMemoryDatabase();
    return { ...db, label: 'pglite memory', drop: () => db.close() };
  }
  const parsed = parseDatabaseUrl(url);
  if (!parsed.ok || parsed.db.engine !== 'postgres') throw new Error(`TEST_DATABASE_URL: ${parsed.ok ? 'not PostgreSQL' : parsed.message}`);
  const server = parsed.db;
  const name = `newsquiz_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ host: server.host, port: server.port, user: server.user, password: server.password, database: server.database });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const db = await openDatabase({ ...server, database: name, url: '' });
  return {
    ...db,
    label: `postgres ${name}`,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ host: server.host, port: server.port, user: server.user, password: server.password, database: server.database });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A database with every migration applied. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const db = await createEmptyDatabase();
  await applyMigrations(db);
  return db;
}
