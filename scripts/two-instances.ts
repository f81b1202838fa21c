// npm run test:two-instances — two production servers on one fresh PostgreSQL database, under load
// split across both: the same answers sent to both instances at once, differing answers racing in
// tests, submissions on both instances at once while late answers still arrive. Then: one response
// per (attempt, question), every score the sum of its responses, both instances told the same
// score, every acknowledged answer stored, no duplicate rows anywhere.
//
// Options: --students 20  --attempts 3 (per student; fewer rarely catch a race)  (PostgreSQL server: RELIABILITY_DATABASE_URL,
// else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GivenAnswer } from '@/questions/grading';
import { ensureBuild } from './reliability/build';
import { checkDatabase, inPool } from './reliability/checks';
import { runReliabilityScript } from './reliability/cleanup';
import { sameAnswer, someAnswer, Student } from './reliability/client';
import { createThrowawayDatabase, prepareDatabase } from './reliability/databases';
import { Ledger } from './reliability/ledger';
import { freePort, startServer } from './reliability/server';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { students: { type: 'string', default: '20' }, attempts: { type: 'string', default: '3' } } });
const STUDENTS = Number(args.students);
const ATTEMPTS = Number(args.attempts);

runReliabilityScript(async () => {
  const began = Date.now();
  await ensureBuild(ROOT);
  const target = await createThrowawayDatabase('postgres', 'newsquiz-two');
  console.log(`== ${target.label}`);
  const sets = await prepareDatabase(target);
  const [a, b] = await Promise.all([freePort(), freePort()]);
  const servers = await Promise.all([startServer({ root: ROOT, port: a, env: target.env }), startServer({ root: ROOT, port: b, env: target.env })]);
  console.log(`instances on ports ${servers[0].port} and ${servers[1].port} (pids ${servers[0].pid}, ${servers[1].pid})`);

  const run = randomBytes(3).toString('hex');
  // Half sign up on each instance; each session then works on both (one secret, in the database).
  const students: Student[] = [];
  await inPool(Array.from({ length: STUDENTS }, (_, i) => i), 4, async (i) => {
    students.push(await Student.signUp(servers[i % 2]!.url, `two-${run}-${i}@example.org`, `Two Student ${i}`, `10.78.${i >> 8}.${i & 255}`));
  });

  const ledger = new Ledger();
  const submitScores = new Map<string, number[]>();
  let requests = 0;
  let slowestSubmitMs = 0;
  const loadStarted = Date.now();
  await Promise.all(
    students.map(async (student, i) => {
      const on = [student.on(servers[0].url), student.on(servers[1].url)] as const;
      for (let n = 0; n < ATTEMPTS; n++) {
        const mode = (i + n) % 2 === 0 ? 'practice' : 'test';
        const started = await on[(i + n) % 2]!.startAttempt(sets[(i + n) % sets.length]!, mode);
        requests++;
        if (started.kind !== 'ok') throw new Error(`start failed: ${JSON.stringify(started)}`);
        const id = started.body.id;
        ledger.attempts.set(id, { id, email: student.email, mode, round: 1, submitInFlight: false });
        const view = await on[n % 2]!.getAttempt(id);
        requests++;
        if (view.kind !== 'ok') throw new Error(`view failed: ${JSON.stringify(view)}`);
        const questions = view.body.questions;

        // Every question at once on both instances: the same answer twice, and in a test now and
        // then a different answer racing on the other instance.
        await Promise.all(
          questions.map(async (q, k) => {
            const first = someAnswer(q);
            const sent: GivenAnswer[] = [first, first];
            if (mode === 'test' && k % 3 === 0) sent[1] = someAnswer(q);
            const entry = ledger.answer(id, q.id, 1);
            entry.pending = sent;
            const results = await Promise.all(sent.map((ans, s) => on[s]!.answer(id, q.id, ans)));
            requests += results.length;
            const stored: unknown[] = [];
            for (const r of results) {
              if (r.kind !== 'ok') ledger.note(1, 'unexpected', `answer → ${r.kind === 'refused' ? `${r.status} ${JSON.stringify(r.body)}` : r.error}`);
              else {
                stored.push(r.body.response.answer);
                ledger.round(1).answersAcked++;
                if (!sent.some((x) => sameAnswer(x, r.body.response.answer))) ledger.note(1, 'contract', `answer returned ${JSON.stringify(r.body.response.answer)}, never sent`);
              }
            }
            // Practice: the first answer stands, so both callers hear the same one.
            if (mode === 'practice' && stored.length === 2 && !sameAnswer(stored[0], stored[1])) ledger.note(1, 'contract', `practice callers told different answers for ${id}|${q.id}`);
            if (stored.length) entry.acked = stored[stored.length - 1];
          }),
        );

        // Submit on both instances at once while late answers (changed minds) arrive on both.
        const late = questions.slice(0, 3).map((q, k) => ({ q, ans: someAnswer(q), via: on[k % 2]! }));
        for (const { q, ans } of late) ledger.answer(id, q.id, 1).pending.push(ans);
        // A submission under this load can queue behind hundreds of answers; a slow one is reported,
        // only one that never returns (2 min) is a failure.
        const submitStarted = Date.now();
        const timed = (p: ReturnType<Student['submit']>) => p.finally(() => (slowestSubmitMs = Math.max(slowestSubmitMs, Date.now() - submitStarted)));
        const [s1, s2, ...lateResults] = await Promise.all([timed(on[0]!.submit(id, 120_000)), timed(on[1]!.submit(id, 120_000)), ...late.map(({ q, ans, via }) => via.answer(id, q.id, ans))]);
        requests += 2 + late.length;
        for (const [k, r] of lateResults.entries()) {
          // 200: stored before the submission closed the attempt; 409: refused after. Both are fine,
          // but a 200 is a promise: what it returned must be what is stored and counted.
          const entry = ledger.answer(id, late[k]!.q.id, 1);
          if (r!.kind === 'ok') {
            entry.acked = r!.body.response.answer;
            entry.pending = [];
          } else {
            entry.pending.pop(); // refused: it must not have been stored
            if (r!.kind !== 'refused' || r!.status !== 409) ledger.note(1, 'unexpected', `late answer → ${JSON.stringify(r)}`);
          }
        }
        const scores: number[] = [];
        for (const s of [s1!, s2!]) {
          if (s.kind === 'ok') scores.push(s.body.score);
          else ledger.note(1, 'unexpected', `submit → ${JSON.stringify(s)}`);
        }
        submitScores.set(id, scores);
        if (scores.length) ledger.attempts.get(id)!.submitAcked = scores[0];
        if (new Set(scores).size > 1) ledger.note(1, 'contract', `the two instances reported different scores for ${id}: ${scores.join(' vs ')}`);
      }
    }),
  );
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  const serverErrors = servers.flatMap((s) => s.log().split('\n').filter((l) => /error|P20\d\d|deadlock|timed out/i.test(l)));
  for (const s of servers) await s.stop();

  const db = await target.open();
  let findings;
  try {
    findings = await checkDatabase(db, ledger);
  } finally {
    await db.close();
  }

  const c = ledger.round(1);
  console.log(`\n== two instances summary`);
  console.log(`${STUDENTS} students, ${ledger.attempts.size} attempts, ${requests} requests split across both instances in ${loadSeconds.toFixed(1)} s; ${c.answersAcked} answers acknowledged`);
  console.log(`responses per (attempt, question) > 1: ${findings.duplicates ? 'see duplicates' : 'none'}; score ≠ sum of responses: ${findings.scoreMismatches}; half-written: ${findings.halfWritten}`);
  console.log(`acknowledged answers lost or changed: ${[...findings.lostAnswers.values()].reduce((x, y) => x + y, 0)}; acknowledged submissions not stored as told: ${findings.lostSubmits}; rows nobody sent: ${findings.phantoms}; duplicate rows: ${findings.duplicates}`);
  console.log(`slowest submission under this load: ${(slowestSubmitMs / 1000).toFixed(1)} s`);
  console.log(`both instances reported the same score for ${[...submitScores.values()].filter((s) => s.length === 2 && s[0] === s[1]).length} of ${submitScores.size} attempts`);
  for (const p of ledger.problems) console.log(`  ! ${p}`);
  for (const d of findings.details) console.log(`  ! ${d}`);
  for (const l of serverErrors.slice(0, 15)) console.log(`  server: ${l}`);
  const lost = [...findings.lostAnswers.values()].reduce((x, y) => x + y, 0);
  const ok = !lost && !findings.lostSubmits && !findings.phantoms && !findings.halfWritten && !findings.scoreMismatches && !findings.duplicates && !findings.lostAttempts && c.unexpected === 0 && c.contract === 0;
  console.log(ok ? 'PASS' : 'FAIL');
  console.log(`total ${((Date.now() - began) / 1000).toFixed(0)} s`);
  return ok;
});
