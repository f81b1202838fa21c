// A throwaway database for the bench scripts: an in-memory PGlite by default, or a fresh uniquely
// named database on a PostgreSQL server (dropped afterwards), migrated, with a Prisma client that
// reports every SQL statement it sends (Prisma's query events: one per statement, with its params).
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/generated/prisma/client';
import { parseDatabaseUrl } from '@/lib/config/parse-config';
import { applyMigrations } from '@/lib/db/migrations';
import type { AppPrisma, Database } from '@/lib/db/open-database';
import { createFreshPostgresDatabase } from '../lib/fresh-database';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export type BenchTarget = { engine: 'pglite' } | { engine: 'postgres'; serverUrl: string };

export type Statement = { sql: string; params: unknown[]; durationMs: number };

export type BenchDatabase = {
  label: string;
  engine: BenchTarget['engine'];
  prisma: AppPrisma;
  /** Runs `run` and returns the SQL statements the client sent meanwhile (run one thing at a time). */
  capture<T>(run: () => Promise<T>): Promise<{ result: T; statements: Statement[] }>;
  /** A statement on the same database outside Prisma (EXPLAIN, ANALYZE), always on one connection, so a SET holds for the next ones. */
  raw<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Closes the connections; a PostgreSQL bench database is dropped. */
  drop(): Promise<void>;
};

/** `--pg [url]` or BENCH_DATABASE_URL chooses PostgreSQL; otherwise PGlite. */
export function benchTarget(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchTarget {
  const i = argv.indexOf('--pg');
  if (i >= 0) {
    const next = argv[i + 1];
    return { engine: 'postgres', serverUrl: next && !next.startsWith('--') ? next : (env.BENCH_DATABASE_URL ?? DEFAULT_PG_URL) };
  }
  return env.BENCH_DATABASE_URL ? { engine: 'postgres', serverUrl: env.BENCH_DATABASE_URL } : { engine: 'pglite' };
}

// The same secrets the app's client omits (lib/db/open-database.ts), so queries are the app's.
const omitSecrets = { account: { password: true, accessToken: true, refreshToken: true, idToken: true } } as const;

export async function openBenchDatabase(target: BenchTarget): Promise<BenchDatabase> {
  return target.engine === 'pglite' ? openPglite() : openPostgres(target.serverUrl);
}

function instrumented(adapter: SqlDriverAdapterFactory) {
  const client = new PrismaClient({ adapter, omit: omitSecrets, log: [{ emit: 'event' as const, level: 'query' as const }] });
  let sink: Statement[] | null = null;
  client.$on('query', (e) => {
    sink?.push({ sql: e.query, params: parseParams(e.params), durationMs: e.duration });
  });
  const capture = async <T>(run: () => Promise<T>) => {
    if (sink) throw new Error('capture() calls must not overlap');
    const statements: Statement[] = [];
    sink = statements;
    try {
      return { result: await run(), statements };
    } finally {
      sink = null;
    }
  };
  // The query-event option only widens the client's type; it runs every query as the app's does.
  return { prisma: client as unknown as AppPrisma, capture };
}

function parseParams(raw: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

async function migrate(db: Database): Promise<void> {
  await applyMigrations(db);
}

async function openPglite(): Promise<BenchDatabase> {
  const client = new PGlite();
  await client.waitReady;
  const { prisma, capture } = instrumented(new PrismaPGlite(client));
  const close = async () => {
    await prisma.$disconnect();
    await client.close();
  };
  await migrate({ engine: 'pglite', prisma, authPrisma: prisma as unknown as PrismaClient, adapterFactory: new PrismaPGlite(client), executeScript: async (sql) => void (await client.exec(sql)), close });
  return {
    label: 'PGlite (in memory)',
    engine: 'pglite',
    prisma,
    capture,
    raw: async <Row>(sql: string, params: unknown[] = []) => (await client.query<Row>(sql, params)).rows,
    drop: close,
  };
}

async function openPostgres(serverUrl: string): Promise<BenchDatabase> {
  const parsed = parseDatabaseUrl(serverUrl);
  if (!parsed.ok || parsed.db.engine !== 'postgres') throw new Error(`bench database: ${parsed.ok ? 'not a PostgreSQL URL' : parsed.message}`);
  const server = parsed.db;
  const fresh = await createFreshPostgresDatabase(server, 'newsquiz_bench');
  const poolConfig: pg.PoolConfig = { host: server.host, port: server.port, user: server.user, password: server.password, database: fresh.name, max: 10 };
  const pool = new pg.Pool(poolConfig);
  const { prisma, capture } = instrumented(new PrismaPg(pool));
  let session: pg.Client | null = null;
  const close = async () => {
    await prisma.$disconnect();
    await pool.end();
    await session?.end();
  };
  const drop = async () => {
    await close().catch(() => undefined);
    await fresh.drop();
  };
  try {
    await migrate({ engine: 'postgres', prisma, authPrisma: prisma as unknown as PrismaClient, adapterFactory: new PrismaPg(poolConfig), executeScript: async (sql) => void (await pool.query(sql)), close });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    label: `PostgreSQL ${server.host}:${server.port}/${fresh.name}`,
    engine: 'postgres',
    prisma,
    capture,
    raw: async <Row>(sql: string, params: unknown[] = []) => {
      if (!session) {
        session = new pg.Client(poolConfig);
        await session.connect();
      }
      return (await session.query(sql, params)).rows as Row[];
    },
    drop,
  };
}
