// `next start` serves .next: build it when it is missing or older than the sources (the rule
// scripts/start.ts applies). Someone else may be building the same checkout at that moment, so wait
// for their build, and retry a failed build a few times before giving up.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildIsStale } from '../lib/build-staleness';

/** Another `next build` running in this checkout (Linux /proc; elsewhere assume none). */
function otherBuildRunning(root: string): boolean {
  if (!fs.existsSync('/proc')) return false;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (!cmd.some((a) => a.endsWith('next') || a.endsWith('next/dist/bin/next')) || !cmd.includes('build')) continue;
      if (fs.realpathSync(`/proc/${pid}/cwd`) === fs.realpathSync(root)) return true;
    } catch {
      // The process ended meanwhile, or is not ours to inspect.
    }
  }
  return false;
}

export async function ensureBuild(root: string, { attempts = 3 } = {}): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    while (otherBuildRunning(root)) {
      console.log('waiting for another `next build` in this checkout to finish…');
      await sleep(5_000);
    }
    if (!buildIsStale(root)) return;
    console.log(`building the app (next build${attempt > 1 ? `, attempt ${attempt}` : ''})…`);
    const started = Date.now();
    const build = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
    if (build.status === 0) {
      console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      return;
    }
    const tail = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    if (attempt >= attempts) throw new Error(`next build failed ${attempts} times; the last output:\n${tail}`);
    console.log(`next build failed (a concurrent build or edit?); retrying in 15 s. Last lines:\n${tail}`);
    await sleep(15_000);
  }
}
