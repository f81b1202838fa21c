// Compares the ledger with the database, and checks the database's own consistency: one response
// per (attempt, question), every submitted attempt whole and scored from its responses, no
// duplicate review cards or logs, no duplicate attempt numbers.
import type { Database } from '@/lib/db/open-database';
import { sameAnswer, type Student } from './client';
import type { Ledger } from './ledger';

export type Findings = {
  /** Acknowledged answers missing or changed, per round they were acknowledged in. */
  lostAnswers: Map<number, number>;
  lostAttempts: number;
  lostSubmits: number;
  /** In-flight answers that landed / did not. */
  inFlightLanded: number;
  inFlightAbsent: number;
  /** Rows nobody sent. */
  phantoms: number;
  halfWritten: number;
  scoreMismatches: number;
  duplicates: number;
  /** Wrong answers missing from the review deck: after an acknowledged write (a bug), or after a write the crash interrupted. */
  deckGapsAcknowledged: number;
  deckGapsInterrupted: number;
  details: string[];
};

const num = (v: unknown) => Number(v);

export async function checkDatabase(db: Database, ledger: Ledger): Promise<Findings> {
  const q = <T>(sql: string) => db.prisma.$queryRawUnsafe<T[]>(sql);
  const f: Findings = { lostAnswers: new Map(), lostAttempts: 0, lostSubmits: 0, inFlightLanded: 0, inFlightAbsent: 0, phantoms: 0, halfWritten: 0, scoreMismatches: 0, duplicates: 0, deckGapsAcknowledged: 0, deckGapsInterrupted: 0, details: [] };
  const detail = (s: string) => void (f.details.length < 40 && f.details.push(s));

  const responses = await q<{ attempt_id: string; question_id: string; answer: unknown; score: number }>('SELECT attempt_id, question_id, answer, score FROM response');
  const byKey = new Map(responses.map((r) => [`${r.attempt_id}|${r.question_id}`, r]));
  for (const [key, e] of ledger.answers) {
    const row = byKey.get(key);
    if (e.acked !== undefined) {
      // Stored must be the acknowledged answer, or a later one still in flight (a changed test answer).
      const ok = row && (sameAnswer(row.answer, e.acked) || e.pending.some((p) => sameAnswer(row.answer, p)));
      if (!ok) {
        f.lostAnswers.set(e.round, (f.lostAnswers.get(e.round) ?? 0) + 1);
        detail(`LOST answer ${key} (round ${e.round}): acknowledged ${JSON.stringify(e.acked)}, stored ${row ? JSON.stringify(row.answer) : 'nothing'}`);
      }
    } else if (e.pending.length) {
      if (!row) f.inFlightAbsent++;
      else if (e.pending.some((p) => sameAnswer(row.answer, p))) f.inFlightLanded++;
      else {
        f.phantoms++;
        detail(`PHANTOM answer ${key}: stored ${JSON.stringify(row.answer)}, never sent`);
      }
    }
  }
  for (const [key, row] of byKey) {
    if (!ledger.answers.has(key)) {
      f.phantoms++;
      detail(`PHANTOM response ${key} (${JSON.stringify(row.answer)}): the client never sent it`);
    }
  }

  const attempts = await q<{ id: string; status: string; score: number | null; max_score: number | null; submitted_at: Date | null; sum: number }>(
    `SELECT a.id, a.status, a.score, a.max_score, a.submitted_at, COALESCE((SELECT SUM(r.score) FROM response r WHERE r.attempt_id = a.id), 0)::float8 AS sum FROM attempt a`,
  );
  const attemptById = new Map(attempts.map((a) => [a.id, a]));
  for (const e of ledger.attempts.values()) {
    const a = attemptById.get(e.id);
    if (!a) {
      f.lostAttempts++;
      detail(`LOST attempt ${e.id} (round ${e.round})`);
      continue;
    }
    if (e.submitAcked !== undefined && (a.status !== 'submitted' || num(a.score) !== e.submitAcked)) {
      f.lostSubmits++;
      detail(`LOST submission ${e.id}: acknowledged score ${e.submitAcked}, stored ${a.status} ${a.score}`);
    }
  }
  for (const a of attempts) {
    const whole = a.status === 'submitted' ? a.score !== null && a.max_score !== null && a.submitted_at !== null : a.score === null && a.submitted_at === null;
    if (!whole) {
      f.halfWritten++;
      detail(`HALF-WRITTEN attempt ${a.id}: ${a.status}, score ${a.score}, max ${a.max_score}, submitted_at ${a.submitted_at?.toISOString() ?? null}`);
    }
    if (a.status === 'submitted' && a.score !== null && Math.abs(num(a.score) - num(a.sum)) > 1e-9) {
      f.scoreMismatches++;
      detail(`SCORE ${a.id}: attempt score ${a.score}, its responses sum to ${a.sum}`);
    }
  }

  // A wrong answer, once revealed (practice: at once; test: on submission), puts the question in the
  // student's review deck. The deck is written after the response, in separate statements.
  const gaps = await q<{ attempt_id: string; question_id: string; mode: string }>(`
    SELECT r.attempt_id, r.question_id, a.mode FROM response r JOIN attempt a ON a.id = r.attempt_id
    WHERE r.score < 1 AND (a.mode = 'practice' OR a.status = 'submitted')
      AND NOT EXISTS (SELECT 1 FROM review_card c WHERE c.user_id = a.user_id AND c.question_id = r.question_id)`);
  for (const g of gaps) {
    const acknowledged = g.mode === 'practice' ? ledger.answers.get(`${g.attempt_id}|${g.question_id}`)?.acked !== undefined : ledger.attempts.get(g.attempt_id)?.submitAcked !== undefined;
    if (acknowledged) {
      f.deckGapsAcknowledged++;
      detail(`DECK GAP ${g.attempt_id}|${g.question_id} (${g.mode}): acknowledged, but the missed question never reached the review deck`);
    } else f.deckGapsInterrupted++;
  }

  const dupes = await q<{ what: string; n: number }>(`
    SELECT 'response (attempt, question)' AS what, COUNT(*)::int AS n FROM (SELECT 1 FROM response GROUP BY attempt_id, question_id HAVING COUNT(*) > 1) d
    UNION ALL SELECT 'review_card (user, question)', COUNT(*)::int FROM (SELECT 1 FROM review_card GROUP BY user_id, question_id HAVING COUNT(*) > 1) d
    UNION ALL SELECT 'review_log (card, source)', COUNT(*)::int FROM (SELECT 1 FROM review_log WHERE source_id IS NOT NULL GROUP BY card_id, source_id HAVING COUNT(*) > 1) d
    UNION ALL SELECT 'attempt (assignment, user, number)', COUNT(*)::int FROM (SELECT 1 FROM attempt WHERE assignment_id IS NOT NULL GROUP BY assignment_id, user_id, number HAVING COUNT(*) > 1) d
    UNION ALL SELECT 'user (email)', COUNT(*)::int FROM (SELECT 1 FROM "user" GROUP BY email HAVING COUNT(*) > 1) d`);
  for (const d of dupes) {
    if (num(d.n) > 0) {
      f.duplicates += num(d.n);
      detail(`DUPLICATES in ${d.what}: ${d.n}`);
    }
  }
  return f;
}

