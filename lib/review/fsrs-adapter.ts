// The one place that speaks ts-fsrs (STYLE habit 7): our card rows in, our card rows out.
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

/** A review card as stored (review_card), without ids. */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export type ReviewOutcome = { card: CardState; log: { rating: number; state: number; due: Date; stability: number; difficulty: number; elapsedDays: number; scheduledDays: number; reviewedAt: Date } };

/** How an answer maps to an FSRS grade: right = Good, partly right = Hard, wrong = Again. */
export function gradeFor(score: number): Grade {
  if (score >= 1) return Rating.Good;
  if (score > 0) return Rating.Hard;
  return Rating.Again;
}

export function newCardState(now: Date): CardState {
  return fromFsrs(createEmptyCard(now));
}

function toFsrs(c: CardState): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview ? { last_review: c.lastReview } : {}),
  };
}

function fromFsrs(c: Card): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

/** Schedules a card after an answer, for a student's desired retention (0.7–0.99, default 0.9). */
export function scheduleCard(card: CardState, score: number, now: Date, desiredRetention = 0.9): ReviewOutcome {
  // Fuzz off: the same answer at the same moment always gives the same schedule.
  const scheduler = fsrs(generatorParameters({ request_retention: Math.min(0.99, Math.max(0.7, desiredRetention)), enable_fuzz: false }));
  const { card: next, log } = scheduler.next(toFsrs(card), now, gradeFor(score));
  return {
    card: fromFsrs(next),
    log: { rating: log.rating, state: log.state, due: log.due, stability: log.stability, difficulty: log.difficulty, elapsedDays: log.elapsed_days, scheduledDays: log.scheduled_days, reviewedAt: log.review },
  };
}
