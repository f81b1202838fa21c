// A student's status on an assignment, from their attempts and the dates. Pure.
export type AssignmentStatus = 'not started' | 'in progress' | 'submitted' | 'late' | 'missing';

export type StatusInput = {
  now: Date;
  dueAt: Date | null;
  latePolicy: 'accept_late' | 'close_at_due';
  attempts: { status: 'in_progress' | 'submitted'; late: boolean }[];
};

export function assignmentStatus({ now, dueAt, latePolicy, attempts }: StatusInput): AssignmentStatus {
  const submitted = attempts.filter((a) => a.status === 'submitted');
  if (submitted.length) return submitted.some((a) => !a.late) ? 'submitted' : 'late';
  const pastDue = dueAt !== null && now > dueAt;
  if (attempts.some((a) => a.status === 'in_progress')) return pastDue && latePolicy === 'close_at_due' ? 'missing' : 'in progress';
  return pastDue ? 'missing' : 'not started';
}

/** When an attempt started now must end: the time limit (plus this student's extra time), and the due date if the assignment closes then. */
export function attemptDeadline({ now, timeLimitSec, extraSec, dueAt, latePolicy }: { now: Date; timeLimitSec: number | null; extraSec: number; dueAt: Date | null; latePolicy: 'accept_late' | 'close_at_due' }): Date | null {
  const limits: number[] = [];
  if (timeLimitSec) limits.push(now.getTime() + (timeLimitSec + extraSec) * 1000);
  if (dueAt && latePolicy === 'close_at_due') limits.push(dueAt.getTime());
  return limits.length ? new Date(Math.min(...limits)) : null;
}
