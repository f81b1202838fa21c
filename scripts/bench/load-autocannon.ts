// autocannon for the bench: the project's own copy when it is a devDependency, otherwise the copy
// `npx --yes autocannon@<version>` fetches into npm's cache (found through the bin npx puts on PATH).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const AUTOCANNON_VERSION = '9.0.0';

export type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  statusCodeStats?: Record<string, { count: number }>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Autocannon = (options: Record<string, any>) => Promise<AutocannonResult>;

export async function loadAutocannon(): Promise<{ run: Autocannon; source: string }> {
  const require = createRequire(import.meta.url);
  try {
    return { run: require('autocannon') as Autocannon, source: `autocannon (node_modules)` };
  } catch {
    const bin = execFileSync('npm', ['exec', '--yes', `--package=autocannon@${AUTOCANNON_VERSION}`, '--', 'sh', '-c', 'command -v autocannon'], { encoding: 'utf8' }).trim();
    const entry = fs.realpathSync(bin);
    return { run: createRequire(entry)(path.dirname(entry)) as Autocannon, source: `autocannon@${AUTOCANNON_VERSION} (npx cache)` };
  }
}
