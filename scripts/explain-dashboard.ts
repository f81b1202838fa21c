// npm run bench:explain: the query plans behind the teacher's results page, the student's
// assignment list and the teacher's class page, on a seeded school (default 4 classes × 500
// students × 30 questions, so one class is a quarter of each table). Each SQL statement the pages
// send (captured from Prisma's query events, with its params) is run through EXPLAIN ANALYZE after
// ANALYZE. A Seq Scan on response, attempt or enrollment is then checked again with
// enable_seqscan off: if it stays, no index can serve that filter (an index is missing); if it
// goes, the planner only preferred the scan at this table size.
//   --students 500   --classes 4   --pg [url] (or BENCH_DATABASE_URL): PostgreSQL instead of PGlite
// Writes bench-results/explain.json (one entry per engine) with every plan.
import fs from 'node:fs';
import path from 'node:path';
import type { Statement } from './bench/bench-database';
import { hasServerConditions, rerunWithServerConditions } from './bench/server-conditions';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The tables that grow with students × questions (prisma/schema.prisma @@map names). */
const WATCHED = ['response', 'attempt', 'enrollment'];

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Index Cond'?: string; 'Recheck Cond'?: string; Filter?: string; 'Actual Rows'?: number; 'Actual Loops'?: number; 'Rows Removed by Filter'?: number; Plans?: PlanNode[] };
/** `servedBy`: the index the planner uses for this table's condition when scans are forbidden, or null if none can serve it. */
type SeqScan = { table: string; filter: string | null; rows: number | null; removed: number | null; servedBy: string | null };
type Explained = { page: string; sql: string; params: number; ms: number | null; seqScans: SeqScan[]; indexes: string[]; plan: string };

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function walk(node: PlanNode, visit: (n: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

const shortSql = (sql: string) => sql.replace(/"public"\./g, '').replace(/\s+/g, ' ').trim();

async function main(): Promise<void> {
  const { benchTarget, openBenchDatabase } = await import('./bench/bench-database');
  const { seedBenchClasses } = await import('./bench/seed-bench-class');
  const { getAssignmentResults } = await import('@/lib/results/get-assignment-results');
  const { listClassAssignments, listStudentAssignments } = await import('@/lib/assignments/manage-assignments');
  const { getClassForTeacher } = await import('@/lib/classes/manage-classes');
  const argv = process.argv.slice(2);
  const students = Number(option(argv, '--students') ?? 500);
  const classes = Number(option(argv, '--classes') ?? 4);
  if (!Number.isInteger(students) || students < 1 || !Number.isInteger(classes) || classes < 1) throw new Error('usage: explain-dashboard [--students 500] [--classes 4] [--pg [url]]');
  const target = benchTarget(argv);
  const db = await openBenchDatabase(target);
  try {
    const seedStart = performance.now();
    const seed = await seedBenchClasses(db.prisma, { students, classes });
    await db.raw('ANALYZE');
    process.stderr.write(`${db.label}: seeded ${classes} classes × ${students} students × ${seed.questions} questions (${seed.rows.responses} responses) in ${Math.round(performance.now() - seedStart)} ms\n`);
    const cls = seed.classes[0]!;
    const teacherId = seed.teacherId;
    const pages: [string, () => Promise<unknown>][] = [
      ['results page', () => getAssignmentResults(db.prisma, { teacherId, assignmentId: cls.assignmentId })],
      ['student assignments', () => listStudentAssignments(db.prisma, { studentId: cls.studentIds[0]! })],
      ['class page', () => getClassForTeacher(db.prisma, { teacherId, classId: cls.classId })],
      ['class page', () => listClassAssignments(db.prisma, { teacherId, classId: cls.classId })],
      // The class page's own query for the assignment form (app/(teacher)/teach/classes/[id]/page.tsx).
      ['class page', () => db.prisma.questionSet.findMany({ where: { status: 'published', OR: [{ ownerId: teacherId }, { visibility: 'public' }] }, orderBy: { title: 'asc' }, select: { slug: true, title: true } })],
    ];
    const captured: { page: string; statement: Statement }[] = [];
    for (const [page, run] of pages) {
      await run(); // warm-up, so the captured statements are the steady ones
      const { statements } = await db.capture(run);
      captured.push(...statements.map((statement) => ({ page, statement })));
    }

    const explain = async (s: Statement) => (await db.raw<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time'?: number }] | string }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.sql}`, s.params))[0]!['QUERY PLAN'];
    const parse = (raw: Awaited<ReturnType<typeof explain>>) => (typeof raw === 'string' ? (JSON.parse(raw) as [{ Plan: PlanNode; 'Execution Time'?: number }]) : raw)[0];
    const results: Explained[] = [];
    for (const { page, statement } of captured) {
      if (!/^\s*SELECT\b/i.test(statement.sql)) continue;
      const { Plan, 'Execution Time': ms } = parse(await explain(statement));
      const seqScans: SeqScan[] = [];
      const indexes = new Set<string>();
      walk(Plan, (n) => {
        if (n['Index Name']) indexes.add(n['Index Name']);
        if (n['Node Type'] === 'Seq Scan' && n['Relation Name'] && WATCHED.includes(n['Relation Name'])) {
          seqScans.push({ table: n['Relation Name'], filter: n.Filter ?? null, rows: n['Actual Rows'] ?? null, removed: n['Rows Removed by Filter'] ?? null, servedBy: null });
        }
      });
      if (seqScans.length) {
        // With scans forbidden, a table read through an index *with a condition* has a usable
        // index; a full index scan (no condition) or a scan that stays means none fits.
        await db.raw('SET enable_seqscan = off');
        const served = new Map<string, string>();
        walk(parse(await explain(statement)).Plan, (n) => {
          if (n['Node Type'] === 'Bitmap Heap Scan' && n['Relation Name'] && n['Recheck Cond']) served.set(n['Relation Name'], n.Plans?.find((c) => c['Index Name'])?.['Index Name'] ?? 'bitmap');
          if (n['Relation Name'] && n['Index Name'] && n['Index Cond']) served.set(n['Relation Name'], n['Index Name']);
        });
        await db.raw('SET enable_seqscan = on');
        for (const scan of seqScans) scan.servedBy = served.get(scan.table) ?? null;
      }
      const text = (await db.raw<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement.sql}`, statement.params)).map((r) => r['QUERY PLAN']).join('\n');
      results.push({ page, sql: shortSql(statement.sql), params: statement.params.length, ms: ms ?? null, seqScans, indexes: [...indexes], plan: text });
    }

    console.log(`query plans on ${db.label.replace(/\/newsquiz_bench_.*$/, '')}: ${classes} classes × ${students} students × ${seed.questions} questions (${seed.rows.responses} responses), after ANALYZE`);
    console.log('page                  ms      plan on response / attempt / enrollment             statement');
    for (const r of results) {
      const scans = r.seqScans.map((s) => `Seq Scan ${s.table}${s.servedBy ? '' : ' (NO INDEX)'}`).join(', ');
      const used = r.indexes.filter((i) => WATCHED.some((t) => i.startsWith(`${t}_`)));
      const verdict = scans || (used.length ? `index: ${used.join(', ')}` : '—');
      console.log(`${r.page.padEnd(22)}${String(r.ms === null ? '' : Math.round(r.ms * 10) / 10).padEnd(8)}${verdict.padEnd(52)}${r.sql.slice(0, 110)}${r.sql.length > 110 ? '…' : ''}`);
    }
    const missing = results.flatMap((r) => r.seqScans.filter((s) => !s.servedBy).map((s) => ({ page: r.page, sql: r.sql, ...s })));
    const preferred = results.flatMap((r) => r.seqScans.filter((s) => s.servedBy).map((s) => ({ page: r.page, ...s })));
    const kept = (s: SeqScan) => (s.rows !== null && s.removed !== null && s.rows + s.removed > 0 ? `${Math.round((s.rows / (s.rows + s.removed)) * 100)}% of rows kept` : 'feeds a join');
    const clip = (text: string | null, n = 160) => (text && text.length > n ? `${text.slice(0, n)}…` : (text ?? 'none'));
    console.log('');
    if (!missing.length && !preferred.length) console.log('No Seq Scan on response, attempt or enrollment.');
    else if (!missing.length) console.log(`Every Seq Scan on response, attempt or enrollment has an index that could serve it; the planner chose the scan at this size:`);
    for (const p of preferred) console.log(`  ${p.page}: ${p.table} (${kept(p)}; filter ${clip(p.filter, 100)}) — would use ${p.servedBy}`);
    for (const m of missing) console.log(`Seq Scan on ${m.table} that NO index can serve (${m.page}; ${kept(m)})\n  filter: ${clip(m.filter, 300)}\n  statement: ${clip(m.sql, 400)}`);
    if (missing.length) process.exitCode = 1;

    const out = path.join(ROOT, 'bench-results/explain.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const previous = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
    fs.writeFileSync(out, `${JSON.stringify({ ...previous, [target.engine]: { measuredAt: new Date().toISOString(), database: db.label, classes, students, rows: seed.rows, statements: results } }, null, 2)}\n`);
    console.log(`\nwrote ${path.relative(ROOT, out)} (${target.engine})`);
  } finally {
    await db.drop();
  }
}

if (!hasServerConditions()) rerunWithServerConditions(import.meta.filename);
else {
  const { runScript } = await import('./script-support');
  runScript(main);
}
