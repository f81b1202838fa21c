// Pure configuration parsing, shared by the app (lib/config/config.ts) and the command-line scripts.
// Every way the environment can be wrong ends in one sentence that says what is wrong and how to
// fix it, because that sentence is all a newcomer sees when start-up stops.
import path from 'node:path';
import { z } from 'zod';

export type DatabaseConfig =
  | { engine: 'pglite'; dataDir: string }
  | { engine: 'postgres'; url: string; host: string; port: number; user: string; password: string; database: string };

export type AppConfig = {
  database: DatabaseConfig;
  port: number;
  baseUrl: string;
  authSecret: string | undefined;
  /** Demo accounts are only ever created on the embedded database. */
  demoData: boolean;
};

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; message: string };

const envSchema = z.object({
  DATABASE_URL: z.string().trim().optional(),
  NEWSQUIZ_DATA_DIR: z.string().trim().optional(),
  PORT: z.string().trim().optional(),
  BETTER_AUTH_URL: z.string().trim().optional(),
  BETTER_AUTH_SECRET: z.string().optional(),
  NEWSQUIZ_DEMO: z.string().optional(),
});

const DEFAULT_DATA_DIR = '.data/pglite';

/** Parses a postgres:// URL into the separate fields adapter-pg needs (see NOTES: its shadow DB). */
export function parseDatabaseUrl(raw: string): { ok: true; db: DatabaseConfig } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      ok: false,
      message: `DATABASE_URL is not a valid URL ("${redact(raw)}"); use the form postgres://user:password@host:5432/database, or unset it to use the embedded database.`,
    };
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return {
      ok: false,
      message: `DATABASE_URL must start with postgres:// or postgresql:// (got "${url.protocol}//"); newsquiz runs only on PostgreSQL, or unset it to use the embedded database.`,
    };
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !database || database.includes('/')) {
    return {
      ok: false,
      message: `DATABASE_URL must name a host and a database, as in postgres://user:password@host:5432/newsquiz (got "${redact(raw)}").`,
    };
  }
  const port = url.port ? Number(url.port) : 5432;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { ok: false, message: `DATABASE_URL has an invalid port "${url.port}"; use a number from 1 to 65535.` };
  }
  return {
    ok: true,
    db: {
      engine: 'postgres',
      url: raw,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port,
      user: decodeURIComponent(url.username) || 'postgres',
      password: decodeURIComponent(url.password),
      database,
    },
  };
}

export function parseConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) return { ok: false, message: 'The environment could not be read: ' + parsed.error.message };
  const e = parsed.data;

  let database: DatabaseConfig;
  if (e.DATABASE_URL) {
    const db = parseDatabaseUrl(e.DATABASE_URL);
    if (!db.ok) return db;
    database = db.db;
  } else {
    database = { engine: 'pglite', dataDir: path.resolve(cwd, e.NEWSQUIZ_DATA_DIR || DEFAULT_DATA_DIR) };
  }

  const port = e.PORT ? Number(e.PORT) : 3000;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { ok: false, message: `PORT must be a whole number from 1 to 65535 (got "${e.PORT}").` };
  }

  let baseUrl = `http://localhost:${port}`;
  if (e.BETTER_AUTH_URL) {
    try {
      baseUrl = new URL(e.BETTER_AUTH_URL).origin;
    } catch {
      return { ok: false, message: `BETTER_AUTH_URL must be the site's origin, such as https://quiz.example.org (got "${e.BETTER_AUTH_URL}").` };
    }
  }

  if (e.BETTER_AUTH_SECRET !== undefined && e.BETTER_AUTH_SECRET.length < 32) {
    return { ok: false, message: 'BETTER_AUTH_SECRET must be at least 32 characters long; generate one with `openssl rand -base64 32`, or unset it to let newsquiz keep one in the database.' };
  }

  const demoData = database.engine === 'pglite' && e.NEWSQUIZ_DEMO !== '0';
  return { ok: true, config: { database, port, baseUrl, authSecret: e.BETTER_AUTH_SECRET, demoData } };
}

function redact(raw: string): string {
  return raw.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
