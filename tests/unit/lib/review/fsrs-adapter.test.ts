import { describe, expect, it } from 'vitest';
import { gradeFor, newCardState, scheduleCard } from '@/lib/review/fsrs-adapter';

const now = new Date('2026-03-01T09:00:00Z');
const DAY = 86_400_000;

describe('FSRS adapter', () => {
  it('maps scores to grades: right Good, partly right Hard, wrong Again', () => {
    expect([gradeFor(1), gradeFor(0.5), gradeFor(0)]).toEqual([3, 2, 1]);
  });

  it('brings a missed question back soon and a remembered one later', () => {
    const missed = scheduleCard(newCardState(now), 0, now);
    expect(missed.card.due.getTime() - now.getTime()).toBeLessThan(DAY);
    expect(missed.card.reps).toBe(1);
    const later = new Date(missed.card.due.getTime());
    const right = scheduleCard(missed.card, 1, later);
    expect(right.card.due.getTime()).toBeGreaterThan(missed.card.due.getTime());
    expect(right.log.rating).toBe(3);
  });

  it('pushes the next review further out with each right answer', () => {
    let card = scheduleCard(newCardState(now), 1, now).card;
    const gaps: number[] = [];
    let t = now;
    for (let i = 0; i < 4; i++) {
      t = new Date(card.due.getTime());
      const next = scheduleCard(card, 1, t).card;
      gaps.push(next.due.getTime() - t.getTime());
      card = next;
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
  });

  it('schedules sooner for a higher desired retention', () => {
    const base = scheduleCard(scheduleCard(newCardState(now), 1, now).card, 1, new Date(now.getTime() + 3 * DAY));
    const strict = scheduleCard(scheduleCard(newCardState(now), 1, now, 0.97).card, 1, new Date(now.getTime() + 3 * DAY), 0.97);
    expect(strict.card.due.getTime()).toBeLessThan(base.card.due.getTime());
  });

  it('is deterministic (no fuzz)', () => {
    expect(scheduleCard(newCardState(now), 1, now)).toEqual(scheduleCard(newCardState(now), 1, now));
  });
});
