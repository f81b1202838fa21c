// npm run bench:submit: answer submission under load against the production build (`next start`).
// For each engine (embedded PGlite and PostgreSQL), a fresh database gets N students, each signed in
// with one test attempt in progress; the server starts with NEWSQUIZ_BENCH=1 on a free port; then
// autocannon POSTs {questionId, answer} at 50 and 200 concurrent connections to two routes:
//   app  POST /api/attempts/:id/answers    the real path (better-auth session, zod, Prisma, grading)
//   raw  POST /api/bench/raw-answer/:id    the practical limit: the same cookie, session lookup,
//                                          ownership check and response upsert as raw SQL on the same
//                                          driver (app/api/bench/raw-answer), no ORM/auth/validation
// Each run uses its own slice of students (so answers are first answers, as in a real class) and
// requests go round-robin over the slice, question by question. Runs alternate the route order and
// repeat (--repeats); before each run the server is left to drain what the last one queued;
// figures are medians. Peak RSS is the next-server process's VmRSS, polled every
// 100 ms during the run. Targets: app throughput ≥ 0.7 × raw, app p99 ≤ 1.5 × raw.
//   --engines pglite,postgres  --pg [url]  --duration 15  --warmup 5  --repeats 3
//   --connections 50,200  --students-per-run 500  --mode test|practice
//   --node-args "--trace-gc"   (flags for the server's node, to profile it)
// Writes bench-results/submit.json; exits 1 when a target is missed. Needs a production build.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasServerConditions, rerunWithServerConditions } from './bench/server-conditions';
import { median, option, round1 } from './bench/stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const THROUGHPUT_TARGET = 0.7;
const P99_TARGET = 1.5;

type Route = 'app' | 'raw';
type Run = { route: Route; connections: number; repeat: number; reqPerSec: number; p50: number; p99: number; handlerP50: number; handlerP99: number; total: number; non2xx: number; errors: number; peakRssMb: number; loadAverage: number };
type Figure = { route: Route; connections: number; reqPerSec: number; p50Ms: number; p99Ms: number; handlerP50Ms: number; handlerP99Ms: number; peakRssMb: number; runs: number };
type EngineReport = {
  database: string;
  measuredAt: string;
  durationSec: number;
  repeats: number;
  mode: string;
  loadGenerator: string;
  figures: Figure[];
  comparison: { connections: number; throughputRatio: number; p99Ratio: number; throughputOk: boolean; p99Ok: boolean }[];
  responsesStored: number;
  runs: Run[];
  appRouteMissing?: boolean;
};

const PATHS: Record<Route, (attemptId: string) => string> = {
  app: (id) => `/api/attempts/${id}/answers`,
  raw: (id) => `/api/bench/raw-answer/${id}`,
};

