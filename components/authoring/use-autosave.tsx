'use client';

import { useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/run-guarded';

export type SaveStatus = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string };

/**
 * Saves `value` a moment after the teacher stops typing (and not on first render), so that leaving
 * the page loses nothing. A refusal is shown, and the next change tries again.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<ActionResult<unknown>>, delayMs = 800): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const first = useRef(true);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const serialised = JSON.stringify(value);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(async () => {
      setStatus({ state: 'saving' });
      try {
        const result = await saveRef.current(JSON.parse(serialised) as T);
        setStatus(result.ok ? { state: 'saved' } : { state: 'error', message: result.message });
      } catch {
        setStatus({ state: 'error', message: 'Could not save: check your connection; your changes are still here.' });
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [serialised, delayMs]);
  return status;
}

export function SaveStatusText({ status }: { status: SaveStatus }) {
  return (
    <span role="status" aria-live="polite" className={`text-sm ${status.state === 'error' ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}>
      {status.state === 'saving' ? 'Saving…' : status.state === 'saved' ? 'Saved' : status.state === 'error' ? status.message : ''}
    </span>
  );
}
