// The client's record of what the server acknowledged (HTTP 2xx with the stored row) and of what
// was still in flight when the server died. Only acknowledged writes are promises; an in-flight
// write may or may not have landed, and both are fine.
import type { GivenAnswer } from '@/questions/grading';

export type AnswerEntry = { attemptId: string; questionId: string; round: number; acked?: unknown; pending: GivenAnswer[] };
export type AttemptEntry = { id: string; email: string; mode: 'practice' | 'test'; round: number; submitAcked?: number; submitInFlight: boolean };

export type RoundCounts = {
  answersAcked: number;
  answersInFlight: number;
  attemptsAcked: number;
  submitsAcked: number;
  submitsInFlight: number;
  /** Refusals (4xx/5xx) a correct server should not have given to this well-formed load. */
  unexpected: number;
  /** 2xx whose body broke the contract (e.g. a practice repeat not returning the first answer). */
  contract: number;
};

export class Ledger {
  readonly answers = new Map<string, AnswerEntry>();
  readonly attempts = new Map<string, AttemptEntry>();
  readonly rounds = new Map<number, RoundCounts>();
  readonly problems: string[] = [];

  round(n: number): RoundCounts {
    let r = this.rounds.get(n);
    if (!r) this.rounds.set(n, (r = { answersAcked: 0, answersInFlight: 0, attemptsAcked: 0, submitsAcked: 0, submitsInFlight: 0, unexpected: 0, contract: 0 }));
    return r;
  }

  answer(attemptId: string, questionId: string, round: number): AnswerEntry {
    const key = `${attemptId}|${questionId}`;
    let e = this.answers.get(key);
    if (!e) this.answers.set(key, (e = { attemptId, questionId, round, pending: [] }));
    return e;
  }

  note(round: number, kind: 'unexpected' | 'contract', message: string) {
    this.round(round)[kind]++;
    if (this.problems.length < 30) this.problems.push(`round ${round}: ${message}`);
  }
}
