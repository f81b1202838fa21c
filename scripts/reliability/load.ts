// The load: each client plays attempts one after another (start, answer every question, usually
// submit) as fast as the server answers, with duplicate and changed answers mixed in, until the
// server stops answering. Every outcome goes into the ledger.
import type { GivenAnswer } from '@/questions/grading';
import { sameAnswer, someAnswer, type Student } from './client';
import type { Ledger } from './ledger';

const chance = (p: number) => Math.random() < p;

export type LoadOptions = { sets: string[]; round: number; ledger: Ledger; stop: () => boolean };

export async function playUntilStopped(student: Student, { sets, round, ledger, stop }: LoadOptions): Promise<void> {
  const counts = ledger.round(round);
  while (!stop()) {
    const mode = chance(0.5) ? 'practice' : 'test';
    const started = await student.startAttempt(sets[Math.floor(Math.random() * sets.length)]!, mode);
    if (started.kind === 'no-response') return;
    if (started.kind === 'refused') {
      ledger.note(round, 'unexpected', `start attempt → ${started.status} ${JSON.stringify(started.body)}`);
      continue;
    }
    const attemptId = started.body.id;
    ledger.attempts.set(attemptId, { id: attemptId, email: student.email, mode, round, submitInFlight: false });
    counts.attemptsAcked++;
    const view = await student.getAttempt(attemptId);
    if (view.kind === 'no-response') return;
    if (view.kind === 'refused') {
      ledger.note(round, 'unexpected', `get attempt → ${view.status}`);
      continue;
    }

    // Answer a few questions, then (usually) submit: submissions then land mid-load as well.
    const toAnswer = view.body.questions.slice(0, 2 + Math.floor(Math.random() * 5));
    for (const q of toAnswer) {
      if (stop()) return;
      const first = someAnswer(q);
      // A double click: the same answer twice at once.
      const alive = await send(student, ledger, round, attemptId, q.id, first, mode, chance(0.1) ? 2 : 1);
      if (!alive) return;
      // A changed mind: a test keeps the new answer; practice keeps the first.
      if (chance(0.1)) {
        const second = someAnswer(q);
        if (!(await send(student, ledger, round, attemptId, q.id, second, mode, 1))) return;
      }
    }

    if (chance(0.7)) {
      const entry = ledger.attempts.get(attemptId)!;
      entry.submitInFlight = true;
      counts.submitsInFlight++;
      const submitted = await student.submit(attemptId);
      if (submitted.kind === 'no-response') return;
      entry.submitInFlight = false;
      counts.submitsInFlight--;
      if (submitted.kind === 'refused') ledger.note(round, 'unexpected', `submit → ${submitted.status} ${JSON.stringify(submitted.body)}`);
      else {
        entry.submitAcked = submitted.body.score;
        counts.submitsAcked++;
      }
    }
  }
}

/** Sends an answer (copies times at once); false when the server stopped answering. */
async function send(student: Student, ledger: Ledger, round: number, attemptId: string, questionId: string, answer: GivenAnswer, mode: 'practice' | 'test', copies: number): Promise<boolean> {
  const entry = ledger.answer(attemptId, questionId, round);
  const counts = ledger.round(round);
  const before = entry.acked;
  entry.pending.push(answer);
  counts.answersInFlight++;
  const results = await Promise.all(Array.from({ length: copies }, () => student.answer(attemptId, questionId, answer)));
  let alive = true;
  for (const r of results) {
    if (r.kind === 'no-response') {
      alive = false;
      continue;
    }
    if (r.kind === 'refused') {
      ledger.note(round, 'unexpected', `answer → ${r.status} ${JSON.stringify(r.body)}`);
      continue;
    }
    const stored = r.body.response.answer;
    // Practice: the first answer stands. Test: the latest one is kept.
    const expected = mode === 'practice' && before !== undefined ? before : answer;
    if (!sameAnswer(stored, expected)) ledger.note(round, 'contract', `${mode} answer returned ${JSON.stringify(stored)}, expected ${JSON.stringify(expected)}`);
    entry.acked = stored;
  }
  if (results.some((r) => r.kind === 'ok')) {
    entry.pending = [];
    counts.answersInFlight--;
    counts.answersAcked++;
  } else if (alive) {
    // Refused: nothing pending any more, nothing acknowledged.
    entry.pending = [];
    counts.answersInFlight--;
  }
  return alive;
}
