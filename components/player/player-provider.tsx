'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlayerAttempt } from '@/lib/attempts/player-types';
import { createPlayerStore, type PlayerState, type PlayerStore } from './player-store';

const PlayerContext = createContext<PlayerStore | null>(null);

/** One store per player page (zustand's Next.js pattern): never a module-global store. */
export function PlayerProvider({ attempt, children }: { attempt: PlayerAttempt; children: ReactNode }) {
  // Created once per mounted player (a lazy state initialiser, the same guarantee as a ref).
  const [store] = useState(() => createPlayerStore(attempt));
  return <PlayerContext.Provider value={store}>{children}</PlayerContext.Provider>;
}

export function usePlayerStore(): PlayerStore {
  const store = useContext(PlayerContext);
  if (!store) throw new Error('usePlayer must be used inside <PlayerProvider>');
  return store;
}

export function usePlayer<T>(selector: (s: PlayerState) => T): T {
  return useStore(usePlayerStore(), selector);
}
