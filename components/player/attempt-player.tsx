'use client';

import { useRouter } from 'next/navigation';
import { answerAction, savePositionAction, submitAttemptAction } from '@/app/(student)/attempts/actions';
import type { PlayerAttempt } from '@/lib/attempts/player-types';
import { Player } from './player';
import { PlayerProvider } from './player-provider';

/** The player for a signed-in student's attempt: every answer and position is saved on the server. */
export function AttemptPlayer({ attempt }: { attempt: PlayerAttempt }) {
  const router = useRouter();
  return (
    <PlayerProvider attempt={attempt}>
      <Player
        api={{
          canReport: true,
          answer: (questionId, answer) => answerAction({ attemptId: attempt.id, questionId, answer }),
          savePosition: (currentIndex, flagged) => void savePositionAction({ attemptId: attempt.id, currentIndex, flagged }),
          finish: async () => {
            const result = await submitAttemptAction({ attemptId: attempt.id });
            if (result.ok) router.push(`/attempts/${attempt.id}/results`);
            return result.ok ? { ok: true } : { ok: false, message: result.message };
          },
        }}
      />
    </PlayerProvider>
  );
}
