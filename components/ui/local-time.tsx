'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** A UTC instant shown in the viewer's own time zone (UTC on the server, the browser's after hydration). */
export function LocalTime({ iso, empty = '—' }: { iso: string | null; empty?: string }) {
  const local = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!iso) return <>{empty}</>;
  const d = new Date(iso);
  const text = local
    ? d.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })
    : `${d.toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
