// The sign-in throttle's rule, as a pure function: at most MAX_FAILURES failed sign-ins per
// account and per IP address within WINDOW_MS; the next attempt is refused until the oldest
// failure in the window ages out.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSec: number };

/** `failures` are the times of failures for one key (account or IP), any order. */
export function decideThrottle(failures: Date[], now: Date): ThrottleDecision {
  const since = now.getTime() - WINDOW_MS;
  const recent = failures.map((d) => d.getTime()).filter((t) => t > since).sort((a, b) => b - a);
  if (recent.length < MAX_FAILURES) return { allowed: true };
  // The attempt becomes allowed when all but MAX_FAILURES - 1 of the recent failures have expired.
  const blockingFailure = recent[MAX_FAILURES - 1]!;
  return { allowed: false, retryAfterSec: Math.max(1, Math.ceil((blockingFailure + WINDOW_MS - now.getTime()) / 1000)) };
}

/** Keys are normalised so "Ana@X.org" and "ana@x.org " count as one account. */
export function throttleKeys(identifier: string | undefined, ip: string | undefined): string[] {
  const keys: string[] = [];
  const id = identifier?.trim().toLowerCase();
  if (id) keys.push(`account:${id}`);
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

export function strictest(decisions: ThrottleDecision[]): ThrottleDecision {
  let worst: ThrottleDecision = { allowed: true };
  for (const d of decisions) {
    if (!d.allowed && (worst.allowed || d.retryAfterSec > worst.retryAfterSec)) worst = d;
  }
  return worst;
}
