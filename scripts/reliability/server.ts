// Runs the production server (`next start`) as a real separate process in its own process group,
// so that kill -9 hits the server itself (and anything it spawned), as a crash would.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onCleanup } from './cleanup';

export type Server = {
  port: number;
  url: string;
  pid: number;
  /** kill -9 of the whole process group; resolves once the process is gone. */
  crash(): Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
  /** The server's last output lines (for failure messages). */
  log(): string;
  /** From spawn to accepting connections, and to having the database open. */
  listenMs: number;
  readyMs: number;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startServer({ root, port, env }: { root: string; port: number; env: Record<string, string> }): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '--port', String(port)], {
    cwd: root,
    detached: true, // its own process group: kill(-pid) reaches everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), BETTER_AUTH_URL: `http://localhost:${port}`, ...env },
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const pid = child.pid!;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  const unregister = onCleanup(`server ${pid}`, async () => {
    killGroup('SIGKILL');
    await exited(child);
  }, () => killGroup('SIGKILL'));

  const server: Server = {
    port,
    url,
    pid,
    crash: async () => {
      killGroup('SIGKILL');
      await exited(child);
      await unregister();
    },
    stop: async () => {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(timer);
      await unregister();
    },
    log: () => lines.join('\n'),
    listenMs: 0,
    readyMs: 0,
  };

  // First listening, then ready: better-auth's /ok needs the database (its secret lives there), so
  // a 200 means the server has opened (PGlite: locked and recovered) the database.
  const began = Date.now();
  const deadline = began + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${server.log()}`);
    if (Date.now() > deadline) {
      await server.crash();
      throw new Error(`next start was not ready on ${port} within 90 s:\n${server.log()}`);
    }
    if (!server.listenMs && (await canConnect(port))) server.listenMs = Date.now() - began;
    if (server.listenMs) {
      const res = await fetch(`${url}/api/auth/ok`, { signal: AbortSignal.timeout(30_000) }).catch(() => null);
      if (res?.ok) {
        server.readyMs = Date.now() - began;
        return server;
      }
    }
    await sleep(50);
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function assertBuilt(root: string) {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No .next build found.');
}
