'use client';

import { Field } from '@/components/ui/field';

const textarea =
  'min-h-64 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-serif text-base leading-relaxed text-slate-900 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
const MAX_BYTES = 1_000_000;

/** The article's text (pasted or uploaded) and its details; shared by "new set" and "add an article". */
export function ArticleFields({ errors, pending }: { errors?: Record<string, string[]>; pending: boolean }) {
  return (
    <fieldset disabled={pending} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="field-text" className="text-sm font-medium">
          Article text
        </label>
        <textarea
          id="field-text"
          name="text"
          className={textarea}
          placeholder="Paste the full text of a news article here…"
          aria-invalid={errors?.text?.length ? true : undefined}
          aria-describedby={errors?.text?.length ? 'field-text-error' : undefined}
        />
        {errors?.text?.length ? (
          <p id="field-text-error" className="text-sm text-red-700 dark:text-red-400">
            {errors.text.join(' ')}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-file" className="text-sm font-medium">
          …or upload a file <span className="font-normal text-slate-600 dark:text-slate-400">(.txt, .md or .html, up to 1 MB)</span>
        </label>
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          className="text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-semibold dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100"
          aria-invalid={errors?.file?.length ? true : undefined}
          onChange={(e) => {
            // Say so before sending: a file over the limit would otherwise be refused only after upload.
            const file = e.currentTarget.files?.[0];
            e.currentTarget.setCustomValidity(file && file.size > MAX_BYTES ? 'That file is over 1 MB.' : '');
            e.currentTarget.reportValidity();
            if (file && file.size > MAX_BYTES) e.currentTarget.value = '';
          }}
        />
        {errors?.file?.length ? <p className="text-sm text-red-700 dark:text-red-400">{errors.file.join(' ')}</p> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Article headline (optional)" name="articleTitle" error={errors?.articleTitle} />
        <Field label="Publication date (optional)" name="publishedOn" type="date" error={errors?.publishedOn} hint="Lets the engine resolve “Tuesday” or “last year”." />
        <Field label="Source URL (optional)" name="sourceUrl" type="url" inputMode="url" error={errors?.sourceUrl} placeholder="https://…" />
        <Field label="Licence (optional)" name="licence" error={errors?.licence} placeholder="e.g. CC BY 2.5, public domain" />
      </div>
    </fieldset>
  );
}

const STEPS = ['Reading the article', 'Finding people, places, numbers and quotes', 'Drafting questions', 'Checking and ranking drafts'];

/** Shown while the engine works: the steps it goes through, advancing while the request runs. */
export function DraftingProgress() {
  return (
    <div role="status" aria-live="polite" className="rounded-xl border border-brand-200 bg-brand-50 p-4 text-sm dark:border-brand-900 dark:bg-brand-950">
      <p className="font-semibold">Drafting questions…</p>
      <ol className="mt-2 flex flex-col gap-1">
        {STEPS.map((step, i) => (
          <li key={step} className="flex items-center gap-2 opacity-0" style={{ animation: `fade-in 0.3s ease ${i * 0.6}s forwards` }}>
            <span aria-hidden className="inline-block size-3 animate-pulse rounded-full bg-brand-600" />
            {step}
          </li>
        ))}
      </ol>
    </div>
  );
}
