// Client state of one live attempt (zustand 5 vanilla store, created per page in a provider).
// The server stays the source of truth: responses arrive from server actions and are only
// recorded here; nothing in this store decides whether an answer is right.
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore, type StateCreator } from 'zustand/vanilla';
import type { PlayerAttempt, PlayerResponse } from '@/lib/attempts/player-types';
import type { GivenAnswer } from '@/questions/grading';

export type PlayerState = {
  attempt: PlayerAttempt;
  index: number;
  /** Answers being composed, before they are sent. */
  drafts: Record<string, GivenAnswer | undefined>;
  pending: boolean;
  error: string | null;
  goTo: (index: number) => void;
  next: () => void;
  back: () => void;
  setDraft: (questionId: string, answer: GivenAnswer | undefined) => void;
  recordResponse: (questionId: string, response: PlayerResponse) => void;
  toggleFlag: (questionId: string) => void;
  setPending: (pending: boolean) => void;
  setError: (error: string | null) => void;
};

function playerState(attempt: PlayerAttempt): StateCreator<PlayerState> {
  return (set, get) => ({
    attempt,
    index: attempt.currentIndex,
    drafts: Object.fromEntries(Object.entries(attempt.responses).map(([id, r]) => [id, r.answer])),
    pending: false,
    error: null,
    goTo: (index) => set({ index: Math.max(0, Math.min(index, get().attempt.questions.length - 1)), error: null }),
    next: () => get().goTo(get().index + 1),
    back: () => get().goTo(get().index - 1),
    setDraft: (questionId, answer) => set((s) => ({ drafts: { ...s.drafts, [questionId]: answer }, error: null })),
    recordResponse: (questionId, response) =>
      set((s) => ({
        attempt: { ...s.attempt, responses: { ...s.attempt.responses, [questionId]: response } },
        drafts: { ...s.drafts, [questionId]: response.answer },
        error: null,
      })),
    toggleFlag: (questionId) =>
      set((s) => {
        const flagged = s.attempt.flagged.includes(questionId) ? s.attempt.flagged.filter((id) => id !== questionId) : [...s.attempt.flagged, questionId];
        return { attempt: { ...s.attempt, flagged } };
      }),
    setPending: (pending) => set({ pending }),
    setError: (error) => set({ error }),
  });
}

export function createPlayerStore(attempt: PlayerAttempt) {
  return createStore<PlayerState>()(playerState(attempt));
}

/**
 * A guest's attempt lives in the browser (localStorage) until they sign up or sign in; the server
 * still grades every answer. Rehydration is manual (after mount) so server and client render alike.
 */
export function createGuestPlayerStore(attempt: PlayerAttempt, storageKey: string) {
  return createStore<PlayerState>()(
    persist(playerState(attempt), {
      name: storageKey,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ attempt: s.attempt, index: s.index }) as PlayerState,
      skipHydration: true,
      // A stored attempt of another set version (the set was edited since) is dropped.
      merge: (persisted, current) => {
        const p = persisted as Partial<PlayerState> | undefined;
        return p?.attempt && p.attempt.id === current.attempt.id ? { ...current, attempt: p.attempt, index: p.index ?? 0, drafts: Object.fromEntries(Object.entries(p.attempt.responses).map(([id, r]) => [id, r.answer])) } : current;
      },
    }),
  );
}

export type PlayerStore = ReturnType<typeof createPlayerStore>;

/** Whether the question's answer is settled: in practice once answered; in a test never until submission. */
export function isLocked(s: Pick<PlayerState, 'attempt'>, questionId: string): boolean {
  return s.attempt.status === 'submitted' || (s.attempt.mode === 'practice' && questionId in s.attempt.responses);
}
