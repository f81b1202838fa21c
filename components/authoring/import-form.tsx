'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { importQuestionsAction } from '@/app/(teacher)/teach/sets/actions';
import { Button, buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

const textarea = 'min-h-64 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

/** Paste or upload GIFT/Aiken; a malformed file names its line and creates nothing. */
export function ImportForm() {
  const [state, action, pending] = useActionState(importQuestionsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  if (state?.ok) {
    const { setId, imported, notes, unsupported } = state.data;
    return (
      <div className="flex flex-col gap-4" role="status">
        <p className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          Imported {imported} {imported === 1 ? 'question' : 'questions'} into a draft set. Review them, then publish.
        </p>
        {unsupported.length ? (
          <div>
            <h2 className="font-semibold">Not imported ({unsupported.length})</h2>
            <ul className="list-disc pl-5 text-sm">
              {unsupported.map((n, i) => (
                <li key={i}>
                  Line {n.line}
                  {n.title ? ` (${n.title})` : ''}: {n.reason}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {notes.length ? (
          <details>
            <summary className="cursor-pointer font-semibold">Changed on the way in ({notes.length})</summary>
            <ul className="list-disc pl-5 text-sm">
              {notes.map((n, i) => (
                <li key={i}>
                  Line {n.line}
                  {n.title ? ` (${n.title})` : ''}: {n.reason}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <Link href={`/teach/sets/${setId}/edit`} className={`${buttonClass()} self-start`}>
          Review the imported questions
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <Field label="New set title" name="title" error={errors?.title} required disabled={pending} />
      <fieldset className="flex gap-4 text-sm" disabled={pending}>
        <legend className="mb-1 font-medium">Format</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="format" value="gift" defaultChecked className="size-4" /> GIFT (Moodle)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="format" value="aiken" className="size-4" /> Aiken
        </label>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="import-source" className="text-sm font-medium">
          Questions
        </label>
        <textarea id="import-source" name="source" className={textarea} disabled={pending} aria-invalid={errors?.source ? true : undefined} placeholder={'::Capital:: What is the capital of France? {=Paris ~Lyon ~Marseille}'} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="text-sm font-medium">
          …or upload a file <span className="font-normal text-slate-600 dark:text-slate-400">(.txt or .gift, up to 1 MB)</span>
        </label>
        <input id="import-file" name="file" type="file" accept=".txt,.gift,text/plain" disabled={pending} className="text-sm" />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? 'Importing…' : 'Import questions'}
      </Button>
    </form>
  );
}