async function main(): Promise<void> {
  const { benchTarget, DEFAULT_PG_URL } = await import('./bench/bench-database');
  const { createServerDatabase } = await import('./bench/server-database');
  const { seedBenchStudents } = await import('./bench/seed-bench-students');
  const { startNextServer, sampleRss, waitForIdle } = await import('./bench/next-server');
  const { loadAutocannon } = await import('./bench/load-autocannon');
  const argv = process.argv.slice(2);
  const engines = (option(argv, '--engines') ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
  const duration = Number(option(argv, '--duration') ?? 15);
  const warmup = Number(option(argv, '--warmup') ?? 5);
  const repeats = Number(option(argv, '--repeats') ?? 3);
  const connectionLevels = (option(argv, '--connections') ?? '50,200').split(',').map(Number);
  const perRun = Number(option(argv, '--students-per-run') ?? 500);
  const mode = (option(argv, '--mode') ?? 'test') as 'test' | 'practice';
  const routes = (option(argv, '--routes') ?? 'app,raw').split(',') as Route[];
  const nodeArgs = option(argv, '--node-args')?.split(' ').filter(Boolean) ?? [];
  const pgTarget = benchTarget(argv);
  const pgUrl = pgTarget.engine === 'postgres' ? pgTarget.serverUrl : DEFAULT_PG_URL;
  const autocannon = await loadAutocannon();
  const log = (line: string) => process.stderr.write(`${line}\n`);

  const out = path.join(ROOT, 'bench-results/submit.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const report: Record<string, unknown> = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>) : {};

  for (const engine of engines) {
    const slices = routes.length * (1 + repeats * connectionLevels.length);
    const secret = randomBytes(32).toString('base64url');
    const database = await createServerDatabase(engine === 'pglite' ? { engine } : { engine, serverUrl: pgUrl });
    const serverLog = path.join(os.tmpdir(), `newsquiz-bench-submit-${engine}-${process.pid}.log`);
    let server: Awaited<ReturnType<typeof startNextServer>> | undefined;
    try {
      const seedStart = performance.now();
      const db = await database.open();
      const seeded = await seedBenchStudents(db.prisma, { students: slices * perRun, secret, mode }).finally(() => db.close());
      log(`${database.label}: seeded ${seeded.students.length} students with sessions and ${mode} attempts (${seeded.answers.length} questions) in ${Math.round(performance.now() - seedStart)} ms`);

      server = await startNextServer({ env: { ...database.env, NEWSQUIZ_BENCH: '1', BETTER_AUTH_SECRET: secret, NEWSQUIZ_DEMO: '0' }, log: serverLog, nodeArgs });
      log(`${database.label}: next start on ${server.url}, next-server pid ${server.pid} (log ${serverLog})`);

      let slice = 0;
      // Server-Timing (set by the routes under NEWSQUIZ_BENCH=1): time inside the handler, apart
      // from time queued in front of it.
      let handlerMs: number[] = [];
      const load = async (route: Route, connections: number, seconds: number) => {
        handlerMs = [];
        const students = seeded.students.slice(slice * perRun, (slice + 1) * perRun);
        slice++;
        let i = 0;
        const body = (n: number) => JSON.stringify(seeded.answers[Math.floor(n / students.length) % seeded.answers.length]);
        return autocannon.run({
          url: server!.url,
          connections,
          duration: seconds,
          timeout: 30,
          requests: [
            {
              method: 'POST',
              setupRequest: (req: Record<string, unknown>) => {
                const n = i++;
                const student = students[n % students.length]!;
                return { ...req, path: PATHS[route](student.attemptId), headers: { 'content-type': 'application/json', cookie: student.cookie }, body: body(n) };
              },
              onResponse: (_status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
                const dur = /dur=([\d.]+)/.exec(headers['server-timing'] ?? '')?.[1];
                if (dur) handlerMs.push(Number(dur));
              },
            },
          ],
        });
      };

      // One request per route first: a missing route or a refusal stops here, not after minutes.
      const probe = seeded.students[seeded.students.length - 1]!;
      let appRouteMissing = false;
      for (const route of routes) {
        const res = await fetch(server.url + PATHS[route](probe.attemptId), { method: 'POST', headers: { 'content-type': 'application/json', cookie: probe.cookie }, body: JSON.stringify(seeded.answers[0]) });
        const text = await res.text();
        if (route === 'app' && res.status === 404 && !text.startsWith('{')) {
          appRouteMissing = true;
          log(`${database.label}: POST /api/attempts/:id/answers is not in this build (404); benching the raw route only`);
          continue;
        }
        if (res.status !== 200) throw new Error(`${route} route answered ${res.status}: ${text.slice(0, 300)}`);
      }
      const active = routes.filter((r) => !(r === 'app' && appRouteMissing));

      for (const route of active) {
        log(`${database.label}: warm-up ${route} ${warmup} s at 50 connections`);
        await load(route, 50, warmup);
        await waitForIdle(server.pid);
      }
      const runs: Run[] = [];
      for (let repeat = 0; repeat < repeats; repeat++) {
        for (const connections of connectionLevels) {
          const order = repeat % 2 ? [...active].reverse() : active;
          for (const route of order) {
            await waitForIdle(server.pid);
            const rss = sampleRss(server.pid);
            const r = await load(route, connections, duration);
            const peakRssMb = rss.stop();
            const sorted = [...handlerMs].sort((a, b) => a - b);
            const pct = (q: number) => round1(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0);
            const run: Run = { route, connections, repeat, reqPerSec: round1(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, handlerP50: pct(0.5), handlerP99: pct(0.99), total: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts, peakRssMb, loadAverage: round1(os.loadavg()[0]!) };
            runs.push(run);
            log(`  ${route} ×${connections} #${repeat + 1}: ${run.reqPerSec} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms (in the handler: p50 ${run.handlerP50} ms, p99 ${run.handlerP99} ms), ${run.total} requests, non-2xx ${run.non2xx}, errors ${run.errors}, peak RSS ${peakRssMb} MB, load average ${run.loadAverage}`);
            if (run.non2xx || run.errors) log(`    WARNING: failed requests in this run (see ${serverLog})`);
          }
        }
      }
      await server.stop();
      server = undefined;

      const check = await database.open();
      const n = (await check.driverQuery!<{ n: number }>('SELECT count(*)::int AS n FROM response'))[0]?.n ?? 0;
      await check.close();

      const figures: Figure[] = [];
      for (const route of active) {
        for (const connections of connectionLevels) {
          const mine = runs.filter((r) => r.route === route && r.connections === connections);
          figures.push({ route, connections, runs: mine.length, reqPerSec: round1(median(mine.map((r) => r.reqPerSec))), p50Ms: median(mine.map((r) => r.p50)), p99Ms: median(mine.map((r) => r.p99)), handlerP50Ms: median(mine.map((r) => r.handlerP50)), handlerP99Ms: median(mine.map((r) => r.handlerP99)), peakRssMb: median(mine.map((r) => r.peakRssMb)) });
        }
      }
      const comparison = appRouteMissing
        ? []
        : connectionLevels.map((connections) => {
            const app = figures.find((f) => f.route === 'app' && f.connections === connections)!;
            const raw = figures.find((f) => f.route === 'raw' && f.connections === connections)!;
            const throughputRatio = Math.round((app.reqPerSec / raw.reqPerSec) * 100) / 100;
            const p99Ratio = Math.round((app.p99Ms / raw.p99Ms) * 100) / 100;
            return { connections, throughputRatio, p99Ratio, throughputOk: throughputRatio >= THROUGHPUT_TARGET, p99Ok: p99Ratio <= P99_TARGET };
          });
      const entry: EngineReport = { database: database.label, measuredAt: new Date().toISOString(), durationSec: duration, repeats, mode, loadGenerator: autocannon.source, figures, comparison, responsesStored: n, runs, ...(appRouteMissing ? { appRouteMissing } : {}) };
      report[engine] = entry;

      console.log(`\nanswer submission, ${database.label}, ${mode} attempts, median of ${repeats} × ${duration} s runs (${autocannon.source}, same 2 cores as the server)`);
      console.log('route  conns   req/s     p50 ms   p99 ms   handler p50/p99 ms   peak RSS MB');
      for (const f of figures) console.log(`${f.route.padEnd(7)}${String(f.connections).padEnd(8)}${String(f.reqPerSec).padEnd(10)}${String(f.p50Ms).padEnd(9)}${String(f.p99Ms).padEnd(9)}${`${f.handlerP50Ms} / ${f.handlerP99Ms}`.padEnd(21)}${f.peakRssMb}`);
      for (const c of comparison) console.log(`${c.connections} connections: app/raw throughput ${c.throughputRatio} (target ≥ ${THROUGHPUT_TARGET}: ${c.throughputOk ? 'met' : 'MISSED'}), p99 ratio ${c.p99Ratio} (target ≤ ${P99_TARGET}: ${c.p99Ok ? 'met' : 'MISSED'})`);
      console.log(`responses stored: ${n}`);
      if (appRouteMissing || comparison.some((c) => !c.throughputOk || !c.p99Ok)) process.exitCode = 1;
    } finally {
      await server?.stop();
      await database.drop();
    }
  }

  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, out)}`);
}

if (!hasServerConditions()) rerunWithServerConditions(import.meta.filename);
else {
  const { runScript } = await import('./script-support');
  runScript(main);
}
