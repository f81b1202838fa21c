// A throwaway database for one reliability run: PGlite in a temp directory, or a fresh uniquely
// named database on a PostgreSQL server (newsquiz_crash_… / newsquiz_two_…), removed at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl } from '@/lib/config/parse-config';
import { applyMigrations } from '@/lib/db/migrations';
import { openDatabase, type Database } from '@/lib/db/open-database';
import { seedContent } from '@/lib/seed/seed-content';
import { createFreshPostgresDatabase } from '../lib/fresh-database';
import { onCleanup } from './cleanup';

export type Engine = 'pglite' | 'postgres';

export type ThrowawayDatabase = {
  engine: Engine;
  label: string;
  /** Environment for `next start` pointing at this database. */
  env: Record<string, string>;
  /** Opens it in this process (PGlite: takes the data-directory lock, as the app does). */
  open(): Promise<Database>;
};

/** The PostgreSQL server to create throwaway databases on. */
export function serverUrl(): string {
  return process.env.RELIABILITY_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export async function createThrowawayDatabase(engine: Engine, prefix: string): Promise<ThrowawayDatabase> {
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    onCleanup(`remove ${dir}`, () => fs.rmSync(dir, { recursive: true, force: true }));
    const dataDir = path.join(dir, 'pglite');
    return { engine, label: `PGlite ${dataDir}`, env: { DATABASE_URL: '', NEWSQUIZ_DATA_DIR: dataDir, NEWSQUIZ_DEMO: '0' }, open: () => openDatabase({ engine: 'pglite', dataDir }) };
  }
  const parsed = parseDatabaseUrl(serverUrl());
  if (!parsed.ok || parsed.db.engine !== 'postgres') throw new Error(`PostgreSQL server URL: ${parsed.ok ? 'not PostgreSQL' : parsed.message}`);
  const fresh = await createFreshPostgresDatabase(parsed.db, prefix.replace(/-/g, '_'));
  onCleanup(`drop database ${fresh.name}`, fresh.drop);
  return { engine, label: `PostgreSQL database ${fresh.name}`, env: { DATABASE_URL: fresh.config.url }, open: () => openDatabase(fresh.config) };
}

/** Migrates and seeds the library, as `npm start` does; returns the playable library sets. */
export async function prepareDatabase(target: ThrowawayDatabase): Promise<string[]> {
  const db = await target.open();
  try {
    await applyMigrations(db);
    await seedContent(db.prisma);
    const sets = await db.prisma.questionSet.findMany({ where: { status: 'published', visibility: 'public' }, select: { slug: true }, orderBy: { slug: 'asc' } });
    if (!sets.length) throw new Error('The seeded library has no published set to play.');
    return sets.map((s) => s.slug);
  } finally {
    await db.close();
  }
}
