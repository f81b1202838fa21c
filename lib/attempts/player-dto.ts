import 'server-only';
import type { GivenAnswer } from '@/questions/grading';
import type { LoadedAttempt } from './load-attempt';
import type { PlayerAttempt, PlayerResponse } from './player-types';
import { toPlayerQuestion, toReveal, type StoredQuestion } from './question-view';
import { canRevealAnswer, type RevealState } from './reveal-policy';

export function revealState(loaded: LoadedAttempt, now = new Date()): RevealState {
  return { policy: loaded.attempt.reveal, submitted: loaded.attempt.status === 'submitted', dueAt: loaded.attempt.assignment?.dueAt ?? null, now };
}

/** One response as the student may see it now: the key only when the reveal policy allows. */
export function toPlayerResponse(loaded: LoadedAttempt, questionId: string, now = new Date()): PlayerResponse | null {
  const r = loaded.attempt.responses.find((x) => x.questionId === questionId);
  if (!r) return null;
  return responseView(loaded.questions.find((x) => x.id === questionId)!, r, revealState(loaded, now));
}

/** A stored response as its student may see it under `state`: the key only when the policy allows. */
export function responseView(q: StoredQuestion, r: { answer: unknown; correct: boolean; score: number }, state: RevealState): PlayerResponse {
  const answer = r.answer as GivenAnswer;
  if (!canRevealAnswer(state, true)) return { answer };
  return { answer, correct: r.correct, score: r.score, reveal: toReveal(q, answer.kind === 'choice' ? answer.optionId : answer.kind === 'boolean' ? String(answer.value) : undefined) };
}

/** The attempt as the player needs it. Never carries an answer key the policy does not allow. */
export function toPlayerAttempt(loaded: LoadedAttempt, now = new Date()): PlayerAttempt {
  const { attempt, questions } = loaded;
  const responses: PlayerAttempt['responses'] = {};
  const unansweredReveals: PlayerAttempt['unansweredReveals'] = {};
  const state = revealState(loaded, now);
  const byQuestion = new Map(attempt.responses.map((r) => [r.questionId, r]));
  for (const q of questions) {
    const r = byQuestion.get(q.id);
    if (r) responses[q.id] = responseView(q, r, state);
    else if (state.submitted && canRevealAnswer(state, false)) unansweredReveals[q.id] = toReveal(q);
  }
  return {
    id: attempt.id,
    kind: attempt.kind,
    setTitle: attempt.kind === 'review' ? 'Review session' : attempt.setVersion.set.title,
    setSlug: attempt.setVersion.set.slug,
    mode: attempt.mode,
    revealPolicy: attempt.reveal,
    status: attempt.status,
    questions: questions.map((q) => toPlayerQuestion(q, attempt.seed, attempt.shuffle)),
    responses,
    currentIndex: Math.min(attempt.currentIndex, Math.max(0, questions.length - 1)),
    flagged: attempt.flagged,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    unansweredReveals,
  };
}
