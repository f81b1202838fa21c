// The server Playwright starts: its own data directory (or, with TEST_DATABASE_URL, its own fresh
// PostgreSQL database) and its own port, so e2e runs never touch a developer's app or each other.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl } from '@/lib/config/parse-config';
import { createFreshPostgresDatabase } from './lib/fresh-database';

const ROOT = path.resolve(import.meta.dirname, '..');
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
let cleanup = async () => {};

const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const parsed = parseDatabaseUrl(serverUrl);
  if (!parsed.ok || parsed.db.engine !== 'postgres') throw new Error(parsed.ok ? 'TEST_DATABASE_URL is not PostgreSQL' : parsed.message);
  const fresh = await createFreshPostgresDatabase(parsed.db, 'newsquiz_e2e');
  env.DATABASE_URL = fresh.config.url;
  cleanup = fresh.drop;
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
