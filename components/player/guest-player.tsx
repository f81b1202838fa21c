'use client';

import Link from 'next/link';
import { useState } from 'react';
import { gradeGuestAnswerAction } from '@/app/(student)/sets/guest-actions';
import { buttonClass } from '@/components/ui/button';
import type { PlayerAttempt } from '@/lib/attempts/player-types';
import { guestStorageKey, type GuestMeta } from './guest-record';
import { Player } from './player';
import { GuestPlayerProvider, usePlayer } from './player-provider';

function readMeta(key: string): GuestMeta | null {
  try {
    return JSON.parse(localStorage.getItem(`${key}:meta`) ?? 'null') as GuestMeta | null;
  } catch {
    return null;
  }
}

/** A visitor's practice: graded by the server, remembered by the browser, imported on sign-up. */
export function GuestPlayer({ attempt, setVersionId, seed }: { attempt: PlayerAttempt; setVersionId: string; seed: number }) {
  const key = guestStorageKey(attempt.setSlug);
  return (
    <GuestPlayerProvider attempt={attempt} storageKey={key}>
      <GuestPlayerInner storageKey={key} setVersionId={setVersionId} seed={seed} />
    </GuestPlayerProvider>
  );
}

function GuestPlayerInner({ storageKey, setVersionId, seed }: { storageKey: string; setVersionId: string; seed: number }) {
  const attempt = usePlayer((s) => s.attempt);
  const [finished, setFinished] = useState(attempt.status === 'submitted');
  const remember = (questionId?: string) => {
    const meta = readMeta(storageKey) ?? { guestKey: crypto.randomUUID(), seed, setVersionId, startedAt: new Date().toISOString(), answeredAt: {} };
    if (questionId) meta.answeredAt[questionId] = new Date().toISOString();
    localStorage.setItem(`${storageKey}:meta`, JSON.stringify(meta));
  };
  if (finished) return <GuestResults />;
  return (
    <div className="flex flex-col gap-4">
      <p className="mx-auto w-full max-w-3xl rounded-lg bg-brand-50 px-4 py-2 text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-200">
        You are practising as a guest: your answers are kept in this browser.{' '}
        <Link href="/sign-up" className="font-semibold underline">
          Create an account
        </Link>{' '}
        to keep them and review what you miss.
      </p>
      <Player
        api={{
          canReport: false,
          answer: async (questionId, answer) => {
            const result = await gradeGuestAnswerAction({ setVersionId, questionId, answer });
            if (result.ok) remember(questionId);
            return result;
          },
          savePosition: () => remember(),
          finish: async () => {
            remember();
            setFinished(true);
            return { ok: true };
          },
        }}
      />
    </div>
  );
}

function GuestResults() {
  const attempt = usePlayer((s) => s.attempt);
  const responses = Object.values(attempt.responses);
  const score = responses.reduce((sum, r) => sum + (r.score ?? 0), 0);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <h1 className="text-3xl font-bold tracking-tight">Results</h1>
      <p className="text-2xl font-bold" data-testid="score">
        {Number.isInteger(score) ? score : score.toFixed(1)} / {attempt.questions.length}
      </p>
      <p>Sign up or sign in to keep this attempt: the questions you missed go into your review deck.</p>
      <div className="flex flex-wrap gap-3">
        <Link href={`/sign-up?next=/progress`} className={buttonClass('primary')}>
          Sign up to keep your results
        </Link>
        <Link href={`/sign-in?next=/progress`} className={buttonClass('secondary')}>
          Sign in
        </Link>
      </div>
    </div>
  );
}
