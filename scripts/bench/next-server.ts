// Runs the production build (`next start`) for a bench on a free port and measures it: the server's
// own process (titled "next-server", found among the spawned process's descendants, since wrappers
// such as tsx or npx would put a parent in between) and its resident memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export type NextServer = { url: string; pid: number; stop(): Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function children(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** The process titled next-server at or below `root`; the root itself when none is (yet). */
export function nextServerPid(root: number): number {
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (commandLine(pid).startsWith('next-server')) return pid;
    queue.push(...children(pid));
  }
  return root;
}

/** Resident set size in kB (VmRSS), or 0 once the process is gone. */
export function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Samples VmRSS every `everyMs` until stopped; returns the peak in MB. */
export function sampleRss(pid: number, everyMs = 100): { stop(): number } {
  let peak = rssKb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssKb(pid))), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, rssKb(pid));
      return Math.round(peak / 1024);
    },
  };
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`next start did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Starts `next start` (the .bin script itself, not npx, so that killing it kills the server; `nodeArgs`: Node flags such as --cpu-prof). */
export async function startNextServer({ env, port, log, nodeArgs = [] }: { env: Record<string, string>; port?: number; log?: string; nodeArgs?: string[] }): Promise<NextServer> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('no production build: run `npm run build` first');
  const p = port ?? (await freePort());
  const out = log ? fs.openSync(log, 'a') : 'ignore';
  // Node flags such as --cpu-prof are refused in NODE_OPTIONS, so they go on Node's command line.
  const command = nodeArgs.length ? [process.execPath, ...nodeArgs, path.join(ROOT, 'node_modules/next/dist/bin/next')] : [path.join(ROOT, 'node_modules/.bin/next')];
  const child = spawn(command[0]!, [...command.slice(1), 'start', '--port', String(p), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BETTER_AUTH_URL: `http://127.0.0.1:${p}`, ...env },
    stdio: ['ignore', out, out],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (typeof out === 'number') fs.closeSync(out);
  };
  const url = `http://127.0.0.1:${p}`;
  try {
    await waitForHttp(`${url}/sign-in`, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: nextServerPid(child.pid!), stop };
}

/** CPU time (user + system) of a process, in clock ticks. */
function cpuTicks(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * Waits until the server has drained: requests a timed-out client gave up on are still being
 * served, and they must not count against the next run. Idle = under 5% of a core for two
 * consecutive half-seconds (at most `maxMs`).
 */
export async function waitForIdle(pid: number, maxMs = 60_000): Promise<number> {
  const start = Date.now();
  let quiet = 0;
  let last = cpuTicks(pid);
  while (quiet < 2 && Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 500));
    const now = cpuTicks(pid);
    quiet = now - last <= 2 ? quiet + 1 : 0; // 100 ticks per second: 2 ticks per 0.5 s ≈ 4%
    last = now;
  }
  return Date.now() - start;
}
