// A fresh database for a bench server: a PGlite data directory in a temporary folder, or a new
// uniquely named database (prefix newsquiz_bench_) on a PostgreSQL server; migrated; the server's
// environment to reach it; drop() removes it (directory deleted, database dropped WITH (FORCE)).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl, type DatabaseConfig } from '@/lib/config/parse-config';
import { applyMigrations } from '@/lib/db/migrations';
import { openDatabase, type Database } from '@/lib/db/open-database';
import { createFreshPostgresDatabase } from '../lib/fresh-database';
import type { BenchTarget } from './bench-database';

export type ServerDatabase = {
  label: string;
  /** Environment for `next start` (and anything else that opens the database the app's way). */
  env: Record<string, string>;
  /** Opens it (PGlite: takes the directory lock, so close before the server starts). */
  open(): Promise<Database>;
  drop(): Promise<void>;
};

export async function createServerDatabase(target: BenchTarget): Promise<ServerDatabase> {
  let db: ServerDatabase;
  if (target.engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-bench-'));
    const dataDir = path.join(dir, 'pglite');
    const config: DatabaseConfig = { engine: 'pglite', dataDir };
    db = { label: 'PGlite (embedded, on disk)', env: { DATABASE_URL: '', NEWSQUIZ_DATA_DIR: dataDir }, open: () => openDatabase(config), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  } else {
    const parsed = parseDatabaseUrl(target.serverUrl);
    if (!parsed.ok || parsed.db.engine !== 'postgres') throw new Error(`bench database: ${parsed.ok ? 'not a PostgreSQL URL' : parsed.message}`);
    const server = parsed.db;
    const fresh = await createFreshPostgresDatabase(server, 'newsquiz_bench');
    db = { label: `PostgreSQL ${server.host}:${server.port}`, env: { DATABASE_URL: fresh.config.url }, open: () => openDatabase(fresh.config), drop: fresh.drop };
  }
  try {
    const opened = await db.open();
    try {
      await applyMigrations(opened);
    } finally {
      await opened.close();
    }
  } catch (error) {
    await db.drop().catch(() => undefined);
    throw error;
  }
  return db;
}
