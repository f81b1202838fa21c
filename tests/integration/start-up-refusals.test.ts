// Start-up refuses, with one sentence, a malformed or unreachable DATABASE_URL and a data
// directory held by another live process; a lock left by a killed process does not block.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError } from '@/lib/db/data-dir-lock';
import { openDatabase } from '@/lib/db/open-database';

const tsx = path.resolve('node_modules/.bin/tsx');
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-lock-'));
  dirs.push(dir);
  return path.join(dir, 'pglite');
}

/** Starts a process that holds the data directory, resolved when it has written a row. */
async function holdDataDir(dataDir: string): Promise<ChildProcess> {
  // `node --import tsx`, not the tsx binary: its pid must be the process that holds the lock.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/hold-data-dir.ts', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

function startApp(env: Record<string, string>) {
  const result = spawnSync(tsx, ['scripts/start.ts'], {
    env: { ...process.env, DATABASE_URL: '', NEWSQUIZ_DATA_DIR: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('start-up refusals', () => {
  it('a malformed DATABASE_URL stops start-up with one sentence', () => {
    const { status, stderr } = startApp({ DATABASE_URL: 'mysql://root@localhost/quiz' });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^newsquiz: DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/ .*\.$/);
  });

  it('an unreachable PostgreSQL stops start-up with one sentence', async () => {
    const port = await freePort();
    const { status, stderr } = startApp({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/newsquiz` });
    expect(status).toBe(1);
    expect(stderr).toBe(`newsquiz: Cannot reach PostgreSQL at 127.0.0.1:${port} (connection refused); start the server or fix DATABASE_URL.`);
  });

  it('a data directory held by another live process stops start-up with one sentence', async () => {
    const dataDir = tempDataDir();
    const holder = await holdDataDir(dataDir);
    const { status, stderr } = startApp({ NEWSQUIZ_DATA_DIR: dataDir });
    expect(status).toBe(1);
    expect(stderr).toBe(
      `newsquiz: The data directory ${dataDir} is in use by another newsquiz process (pid ${holder.pid}); stop that process, or set NEWSQUIZ_DATA_DIR to another directory.`,
    );
    await expect(openDatabase({ engine: 'pglite', dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it('a lock left by a killed process does not block the next open, and the data is intact', async () => {
    const dataDir = tempDataDir();
    const holder = await holdDataDir(dataDir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true); // the dead process's lock is still there
    const db = await openDatabase({ engine: 'pglite', dataDir });
    try {
      const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>('SELECT n FROM held');
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await db.close();
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false); // released on close
  });
});
