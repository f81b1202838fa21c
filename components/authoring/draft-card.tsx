'use client';

import { useState } from 'react';
import { questionLabel } from '@/components/question-type-label';
import { saveDraftAction } from '@/app/(teacher)/teach/sets/actions';
import type { WorkspaceQuestion } from '@/lib/authoring/load-workspace';
import type { ContentQuestion } from '@/questions/question-schema';
import { AnswerSummary } from './answer-summary';
import { QuestionEditor } from './question-editor';
import { SaveStatusText, useAutosave } from './use-autosave';

const REVIEW_BADGE = {
  pending: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  approved: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  rejected: 'bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
} as const;
const REVIEW_LABEL = { pending: 'To review', approved: 'Approved', rejected: 'Rejected' } as const;
const small = 'min-h-9 rounded-lg border px-3 text-sm font-semibold';

type Props = {
  draft: WorkspaceQuestion;
  number: number;
  selected: boolean;
  evidenceText: string[];
  onSelect: () => void;
  onReview: (review: WorkspaceQuestion['review']) => void;
  onMove: (direction: 'up' | 'down') => void;
  onEdited: (q: ContentQuestion) => void;
};

function Editing({ draft, onEdited }: Pick<Props, 'draft' | 'onEdited'>) {
  const [edit, setEdit] = useState(draft.question);
  const status = useAutosave(edit, async (q) => {
    const result = await saveDraftAction({ questionId: draft.id, edit: q });
    if (result.ok) onEdited(q);
    return result;
  });
  return (
    <div className="mt-3 flex flex-col gap-2 rounded-xl bg-slate-50 p-3 dark:bg-slate-900">
      <QuestionEditor question={edit} onChange={setEdit} idPrefix={draft.id} />
      <SaveStatusText status={status} />
      <p className="text-xs text-slate-600 dark:text-slate-400">Changes save as you type; a saved edit counts as approved.</p>
    </div>
  );
}

/** One draft: what it asks, its key, the sentence that proves it, and the teacher's decisions. */
export function DraftCard({ draft, number, selected, evidenceText, onSelect, onReview, onMove, onEdited }: Props) {
  const [editing, setEditing] = useState(false);
  const q = draft.question;
  return (
    <li
      aria-label={`Question ${number}`}
      onFocusCapture={onSelect}
      onClick={onSelect}
      className={`rounded-2xl border p-4 transition-colors ${selected ? 'border-brand-500 ring-2 ring-brand-200 dark:ring-brand-900' : 'border-slate-200 dark:border-slate-800'} ${draft.review === 'rejected' ? 'opacity-70' : ''}`}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold text-slate-600 dark:text-slate-400">Q{number}</span>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">{questionLabel(q)}</span>
        <span className={`rounded px-1.5 py-0.5 font-semibold ${REVIEW_BADGE[draft.review]}`}>{REVIEW_LABEL[draft.review]}</span>
      </div>
      {editing ? null : <p className="mt-2 font-medium">{q.prompt}</p>}
      {editing ? <Editing draft={draft} onEdited={onEdited} /> : <AnswerSummary q={q} />}
      {!editing && q.explanation ? <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{q.explanation}</p> : null}
      {evidenceText.length ? (
        <blockquote className="mt-2 border-l-4 border-amber-300 pl-3 font-serif text-sm text-slate-700 dark:border-amber-700 dark:text-slate-300">
          <span className="sr-only">Evidence: </span>
          {evidenceText.join(' … ')}
        </blockquote>
      ) : (
        <p className="mt-2 text-sm text-slate-500">No evidence sentence.</p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {draft.review !== 'approved' ? (
          <button type="button" className={`${small} border-emerald-600 bg-emerald-600 text-white hover:bg-emerald-700`} onClick={() => onReview('approved')}>
            Approve
          </button>
        ) : null}
        {draft.review !== 'rejected' ? (
          <button type="button" className={`${small} border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`} onClick={() => onReview('rejected')}>
            Reject
          </button>
        ) : (
          <button type="button" className={`${small} border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`} onClick={() => onReview('pending')}>
            Restore
          </button>
        )}
        <button type="button" className={`${small} border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`} aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {editing ? 'Done editing' : 'Edit'}
        </button>
        <span className="ml-auto flex gap-1">
          <button type="button" className={`${small} border-slate-300 dark:border-slate-600`} aria-label={`Move question ${number} up`} onClick={() => onMove('up')}>
            ↑
          </button>
          <button type="button" className={`${small} border-slate-300 dark:border-slate-600`} aria-label={`Move question ${number} down`} onClick={() => onMove('down')}>
            ↓
          </button>
        </span>
      </div>
    </li>
  );
}
