// Opens the one database newsquiz runs on: PGlite in-process (embedded default, locked data
// directory) or a PostgreSQL server through adapter-pg. Both give the same generated Prisma client.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/generated/prisma/client';
import type { DatabaseConfig } from '@/lib/config/parse-config';
import { lockDataDir } from './data-dir-lock';

/** Secrets are left out of every query result unless a query asks for them by name. */
const omitSecrets = { account: { password: true, accessToken: true, refreshToken: true, idToken: true } } as const;

export type AppPrisma = PrismaClient<never, typeof omitSecrets>;

export type Database = {
  engine: DatabaseConfig['engine'];
  /** The client for app code: secrets omitted. */
  prisma: AppPrisma;
  /** The full client, for better-auth (which reads password hashes itself). */
  authPrisma: PrismaClient;
  /** For the migration runner: the same connection as a migration-aware adapter factory. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs a multi-statement SQL script as one query (one implicit transaction). */
  executeScript(sql: string): Promise<void>;
  /**
   * One parameterised statement straight on the driver under Prisma (the pg pool or the PGlite
   * instance), sharing its connections. Only for the bench's raw-SQL baseline (app/api/bench).
   */
  driverQuery?<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
};

export class DatabaseUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnreachableError';
  }
}

export async function openDatabase(config: DatabaseConfig, options: { lock?: boolean } = {}): Promise<Database> {
  return config.engine === 'pglite' ? openPglite(config.dataDir, options.lock ?? true) : openPostgres(config);
}

/** An in-memory PGlite database: each test worker gets its own. */
export function openMemoryDatabase(): Promise<Database> {
  return openPglite('memory://', false);
}

async function openPglite(dataDir: string, lock: boolean): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const release = lock && !inMemory ? await lockDataDir(dataDir) : async () => {};
  let client: PGlite;
  try {
    client = inMemory ? new PGlite() : new PGlite(dataDir);
    await client.waitReady;
  } catch (error) {
    await release();
    throw error;
  }
  const adapterFactory = new PrismaPGlite(client);
  const authPrisma = new PrismaClient({ adapter: adapterFactory });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client), omit: omitSecrets });
  return {
    engine: 'pglite',
    prisma,
    authPrisma,
    adapterFactory,
    executeScript: async (sql) => {
      await client.exec(sql);
    },
    driverQuery: async <Row>(sql: string, params: unknown[] = []) => (await client.query<Row>(sql, params)).rows,
    close: async () => {
      await Promise.allSettled([prisma.$disconnect(), authPrisma.$disconnect()]);
      await client.close();
      await release();
    },
  };
}

async function openPostgres(config: Extract<DatabaseConfig, { engine: 'postgres' }>): Promise<Database> {
  const poolConfig: pg.PoolConfig = {
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database: config.database,
    max: Number(process.env.NEWSQUIZ_PG_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
  };
  const pool = new pg.Pool(poolConfig);
  // An idle client dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('newsquiz: PostgreSQL connection error:', error.message));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnreachableError(describePgError(error, config));
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), omit: omitSecrets });
  const authPrisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    engine: 'postgres',
    prisma,
    authPrisma,
    // Built from fields, not the URL: adapter-pg's shadow database would otherwise become the main one.
    adapterFactory: new PrismaPg(poolConfig),
    executeScript: async (sql) => {
      await pool.query(sql);
    },
    driverQuery: async <Row>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[],
    close: async () => {
      await Promise.allSettled([prisma.$disconnect(), authPrisma.$disconnect()]);
      await pool.end();
    },
  };
}

function describePgError(error: unknown, config: Extract<DatabaseConfig, { engine: 'postgres' }>): string {
  const e = error as NodeJS.ErrnoException & { code?: string };
  const where = `${config.host}:${config.port}`;
  switch (e.code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${where} (connection refused); start the server or fix DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot resolve the PostgreSQL host "${config.host}"; fix the host name in DATABASE_URL.`;
    case '3D000':
      return `The database "${config.database}" does not exist on ${where}; create it (createdb ${config.database}) or fix DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the user "${config.user}" (${e.message}); fix the user or password in DATABASE_URL.`;
    default:
      return `Cannot connect to PostgreSQL at ${where}: ${e.message || String(error)}; check that the server runs and DATABASE_URL is right.`;
  }
}