/** After a restart: the restarted server shows each student every acknowledged answer. */
export async function checkServedAfterRestart(students: Map<string, Student>, ledger: Ledger): Promise<{ checked: number; missing: number; details: string[] }> {
  const out = { checked: 0, missing: 0, details: [] as string[] };
  const byAttempt = new Map<string, { questionId: string; acked: unknown; pending: unknown[] }[]>();
  for (const e of ledger.answers.values()) {
    if (e.acked === undefined) continue;
    const list = byAttempt.get(e.attemptId) ?? [];
    list.push({ questionId: e.questionId, acked: e.acked, pending: e.pending });
    byAttempt.set(e.attemptId, list);
  }
  await inPool([...byAttempt], 8, async ([attemptId, expected]) => {
    const owner = students.get(ledger.attempts.get(attemptId)!.email)!;
    const view = await owner.getAttempt(attemptId);
    if (view.kind !== 'ok') {
      out.missing += expected.length;
      out.details.push(`attempt ${attemptId} not served after restart: ${view.kind === 'refused' ? view.status : view.error}`);
      return;
    }
    for (const e of expected) {
      out.checked++;
      const shown = view.body.responses[e.questionId]?.answer;
      if (!shown || !(sameAnswer(shown, e.acked) || e.pending.some((p) => sameAnswer(shown, p)))) {
        out.missing++;
        if (out.details.length < 20) out.details.push(`answer ${attemptId}|${e.questionId} not served after restart`);
      }
    }
  });
  return out;
}

/** Runs fn over items, at most `size` at a time. */
export async function inPool<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}
