'use client';

import { useEffect, useState } from 'react';

/**
 * Time left, shown every second but announced to screen readers only at 5 minutes, 1 minute and
 * when time is up (a timer read aloud every second makes a page unusable).
 */
export function AttemptTimer({ deadline }: { deadline: string }) {
  const end = new Date(deadline).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = Math.max(0, Math.round((end - now) / 1000));
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  const announcement = left === 0 ? 'Time is up.' : left <= 60 ? 'One minute left.' : left <= 300 ? 'Five minutes left.' : '';
  return (
    <div className="text-sm">
      <span aria-hidden="true" className={`font-mono font-semibold ${left <= 60 ? 'text-red-700 dark:text-red-400' : ''}`}>
        ⏱ {mm}:{ss}
      </span>
      <span className="sr-only">Time left: about {Math.ceil(left / 60)} minutes</span>
      <span className="sr-only" aria-live="assertive">
        {announcement}
      </span>
    </div>
  );
}
