// The server Playwright starts: its own data directory (or, with TEST_DATABASE_URL, its own fresh
// PostgreSQL database) and its own port, so e2e runs never touch a developer's app or each other.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parseDatabaseUrl } from '@/lib/config/parse-config';

const ROOT = path.resolve(import.meta.dirname, '..');
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
let cleanup = async () => {};

const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const parsed = parseDatabaseUrl(serverUrl);
  if (!parsed.ok || parsed.db.engine !== 'postgres') throw new Error(parsed.ok ? 'TEST_DATABASE_URL is not PostgreSQL' : parsed.message);
  const s = parsed.db;
  const name = `newsquiz_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const connect = () => new pg.Client({ host: s.host, port: s.port, user: s.user, password: s.password, database: s.database });
  const admin = connect();
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const c = connect();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-e2e-'));
  env.DATABASE_URL = '';
  env.NEWSQUIZ_DATA_DIR = path.join(dir, 'pglite');
  cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
}

const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/start.ts')], { cwd: ROOT, env, stdio: 'inherit' });
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
child.on('exit', async (code) => {
  await cleanup().catch((error: unknown) => console.error('e2e cleanup failed:', error));
  process.exit(code ?? 0);
});
