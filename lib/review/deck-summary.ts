import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { LEARN_AHEAD_MS } from './start-review-session';

export type DeckSummary = {
  total: number;
  dueNow: number;
  /** Cards due on each of the next 7 days (index 0 = today, in UTC days), beyond those due now. */
  nextDays: { date: string; count: number }[];
  desiredRetention: number;
};

export async function getDeckSummary(db: AppPrisma, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<DeckSummary> {
  const startOfToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const horizon = new Date(startOfToday.getTime() + 7 * 86_400_000);
  const ahead = new Date(now.getTime() + LEARN_AHEAD_MS);
  const [total, dueNow, upcoming, user] = await Promise.all([
    db.reviewCard.count({ where: { userId } }),
    db.reviewCard.count({ where: { userId, due: { lte: ahead } } }),
    db.reviewCard.findMany({ where: { userId, due: { gt: ahead, lt: horizon } }, select: { due: true } }),
    db.user.findUnique({ where: { id: userId }, select: { desiredRetention: true } }),
  ]);
  const nextDays = Array.from({ length: 7 }, (_, i) => ({ date: new Date(startOfToday.getTime() + i * 86_400_000).toISOString().slice(0, 10), count: 0 }));
  for (const c of upcoming) {
    const day = Math.floor((c.due.getTime() - startOfToday.getTime()) / 86_400_000);
    if (nextDays[day]) nextDays[day]!.count++;
  }
  return { total, dueNow, nextDays, desiredRetention: user?.desiredRetention ?? 0.9 };
}
