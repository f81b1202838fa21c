// lib/ modules start with `import 'server-only'`, which throws unless Node resolves packages with
// the "react-server" condition (as Next does for server code). A bench script that calls lib/
// therefore re-runs itself once with that condition; only then may it import lib/ (dynamically).
import { spawnSync } from 'node:child_process';

const CONDITION = '--conditions=react-server';

export function hasServerConditions(): boolean {
  return process.execArgv.includes(CONDITION);
}

/** Runs `script` again in a child Node with the react-server condition and ends with its exit code. */
export function rerunWithServerConditions(script: string): never {
  const child = spawnSync(process.execPath, [CONDITION, '--import', 'tsx', script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (child.error) throw child.error;
  process.exit(child.status ?? 1);
}
