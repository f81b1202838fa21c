// npm run bench: every bench but Lighthouse, one after another (they would skew each other in
// parallel), then one report: bench-results/report.md and report.json from the figures each bench
// wrote. The database benches run on the embedded database and on PostgreSQL (BENCH_DATABASE_URL,
// default postgres://postgres@127.0.0.1:5432/postgres); a bench that fails is reported as failed and
// the rest still run. Needs a production build for the submit and page-weight benches.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench-results');
const tsx = path.join(ROOT, 'node_modules/.bin/tsx');

const steps: { name: string; args: string[] }[] = [
  { name: 'bench:generate', args: ['scripts/bench-generate.ts'] },
  { name: 'bench:dashboard (PGlite)', args: ['scripts/bench-dashboard.ts'] },
  { name: 'bench:dashboard (PostgreSQL)', args: ['scripts/bench-dashboard.ts', '--pg'] },
  { name: 'bench:submit', args: ['scripts/bench-submit.ts', ...process.argv.slice(2)] },
  { name: 'bench:page-weight', args: ['scripts/bench-page-weight.ts'] },
];

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = (file: string): Json | null => {
  const p = path.join(RESULTS, file);
  return fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, 'utf8')) as Json) : null;
};

const started = new Date();
const outcomes: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n── ${step.name}`);
  const t = performance.now();
  const run = spawnSync(tsx, step.args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  outcomes.push({ name: step.name, ok: run.status === 0, seconds: Math.round((performance.now() - t) / 1000) });
}

// Only figures written by this run go into the report.
const fresh = (j: Json | null, at = (x: Json) => x.measuredAt as string | undefined) => (j && at(j) && new Date(at(j)!) >= started ? j : null);
const generate = fresh(read('generate.json'));
const dashboardAll = read('dashboard.json') ?? {};
const dashboard = Object.fromEntries(Object.entries(dashboardAll).filter(([, v]) => fresh(v as Json)));
const submitAll = read('submit.json') ?? {};
const submit = Object.fromEntries(Object.entries(submitAll).filter(([, v]) => fresh(v as Json)));
const pageWeight = fresh(read('page-weight.json'));

const md: string[] = [];
md.push(`# newsquiz bench report`, '', `${started.toISOString()} · Node ${process.version} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}) · load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`, '');
md.push('| bench | result | seconds |', '|---|---|---|', ...outcomes.map((o) => `| ${o.name} | ${o.ok ? 'ok' : '**failed or missed a target**'} | ${o.seconds} |`), '');
if (generate) {
  md.push('## Question engine (bench:generate)', '', 'median of 5 runs after a warm-up; each size in a fresh process', '', '| words | median ms | min ms | peak RSS MB | drafts |', '|---|---|---|---|---|');
  for (const r of generate.sizes as Json[]) md.push(`| ${r.words} | ${r.medianMs} | ${r.minMs} | ${r.peakRssMb} | ${r.drafts} |`);
  md.push('');
}
if (Object.keys(dashboard).length) {
  md.push('## Results page data load (bench:dashboard)', '', '| engine | students | responses | median ms | p95 ms | SQL statements |', '|---|---|---|---|---|---|');
  for (const [engine, d] of Object.entries(dashboard)) for (const r of (d as Json).sizes as Json[]) md.push(`| ${engine} | ${r.students} | ${r.responses} | ${r.medianMs} | ${r.p95Ms} | ${r.queriesPerLoad} |`);
  md.push('');
}
if (Object.keys(submit).length) {
  md.push('## Answer submission under load (bench:submit)', '', 'autocannon against `next start`; app = POST /api/attempts/:id/answers, raw = the same SQL statements on the driver, with no ORM, auth library or validation (the practical limit); medians of repeated runs; load generator on the same cores; handler = time inside the route handler (Server-Timing), the rest is queueing in front of it', '');
  md.push('| engine | route | connections | req/s | p50 ms | p99 ms | handler p50 / p99 ms | peak RSS MB |', '|---|---|---|---|---|---|---|---|');
  for (const [engine, s] of Object.entries(submit)) for (const f of (s as Json).figures as Json[]) md.push(`| ${engine} | ${f.route} | ${f.connections} | ${f.reqPerSec} | ${f.p50Ms} | ${f.p99Ms} | ${f.handlerP50Ms ?? '–'} / ${f.handlerP99Ms ?? '–'} | ${f.peakRssMb} |`);
  md.push('', '| engine | connections | app/raw throughput (≥ 0.7) | app/raw p99 (≤ 1.5) |', '|---|---|---|---|');
  for (const [engine, s] of Object.entries(submit)) for (const c of (s as Json).comparison as Json[]) md.push(`| ${engine} | ${c.connections} | ${c.throughputRatio} ${c.throughputOk ? '' : '(missed)'} | ${c.p99Ratio} ${c.p99Ok ? '' : '(missed)'} |`);
  md.push('');
}
if (pageWeight) {
  md.push('## Page weight (bench:page-weight)', '', `JavaScript transferred from a cold cache in Chromium, median of ${pageWeight.loads} loads; target ≤ ${pageWeight.targetKb} kB for the player`, '', '| page | scripts | transferred kB | body kB | uncompressed kB |', '|---|---|---|---|---|');
  for (const p of pageWeight.pages as Json[]) md.push(`| ${p.page} | ${p.scripts} | ${p.transferKb} | ${p.bodyKb} | ${p.uncompressedKb} |`);
  md.push('');
}
fs.mkdirSync(RESULTS, { recursive: true });
fs.writeFileSync(path.join(RESULTS, 'report.md'), `${md.join('\n')}\n`);
fs.writeFileSync(path.join(RESULTS, 'report.json'), `${JSON.stringify({ startedAt: started.toISOString(), node: process.version, steps: outcomes, generate, dashboard, submit, pageWeight }, null, 2)}\n`);
console.log(`\nwrote ${path.relative(ROOT, path.join(RESULTS, 'report.md'))} and report.json`);
process.exitCode = outcomes.every((o) => o.ok) ? 0 : 1;
