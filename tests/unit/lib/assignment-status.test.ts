import { describe, expect, it } from 'vitest';
import { assignmentStatus, attemptDeadline } from '@/lib/assignments/assignment-status';

const due = new Date('2026-03-10T17:00:00Z');
const before = new Date('2026-03-10T12:00:00Z');
const after = new Date('2026-03-11T09:00:00Z');

describe('assignment status', () => {
  it('is not started, in progress, submitted, late or missing as a teacher would expect', () => {
    expect(assignmentStatus({ now: before, dueAt: due, latePolicy: 'accept_late', attempts: [] })).toBe('not started');
    expect(assignmentStatus({ now: before, dueAt: due, latePolicy: 'accept_late', attempts: [{ status: 'in_progress', late: false }] })).toBe('in progress');
    expect(assignmentStatus({ now: after, dueAt: due, latePolicy: 'accept_late', attempts: [{ status: 'submitted', late: false }] })).toBe('submitted');
    expect(assignmentStatus({ now: after, dueAt: due, latePolicy: 'accept_late', attempts: [{ status: 'submitted', late: true }] })).toBe('late');
    expect(assignmentStatus({ now: after, dueAt: due, latePolicy: 'accept_late', attempts: [] })).toBe('missing');
    expect(assignmentStatus({ now: after, dueAt: due, latePolicy: 'accept_late', attempts: [{ status: 'in_progress', late: false }] })).toBe('in progress');
    expect(assignmentStatus({ now: after, dueAt: due, latePolicy: 'close_at_due', attempts: [{ status: 'in_progress', late: false }] })).toBe('missing');
    expect(assignmentStatus({ now: after, dueAt: null, latePolicy: 'close_at_due', attempts: [] })).toBe('not started');
  });

  it('ends an attempt at the time limit plus extra time, or at the due date when the assignment closes then', () => {
    expect(attemptDeadline({ now: before, timeLimitSec: 600, extraSec: 300, dueAt: due, latePolicy: 'accept_late' })).toEqual(new Date(before.getTime() + 900_000));
    expect(attemptDeadline({ now: new Date(due.getTime() - 60_000), timeLimitSec: 600, extraSec: 0, dueAt: due, latePolicy: 'close_at_due' })).toEqual(due);
    expect(attemptDeadline({ now: before, timeLimitSec: null, extraSec: 0, dueAt: due, latePolicy: 'accept_late' })).toBeNull();
  });
});
