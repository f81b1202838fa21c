'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { publishSetAction } from '@/app/(teacher)/teach/sets/actions';
import { Button } from '@/components/ui/button';

export function PublishPanel({ setId, approved, initialVisibility, published }: { setId: string; approved: number; initialVisibility: 'private' | 'public'; published: boolean }) {
  const router = useRouter();
  const [visibility, setVisibility] = useState(initialVisibility);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <section aria-labelledby="publish-heading" className="flex flex-col gap-3 rounded-2xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="publish-heading" className="font-semibold">
        {published ? 'Publish your changes' : 'Publish'}
      </h2>
      <fieldset className="flex flex-col gap-2 text-sm">
        <legend className="sr-only">Who can use this set</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="visibility" className="mt-0.5 size-4" checked={visibility === 'private'} onChange={() => setVisibility('private')} />
          <span>
            <strong>Private</strong> — only your classes, through assignments
          </span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="visibility" className="mt-0.5 size-4" checked={visibility === 'public'} onChange={() => setVisibility('public')} />
          <span>
            <strong>Public</strong> — in the library for anyone to practise; any teacher can see its answers and copy it
          </span>
        </label>
      </fieldset>
      <Button
        type="button"
        disabled={pending || approved === 0}
        onClick={() =>
          start(async () => {
            const result = await publishSetAction({ setId, visibility });
            if (!result.ok) return setMessage(result.message);
            router.push(`/teach/sets/${setId}?published=${result.data.version}`);
          })
        }
      >
        {pending ? 'Publishing…' : `Publish ${approved} approved ${approved === 1 ? 'question' : 'questions'}`}
      </Button>
      {approved === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">Approve at least one question to publish.</p> : null}
      <div role="alert" className="empty:hidden">
        {message ? <p className="text-sm text-red-700 dark:text-red-400">{message}</p> : null}
      </div>
    </section>
  );
}
