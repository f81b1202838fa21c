'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { addArticleAction, addOwnQuestionAction } from '@/app/(teacher)/teach/sets/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import type { Workspace } from '@/lib/authoring/load-workspace';
import type { ContentQuestion } from '@/questions/question-schema';
import { ArticleFields, DraftingProgress } from './article-fields';
import { QuestionEditor, blankQuestion } from './question-editor';

type OwnType = Parameters<typeof blankQuestion>[0];
const OWN_TYPES: { type: OwnType; label: string }[] = [
  { type: 'multiple_choice', label: 'Multiple choice' },
  { type: 'true_false', label: 'True or false' },
  { type: 'cloze', label: 'Typed answer' },
  { type: 'numeric', label: 'Number' },
];
const select = 'min-h-10 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

/** The teacher's own question, with an optional evidence sentence picked from the set's articles. */
export function AddQuestionPanel({ setId, articles, onAdded }: { setId: string; articles: Workspace['articles']; onAdded: () => void }) {
  const [type, setType] = useState<OwnType>('multiple_choice');
  const [q, setQ] = useState<ContentQuestion>(() => blankQuestion('multiple_choice'));
  const [evidence, setEvidence] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <details className="rounded-2xl border border-slate-200 p-4 dark:border-slate-800">
      <summary className="cursor-pointer font-semibold">Add your own question</summary>
      <div className="mt-3 flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Type
          <select
            className={select}
            value={type}
            onChange={(e) => {
              const t = e.target.value as OwnType;
              setType(t);
              setQ(blankQuestion(t));
            }}
          >
            {OWN_TYPES.map((t) => (
              <option key={t.type} value={t.type}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <QuestionEditor question={q} onChange={setQ} idPrefix="own" />
        <label className="flex flex-col gap-1 text-sm font-medium">
          Evidence sentence (optional)
          <select className={select} value={evidence} onChange={(e) => setEvidence(e.target.value)}>
            <option value="">None</option>
            {articles.map((a) => (
              <optgroup key={a.id} label={a.title ?? 'Article'}>
                {a.paragraphs.flat().map((s) => (
                  <option key={s.index} value={`${a.id}:${s.index}`}>
                    {s.text.length > 110 ? `${s.text.slice(0, 110)}…` : s.text}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-3">
          <Button
            type="button"
            disabled={pending}
            onClick={() =>
              start(async () => {
                const [articleId, index] = evidence ? evidence.split(':') : [null, null];
                const result = await addOwnQuestionAction({ setId, edit: q, articleId, sentenceIndex: index == null ? null : Number(index) });
                if (!result.ok) return setMessage(result.message);
                setMessage(null);
                setQ(blankQuestion(type));
                onAdded();
              })
            }
          >
            Add question
          </Button>
          <div role="alert" className="empty:hidden">
            {message ? <p className="text-sm text-red-700 dark:text-red-400">{message}</p> : null}
          </div>
        </div>
      </div>
    </details>
  );
}

/** Another article's drafts appended to this set (a weekly quiz across several stories). */
export function AddArticlePanel({ setId }: { setId: string }) {
  const router = useRouter();
  return (
    <details className="rounded-2xl border border-slate-200 p-4 dark:border-slate-800">
      <summary className="cursor-pointer font-semibold">Add another article</summary>
      <ActionForm
        action={async (prev, form) => {
          const result = await addArticleAction(prev, form);
          if (result.ok) router.refresh();
          return result;
        }}
        success="Drafts added below for review."
        className="mt-3 flex flex-col gap-4"
      >
        {({ pending, errors }) => (
          <>
            <input type="hidden" name="setId" value={setId} />
            <ArticleFields errors={errors} pending={pending} />
            {pending ? <DraftingProgress /> : null}
            <div>
              <Button type="submit" disabled={pending}>
                {pending ? 'Drafting…' : 'Draft questions from it'}
              </Button>
            </div>
          </>
        )}
      </ActionForm>
    </details>
  );
}
