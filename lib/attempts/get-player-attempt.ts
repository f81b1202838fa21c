import 'server-only';
import { prisma } from '@/lib/db';
import { loadOwnAttempt } from './load-attempt';
import { toPlayerAttempt } from './player-dto';
import type { PlayerAttempt } from './player-types';

/** The caller's attempt for the player or the results page; null when it is not theirs. */
export async function getPlayerAttempt({ attemptId, userId }: { attemptId: string; userId: string }): Promise<PlayerAttempt | null> {
  const loaded = await loadOwnAttempt(await prisma(), { attemptId, userId });
  return loaded ? toPlayerAttempt(loaded) : null;
}

export async function getAttemptTiming({ attemptId, userId }: { attemptId: string; userId: string }) {
  const db = await prisma();
  return db.attempt.findFirst({ where: { id: attemptId, userId }, select: { startedAt: true, submittedAt: true, score: true, maxScore: true } });
}
