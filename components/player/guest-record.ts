// The browser-side record of a guest's attempt: where it is kept and how it is read back for the
// one-time import after sign-up or sign-in.
import type { PlayerAttempt } from '@/lib/attempts/player-types';

export const GUEST_PREFIX = 'newsquiz-guest:';

export type GuestMeta = { guestKey: string; seed: number; setVersionId: string; startedAt: string; answeredAt: Record<string, string> };

export function guestStorageKey(setSlug: string): string {
  return `${GUEST_PREFIX}${setSlug}`;
}

export function readGuestRecords(): { key: string; attempt: PlayerAttempt; meta: GuestMeta }[] {
  const out: { key: string; attempt: PlayerAttempt; meta: GuestMeta }[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(GUEST_PREFIX) || key.endsWith(':meta')) continue;
    try {
      const state = JSON.parse(localStorage.getItem(key) ?? 'null') as { state?: { attempt?: PlayerAttempt } } | null;
      const meta = JSON.parse(localStorage.getItem(`${key}:meta`) ?? 'null') as GuestMeta | null;
      if (state?.state?.attempt && meta && Object.keys(state.state.attempt.responses).length > 0) out.push({ key, attempt: state.state.attempt, meta });
    } catch {
      // A damaged record is skipped, not imported.
    }
  }
  return out;
}
