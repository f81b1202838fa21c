import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, defaultPaths, migrationStatus, readMigrationsList } from '@/lib/db/migrations';
import { createEmptyDatabase, type TestDatabase } from '../support/test-database';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createEmptyDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('apply every migration to an empty database, and a second run is a no-op', async () => {
    const all = readMigrationsList(defaultPaths.migrationsDir).migrationDirectories.map((d) => d.path);
    expect(all.length).toBeGreaterThan(0);
    expect(await applyMigrations(db)).toEqual(all);
    expect(await applyMigrations(db)).toEqual([]);
    expect(await migrationStatus(db)).toEqual({ applied: all, pending: [], failed: [] });
    // The tables the app relies on exist.
    const tables = await db.prisma.$queryRawUnsafe<{ table_name: string }[]>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['user', 'session', 'question_set', 'response', 'review_card', '_prisma_migrations']));
  });

  it('records checksums as sha256 of migration.sql, as Prisma does', async () => {
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>('SELECT migration_name, checksum FROM _prisma_migrations');
    const { createHash } = await import('node:crypto');
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(defaultPaths.migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
    }
  });
});

describe('a failed migration', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createEmptyDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-migrations-'));
    fs.cpSync(defaultPaths.migrationsDir, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, '29990101000000_broken'));
    fs.writeFileSync(path.join(dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n');
  });
  afterAll(async () => {
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops the deploy, rolls its script back, records the failure, and blocks the next deploy as Prisma does', async () => {
    const paths = { schemaPath: defaultPaths.schemaPath, migrationsDir: dir };
    await expect(applyMigrations(db, paths)).rejects.toThrow(/no_such_table|failed/i);
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; finished_at: Date | null; logs: string | null }[]>(
      "SELECT migration_name, finished_at, logs FROM _prisma_migrations WHERE migration_name = '29990101000000_broken'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.finished_at).toBeNull();
    expect(rows[0]!.logs).toMatch(/no_such_table/);
    // The whole script ran as one transaction: its first statement did not stay behind.
    const halfDone = await db.prisma.$queryRawUnsafe<unknown[]>("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(halfDone).toHaveLength(0);
    expect((await migrationStatus(db, paths)).failed).toEqual(['29990101000000_broken']);
    await expect(applyMigrations(db, paths)).rejects.toThrow(/failed migrations|P3009|29990101000000_broken/i);
  });
});
