// npm run test:crash — crash safety, proved against the production server. For each engine
// (PGlite in a temp directory; a fresh PostgreSQL database): students answer over HTTP as fast as
// the server lets them, the server is killed with SIGKILL mid-load, restarted with nothing done by
// hand, and then the client's ledger of acknowledged writes is compared with what the restarted
// server shows and, at the end, with the database itself.
//
// Options: --engines pglite,postgres  --clients 20  --kills 3  --min-acked 50  --min-submits 5
// (PostgreSQL server: RELIABILITY_DATABASE_URL,
// else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureBuild } from './reliability/build';
import { checkDatabase, checkServedAfterRestart, inPool, type Findings } from './reliability/checks';
import { runReliabilityScript } from './reliability/cleanup';
import { sameAnswer, someAnswer, Student } from './reliability/client';
import { createThrowawayDatabase, prepareDatabase, type Engine } from './reliability/databases';
import { Ledger } from './reliability/ledger';
import { playUntilStopped } from './reliability/load';
import { freePort, startServer, type Server } from './reliability/server';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { engines: { type: 'string', default: 'pglite,postgres' }, clients: { type: 'string', default: '20' }, kills: { type: 'string', default: '3' }, 'min-acked': { type: 'string', default: '50' }, 'min-submits': { type: 'string', default: '5' } } });
const engines = args.engines!.split(',').map((e) => e.trim()) as Engine[];
const CLIENTS = Number(args.clients);
const KILLS = Number(args.kills);
const MIN_ACKED = Number(args['min-acked']);
const MIN_SUBMITS = Number(args['min-submits']);

type RoundReport = { round: number; acked: number; inFlight: number; attempts: number; submits: number; submitsInFlight: number; killAfterMs: number; restartMs: number; readyMs: number; served: { checked: number; missing: number } };
type EngineReport = { engine: Engine; label: string; rounds: RoundReport[]; findings: Findings; duplicatesHttp: string; ledger: Ledger; seconds: number };

async function crashEngine(engine: Engine): Promise<EngineReport> {
  const began = Date.now();
  const target = await createThrowawayDatabase(engine, 'newsquiz-crash');
  console.log(`\n== ${target.label}`);
  const sets = await prepareDatabase(target);
  const port = await freePort();
  let server: Server = await startServer({ root: ROOT, port, env: target.env });
  const run = randomBytes(3).toString('hex');
  const students = new Map<string, Student>();
  await inPool(Array.from({ length: CLIENTS }, (_, i) => i), 4, async (i) => {
    const s = await Student.signUp(server.url, `crash-${run}-${i}@example.org`, `Crash Student ${i}`, `10.77.${i >> 8}.${i & 255}`);
    students.set(s.email, s);
  });

  const ledger = new Ledger();
  const rounds: RoundReport[] = [];
  let duplicatesHttp = 'not run';
  try {
    for (let round = 1; round <= KILLS; round++) {
      let stopped = false;
      const clients = [...students.values()].map((s) => playUntilStopped(s, { sets, round, ledger, stop: () => stopped }));
      // Mid-load: once answers are flowing (a fresh server loads its routes first), 1–2 s more and
      // at least MIN_ACKED answers and MIN_SUBMITS submissions acknowledged (a slow machine needs
      // longer for a fair sample).
      const counts = ledger.round(round);
      for (const until = Date.now() + 60_000; counts.answersAcked === 0 && Date.now() < until; ) await sleep(20);
      const killAfterMs = 1000 + Math.floor(Math.random() * 1000);
      const flowing = Date.now();
      await sleep(killAfterMs);
      for (const until = flowing + 20_000; (counts.answersAcked < MIN_ACKED || counts.submitsAcked < MIN_SUBMITS) && Date.now() < until; ) await sleep(20);
      const killedAt = Date.now();
      const killedAfterMs = killedAt - flowing;
      await server.crash(); // SIGKILL, mid-load
      await Promise.all(clients);
      stopped = true;
      // Restart exactly as after a real crash: no lock removed, nothing repaired by hand. Ready means
      // the server has opened the database (better-auth's /ok needs it).
      server = await startServer({ root: ROOT, port, env: target.env });
      const restartMs = Date.now() - killedAt;
      const { listenMs, readyMs } = server;
      const served = await checkServedAfterRestart(students, ledger);
      const c = ledger.round(round);
      rounds.push({ round, acked: c.answersAcked, inFlight: c.answersInFlight, attempts: c.attemptsAcked, submits: c.submitsAcked, submitsInFlight: c.submitsInFlight, killAfterMs: killedAfterMs, restartMs, readyMs, served });
      console.log(
        `round ${round}: killed ${killedAfterMs} ms after answers began; ${c.answersAcked} answers acknowledged, ${c.answersInFlight} in flight; ${c.attemptsAcked} attempts started, ${c.submitsAcked} submitted (${c.submitsInFlight} in flight); ` +
          `restarted and serving in ${restartMs} ms (listening after ${listenMs} ms, database open after ${readyMs} ms); ${served.checked} acknowledged answers re-read through the restarted server, ${served.missing} missing`,
      );
      for (const d of served.details) console.log(`  ${d}`);
    }
    duplicatesHttp = await hundredDuplicatePosts([...students.values()][0]!, sets[0]!, ledger);
    console.log(`100 concurrent POSTs of one question: ${duplicatesHttp}`);
    // Every student opens the review deck, as they next would: that repairs misses a kill kept out of it.
    const deckStatuses = new Set<number>();
    await inPool([...students.values()], 8, async (s) => void deckStatuses.add(await s.openDeck()));
    console.log(`review deck opened by ${students.size} students (HTTP ${[...deckStatuses].join(', ')})`);
  } finally {
    await server.crash();
  }

  // The last word: the database itself (PGlite: opened here, taking over the killed server's lock).
  const db = await target.open();
  let findings: Findings;
  try {
    findings = await checkDatabase(db, ledger);
  } finally {
    await db.close();
  }
  return { engine, label: target.label, rounds, findings, duplicatesHttp, ledger, seconds: (Date.now() - began) / 1000 };
}

