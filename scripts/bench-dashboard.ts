// npm run bench:dashboard: the teacher's assignment results page at class scale. For each class
// size (default 50 and 500 students × the 30-question library set), a fresh database is seeded with
// one submitted attempt per student, then the page's data load (getAssignmentResults) runs 3 times
// to warm up and 10 times measured. Reports median and p95 ms and the SQL statements per load;
// targets: < 300 ms at 500 students, and a statement count that does not grow with the class.
//   --students 50,500   class sizes          --runs 10   measured loads per size
//   --pg [url]          PostgreSQL (a fresh database, dropped afterwards; also BENCH_DATABASE_URL)
// Writes bench-results/dashboard.json (one entry per engine). Exits 1 if the count grows.
import fs from 'node:fs';
import path from 'node:path';
import type { Statement } from './bench/bench-database';
import { hasServerConditions, rerunWithServerConditions } from './bench/server-conditions';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET_MS = 300;
const WARM_UP = 3;

type SizeResult = {
  students: number;
  responses: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  dbMedianMs: number;
  queriesPerLoad: number;
  statements: string[];
};

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const shortSql = (s: Statement) => s.sql.replace(/"public"\./g, '').replace(/\s+/g, ' ').slice(0, 160);

async function main(): Promise<void> {
  const { benchTarget, openBenchDatabase } = await import('./bench/bench-database');
  const { seedBenchClasses } = await import('./bench/seed-bench-class');
  const { getAssignmentResults } = await import('@/lib/results/get-assignment-results');
  const argv = process.argv.slice(2);
  const sizes = (option(argv, '--students') ?? '50,500').split(',').map((s) => Number(s.trim()));
  const runs = Number(option(argv, '--runs') ?? 10);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) throw new Error('usage: bench-dashboard [--students 50,500] [--runs 10] [--pg [url]]');
  const target = benchTarget(argv);

  const results: SizeResult[] = [];
  let label = '';
  for (const students of sizes) {
    const db = await openBenchDatabase(target);
    label = db.label.replace(/\/newsquiz_bench_.*$/, '');
    try {
      const seedStart = performance.now();
      const seed = await seedBenchClasses(db.prisma, { students });
      await db.raw('ANALYZE');
      const cls = seed.classes[0]!;
      process.stderr.write(`${db.label}: seeded ${students} students × ${seed.questions} questions (${seed.rows.responses} responses) in ${Math.round(performance.now() - seedStart)} ms\n`);
      const load = () => db.capture(() => getAssignmentResults(db.prisma, { teacherId: seed.teacherId, assignmentId: cls.assignmentId }));
      for (let i = 0; i < WARM_UP; i++) {
        const { result } = await load();
        if (result?.completion.total !== students || result.completion.submitted !== students) throw new Error(`the results page shows ${result?.completion.submitted}/${result?.completion.total}, expected ${students}/${students}`);
      }
      const times: number[] = [];
      const dbTimes: number[] = [];
      const counts = new Set<number>();
      let statements: Statement[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const captured = await load();
        times.push(performance.now() - start);
        dbTimes.push(captured.statements.reduce((sum, s) => sum + s.durationMs, 0));
        counts.add(captured.statements.length);
        statements = captured.statements;
      }
      if (counts.size !== 1) throw new Error(`the statement count varied between loads: ${[...counts].join(', ')}`);
      times.sort((a, b) => a - b);
      dbTimes.sort((a, b) => a - b);
      results.push({
        students,
        responses: seed.rows.responses,
        runs,
        medianMs: round(percentile(times, 50)),
        p95Ms: round(percentile(times, 95)),
        minMs: round(times[0]!),
        dbMedianMs: round(percentile(dbTimes, 50)),
        queriesPerLoad: statements.length,
        statements: statements.map(shortSql),
      });
    } finally {
      await db.drop();
    }
  }

  const counts = new Set(results.map((r) => r.queriesPerLoad));
  const constant = counts.size === 1;
  console.log(`results page data load (getAssignmentResults), ${label}, ${runs} runs after ${WARM_UP} warm-up`);
  console.log('students   responses   median ms   p95 ms   min ms   SQL ms (sum)  SQL statements');
  for (const r of results) console.log(`${String(r.students).padEnd(11)}${String(r.responses).padEnd(12)}${String(r.medianMs).padEnd(12)}${String(r.p95Ms).padEnd(9)}${String(r.minMs).padEnd(9)}${String(r.dbMedianMs).padEnd(14)}${r.queriesPerLoad}`);
  console.log(`statements per load: ${constant ? `${[...counts][0]} at every class size (constant)` : `GROWS with the class (${results.map((r) => `${r.queriesPerLoad} at ${r.students}`).join(', ')})`}`);
  for (const r of results.filter((x) => x.students >= 500)) console.log(`${r.students} students: median ${r.medianMs} ms, p95 ${r.p95Ms} ms — ${r.p95Ms < TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target`);
  console.log('SQL ms is the sum of Prisma’s per-statement durations (statements run in parallel overlap); the rest is decoding and the page’s own computation.');

  const out = path.join(ROOT, 'bench-results/dashboard.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const previous = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  const report = { measuredAt: new Date().toISOString(), database: label, node: process.version, warmUp: WARM_UP, targetMs: TARGET_MS, statementCountConstant: constant, sizes: results };
  fs.writeFileSync(out, `${JSON.stringify({ ...previous, [target.engine]: report }, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, out)} (${target.engine})`);
  if (!constant) process.exitCode = 1;
}

if (!hasServerConditions()) rerunWithServerConditions(import.meta.filename);
else {
  const { runScript } = await import('./script-support');
  runScript(main);
}
