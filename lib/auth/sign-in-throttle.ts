// The database side of the sign-in throttle. Failures are rows in sign_in_failure, so every app
// instance on a shared PostgreSQL sees the same counts.
import type { AppPrisma } from '@/lib/db/open-database';
import { decideThrottle, strictest, throttleKeys, WINDOW_MS, type ThrottleDecision } from './throttle-decision';

export async function checkSignInThrottle(
  prisma: AppPrisma,
  attempt: { identifier?: string; ip?: string },
  now = new Date(),
): Promise<ThrottleDecision> {
  const keys = throttleKeys(attempt.identifier, attempt.ip);
  if (keys.length === 0) return { allowed: true };
  const rows = await prisma.signInFailure.findMany({
    where: { key: { in: keys }, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    select: { key: true, createdAt: true },
  });
  return strictest(keys.map((key) => decideThrottle(rows.filter((r) => r.key === key).map((r) => r.createdAt), now)));
}

export async function recordSignInFailure(prisma: AppPrisma, attempt: { identifier?: string; ip?: string }, now = new Date()) {
  const keys = throttleKeys(attempt.identifier, attempt.ip);
  if (keys.length === 0) return;
  await prisma.signInFailure.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
  // Keep the table small: rows older than the window never matter again.
  await prisma.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - WINDOW_MS) } } });
}

/** A successful sign-in forgives the account's earlier failures (not the IP's). */
export async function clearAccountFailures(prisma: AppPrisma, identifier: string | undefined) {
  const [key] = throttleKeys(identifier, undefined);
  if (key) await prisma.signInFailure.deleteMany({ where: { key } });
}
