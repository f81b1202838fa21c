'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlayerAttempt } from '@/lib/attempts/player-types';
import { createGuestPlayerStore, createPlayerStore, type PlayerState, type PlayerStore } from './player-store';

const PlayerContext = createContext<PlayerStore | null>(null);

/** One store per player page (zustand's Next.js pattern): never a module-global store. */
export function PlayerProvider({ attempt, children }: { attempt: PlayerAttempt; children: ReactNode }) {
  // Created once per mounted player (a lazy state initialiser, the same guarantee as a ref).
  const [store] = useState(() => createPlayerStore(attempt));
  return <PlayerContext.Provider value={store}>{children}</PlayerContext.Provider>;
}

/** The guest variant: the attempt persists in the browser under `storageKey`. */
export function GuestPlayerProvider({ attempt, storageKey, children }: { attempt: PlayerAttempt; storageKey: string; children: ReactNode }) {
  const [store] = useState(() => createGuestPlayerStore(attempt, storageKey));
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void Promise.resolve(store.persist.rehydrate()).then(() => setReady(true));
  }, [store]);
  return <PlayerContext.Provider value={store as unknown as PlayerStore}>{ready ? children : null}</PlayerContext.Provider>;
}

export function usePlayerStore(): PlayerStore {
  const store = useContext(PlayerContext);
  if (!store) throw new Error('usePlayer must be used inside <PlayerProvider>');
  return store;
}

export function usePlayer<T>(selector: (s: PlayerState) => T): T {
  return useStore(usePlayerStore(), selector);
}
