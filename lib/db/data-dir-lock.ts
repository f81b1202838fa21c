// PGlite neither locks its data directory nor notices a second process opening it, and the first
// process's acknowledged writes are then silently lost (NOTES-toolchain.md). Every opener therefore
// takes this exclusive lock first. proper-lockfile gives an atomic mkdir lock whose mtime is kept
// fresh; we add an owner file with the pid so that a lock left by a killed process is taken over at
// once instead of after the staleness timeout.
import fs from 'node:fs';
import os from 'node:os';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly ownerPid: number | null) {
    super(
      `The data directory ${dataDir} is in use by another newsquiz process` +
        (ownerPid ? ` (pid ${ownerPid})` : '') +
        '; stop that process, or set NEWSQUIZ_DATA_DIR to another directory.',
    );
    this.name = 'DataDirLockedError';
  }
}

type Owner = { pid: number; host: string };

const STALE_MS = 10_000;

function lockPaths(dataDir: string) {
  return { lockPath: `${dataDir}.lock`, ownerPath: `${dataDir}.lock-owner.json` };
}

function readOwner(ownerPath: string): Owner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(ownerPath, 'utf8')) as Owner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws DataDirLockedError. Returns the function that releases it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const { lockPath, ownerPath } = lockPaths(dataDir);
  const options: lockfile.LockOptions = {
    realpath: false,
    lockfilePath: lockPath,
    stale: STALE_MS,
    update: STALE_MS / 4,
    onCompromised: (error) => {
      // Someone removed or took our lock: carrying on risks the silent write loss the lock exists
      // to prevent, so stop the process.
      console.error(`newsquiz: lost the lock on ${dataDir} (${error.message}); stopping to protect the data.`);
      process.exit(1);
    },
  };

  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const owner = readOwner(ownerPath);
    const sameHost = owner?.host === os.hostname();
    if (owner && sameHost && owner.pid !== process.pid && !isAlive(owner.pid)) {
      // The holder was killed: its lock is stale even though its mtime is recent.
      fs.rmSync(lockPath, { recursive: true, force: true });
      try {
        release = await lockfile.lock(dataDir, options);
      } catch {
        throw new DataDirLockedError(dataDir, readOwner(ownerPath)?.pid ?? null);
      }
    } else if (!owner) {
      // Killed between taking the lock and naming itself: wait for the lock to go stale.
      try {
        release = await lockfile.lock(dataDir, { ...options, retries: { retries: 15, minTimeout: 1000, maxTimeout: 1000 } });
      } catch {
        throw new DataDirLockedError(dataDir, readOwner(ownerPath)?.pid ?? null);
      }
    } else {
      throw new DataDirLockedError(dataDir, owner.pid);
    }
  }

  fs.writeFileSync(ownerPath, JSON.stringify({ pid: process.pid, host: os.hostname() } satisfies Owner));
  return async () => {
    fs.rmSync(ownerPath, { force: true });
    await release();
  };
}