/** 100 concurrent answers (20 identical, 80 different) to one practice question: one stored result for all. */
async function hundredDuplicatePosts(student: Student, setSlug: string, ledger: Ledger): Promise<string> {
  const started = await student.startAttempt(setSlug, 'practice');
  if (started.kind !== 'ok') return `FAILED to start an attempt (${started.kind})`;
  const view = await student.getAttempt(started.body.id);
  if (view.kind !== 'ok') return 'FAILED to load the attempt';
  const q = view.body.questions.find((x) => x.choices && x.choices.length > 1) ?? view.body.questions[0]!;
  const same = someAnswer(q);
  const answers = Array.from({ length: 100 }, (_, i) => (i < 20 ? same : someAnswer(q)));
  ledger.attempts.set(started.body.id, { id: started.body.id, email: student.email, mode: 'practice', round: 0, submitInFlight: false });
  const results = await Promise.all(answers.map((a) => student.answer(started.body.id, q.id, a)));
  const ok = results.flatMap((r) => (r.kind === 'ok' ? [r.body.response.answer] : []));
  const distinct = ok.filter((a, i) => ok.findIndex((b) => sameAnswer(a, b)) === i);
  const entry = ledger.answer(started.body.id, q.id, 0);
  entry.acked = ok[0];
  if (ok.length !== 100 || distinct.length !== 1) {
    ledger.note(0, 'contract', `100 concurrent POSTs: ${ok.length} succeeded with ${distinct.length} distinct stored answers`);
    return `FAILED: ${ok.length}/100 succeeded, ${distinct.length} distinct stored answers`;
  }
  return `100/100 succeeded, all returned the same stored answer`;
}

function failures(r: EngineReport): string[] {
  const f = r.findings;
  const out: string[] = [];
  const lost = [...f.lostAnswers.values()].reduce((a, b) => a + b, 0);
  if (lost) out.push(`${lost} acknowledged answers lost`);
  if (f.lostAttempts) out.push(`${f.lostAttempts} acknowledged attempts lost`);
  if (f.lostSubmits) out.push(`${f.lostSubmits} acknowledged submissions lost`);
  if (f.phantoms) out.push(`${f.phantoms} responses nobody sent`);
  if (f.halfWritten) out.push(`${f.halfWritten} half-written attempts`);
  if (f.scoreMismatches) out.push(`${f.scoreMismatches} scores that are not the sum of their responses`);
  if (f.duplicates) out.push(`${f.duplicates} duplicate rows`);
  if (f.deckGapsAcknowledged) out.push(`${f.deckGapsAcknowledged} acknowledged wrong answers missing from the review deck`);
  if (f.deckGapsInterrupted) out.push(`${f.deckGapsInterrupted} missed questions still missing from the review deck after it was opened`);
  const served = r.rounds.reduce((a, x) => a + x.served.missing, 0);
  if (served) out.push(`${served} acknowledged answers not served after a restart`);
  const unexpected = [...r.ledger.rounds.values()].reduce((a, x) => a + x.unexpected + x.contract, 0);
  if (unexpected) out.push(`${unexpected} unexpected refusals or contract breaks`);
  return out;
}

runReliabilityScript(async () => {
  const began = Date.now();
  await ensureBuild(ROOT);
  const reports: EngineReport[] = [];
  for (const engine of engines) reports.push(await crashEngine(engine));

  console.log('\n== crash test summary');
  let ok = true;
  for (const r of reports) {
    const f = r.findings;
    console.log(`${r.engine}: ${r.label} (${r.seconds.toFixed(0)} s)`);
    for (const x of r.rounds) {
      console.log(`  kill ${x.round}: acknowledged ${x.acked} answers, lost ${f.lostAnswers.get(x.round) ?? 0}; in flight ${x.inFlight}; ${x.submits} submissions acknowledged (${x.submitsInFlight} in flight); killed ${x.killAfterMs} ms after answers began; serving again ${x.restartMs} ms after the kill`);
    }
    console.log(`  in-flight answers that landed: ${f.inFlightLanded}, absent: ${f.inFlightAbsent} (both fine)`);
    console.log(`  attempts lost ${f.lostAttempts}, submissions lost ${f.lostSubmits}, half-written ${f.halfWritten}, score ≠ sum ${f.scoreMismatches}, phantom rows ${f.phantoms}, duplicate rows ${f.duplicates}`);
    console.log(`  review deck: ${f.deckGapsAcknowledged} gaps after acknowledged writes, ${f.deckGapsInterrupted} after writes the kill interrupted, once each student had opened the deck`);
    console.log(`  100 duplicate POSTs: ${r.duplicatesHttp}`);
    for (const p of r.ledger.problems) console.log(`  ! ${p}`);
    for (const d of f.details) console.log(`  ! ${d}`);
    const bad = failures(r);
    if (bad.length) {
      ok = false;
      console.log(`  FAIL: ${bad.join('; ')}`);
    } else console.log('  PASS: zero acknowledged writes lost, nothing half-written, restarts needed no manual step');
  }
  console.log(`total ${((Date.now() - began) / 1000).toFixed(0)} s`);
  return ok;
});
