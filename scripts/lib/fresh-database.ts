// A fresh, uniquely named database on a PostgreSQL server (prefix_<time>_<random>), for a script
// that must not touch anyone else's data; drop() removes it WITH (FORCE).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '@/lib/config/parse-config';

export type PostgresConfig = Extract<DatabaseConfig, { engine: 'postgres' }>;

export type FreshPostgresDatabase = {
  name: string;
  /** The new database's config; `url` is the server URL with the database name swapped in. */
  config: PostgresConfig;
  drop(): Promise<void>;
};

/** Runs one statement on the server's own (maintenance) database. */
async function onServer(server: PostgresConfig, sql: string): Promise<void> {
  const client = new pg.Client({ host: server.host, port: server.port, user: server.user, password: server.password, database: server.database });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createFreshPostgresDatabase(server: PostgresConfig, prefix: string): Promise<FreshPostgresDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await onServer(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    name,
    config: { ...server, database: name, url: url.toString() },
    drop: () => onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
