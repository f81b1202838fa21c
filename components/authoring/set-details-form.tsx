'use client';

import { useState } from 'react';
import { updateSetDetailsAction } from '@/app/(teacher)/teach/sets/actions';
import type { Workspace } from '@/lib/authoring/load-workspace';
import { SaveStatusText, useAutosave } from './use-autosave';

const input = 'min-h-10 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

export function SetDetailsForm({ set }: { set: Workspace['set'] }) {
  const [details, setDetails] = useState({ title: set.title, topic: set.topic ?? '', description: set.description ?? '' });
  const status = useAutosave(details, (d) => updateSetDetailsAction({ setId: set.id, ...d }));
  return (
    <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
      <label className="flex flex-col gap-1 text-sm font-medium">
        Set title
        <input className={`${input} text-lg font-semibold`} value={details.title} onChange={(e) => setDetails({ ...details, title: e.target.value })} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Topic
        <input className={input} value={details.topic} placeholder="e.g. World news" onChange={(e) => setDetails({ ...details, topic: e.target.value })} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium sm:col-span-2">
        Description (optional)
        <input className={input} value={details.description} onChange={(e) => setDetails({ ...details, description: e.target.value })} />
      </label>
      <SaveStatusText status={status} />
    </div>
  );
}
