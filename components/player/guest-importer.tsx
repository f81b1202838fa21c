'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { importGuestAttemptAction } from '@/app/(student)/sets/guest-actions';
import { readGuestRecords } from './guest-record';

/**
 * Mounted for signed-in users: imports any guest attempt kept in this browser, once, then clears
 * it. The server grades the answers again; the browser's idea of right and wrong is not sent.
 */
export function GuestImporter() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const records = readGuestRecords();
    if (records.length === 0) return;
    void (async () => {
      let imported = 0;
      for (const { key, attempt, meta } of records) {
        const answers = Object.entries(attempt.responses).map(([questionId, r]) => ({ questionId, answer: r.answer, answeredAt: meta.answeredAt[questionId] ?? meta.startedAt }));
        const result = await importGuestAttemptAction({ guestKey: meta.guestKey, setVersionId: meta.setVersionId, seed: meta.seed, startedAt: meta.startedAt, answers });
        if (result.ok || result.status === 404) {
          localStorage.removeItem(key);
          localStorage.removeItem(`${key}:meta`);
          if (result.ok) imported++;
        }
      }
      if (imported) {
        setMessage(`Your guest practice was saved to your account (${imported} attempt${imported === 1 ? '' : 's'}).`);
        router.refresh();
      }
    })();
  }, [router]);
  return message ? (
    <p role="status" className="mx-auto mb-4 max-w-5xl rounded-lg bg-emerald-50 px-4 py-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
      {message}
    </p>
  ) : null;
}
