'use client';

import { useState } from 'react';
import { createAssignmentAction } from '@/app/(teacher)/teach/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';

const select = 'min-h-10 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
const label = 'flex flex-col gap-1 text-sm font-medium';

/** datetime-local values are in the teacher's time zone; the server receives UTC instants. */
function toIso(local: string): string {
  return local ? new Date(local).toISOString() : '';
}

function localNow(offsetHours = 0): string {
  const d = new Date(Date.now() + offsetHours * 3_600_000);
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * Assigns a set to a class: from a class page (fixed class, choice of sets) or from a set's page
 * (fixed set, choice of classes; the teacher then lands on the new assignment).
 */
export function AssignmentForm({
  classId,
  classes,
  sets,
  students,
}: {
  classId?: string;
  classes?: { id: string; name: string }[];
  sets: { slug: string; title: string }[];
  students: { id: string; name: string }[];
}) {
  const [opens, setOpens] = useState(() => localNow());
  const [due, setDue] = useState(() => localNow(7 * 24));
  return (
    <ActionForm action={createAssignmentAction} success="Assigned: your students can see it now." className="grid gap-4 sm:grid-cols-2">
      {({ pending, errors }) => (
        <>
          {classId ? (
            <input type="hidden" name="classId" value={classId} />
          ) : (
            <>
              <input type="hidden" name="then" value="open" />
              <label className={`${label} sm:col-span-2`}>
                Class
                <select name="classId" className={select} required>
                  {(classes ?? []).map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          <input type="hidden" name="opensAt" value={toIso(opens)} />
          <input type="hidden" name="dueAt" value={toIso(due)} />
          {sets.length === 1 && !classId ? (
            <input type="hidden" name="setSlug" value={sets[0]!.slug} />
          ) : (
            <label className={`${label} sm:col-span-2`}>
              Question set
              <select name="setSlug" className={select} required>
                {sets.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className={label}>
            Opens (your time)
            <input type="datetime-local" value={opens} onChange={(e) => setOpens(e.target.value)} className={select} />
          </label>
          <label className={label}>
            Due (your time)
            <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} className={select} aria-invalid={errors?.dueAt ? true : undefined} aria-describedby={errors?.dueAt ? 'due-error' : undefined} />
            {errors?.dueAt ? (
              <span id="due-error" className="text-red-700 dark:text-red-400">
                {errors.dueAt.join(' ')}
              </span>
            ) : null}
          </label>
          <label className={label}>
            Mode
            <select name="mode" defaultValue="test" className={select}>
              <option value="test">Test (answers at the end or later)</option>
              <option value="practice">Practice (answer after each question)</option>
            </select>
          </label>
          <label className={label}>
            Show answers
            <select name="reveal" defaultValue="after_due" className={select}>
              <option value="after_each">After each answer</option>
              <option value="after_submission">After submission</option>
              <option value="after_due">After the due date</option>
              <option value="never">Never (score only)</option>
            </select>
          </label>
          <label className={label}>
            Attempts allowed (empty = unlimited)
            <input type="number" name="attemptsAllowed" min={1} max={20} defaultValue={1} className={select} />
          </label>
          <label className={label}>
            Time limit in minutes (empty = none)
            <input type="number" name="timeLimitMin" min={1} max={600} className={select} />
          </label>
          <label className={label}>
            After the due date
            <select name="latePolicy" defaultValue="accept_late" className={select}>
              <option value="accept_late">Accept and mark late</option>
              <option value="close_at_due">Close at the due date</option>
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="shuffle" value="on" defaultChecked className="accent-brand-600" /> Shuffle questions and options
          </label>
          {students.length ? (
            <details className="sm:col-span-2">
              <summary className="cursor-pointer text-sm font-medium">Extra time for some students</summary>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {students.map((s) => (
                  <label key={s.id} className="flex items-center justify-between gap-2 text-sm">
                    {s.name}
                    <input type="number" name={`extra[${s.id}]`} min={0} max={600} placeholder="minutes" className="min-h-10 w-28 rounded-lg border border-slate-300 bg-white px-3 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100" />
                  </label>
                ))}
              </div>
            </details>
          ) : null}
          <Button type="submit" disabled={pending} className="sm:col-span-2 sm:justify-self-start">
            Assign
          </Button>
        </>
      )}
    </ActionForm>
  );
}
