'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { moveDraftAction, reviewDraftsAction } from '@/app/(teacher)/teach/sets/actions';
import type { Workspace, WorkspaceQuestion } from '@/lib/authoring/load-workspace';
import { AddArticlePanel, AddQuestionPanel } from './add-question-panel';
import { ArticlePanel } from './article-panel';
import { DraftCard } from './draft-card';
import { PublishPanel } from './publish-panel';
import { SetDetailsForm } from './set-details-form';

type Filter = 'all' | WorkspaceQuestion['review'];
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'pending', label: 'To review' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
];

/**
 * The review screen: each draft beside its evidence in the article. Every decision is saved as it
 * is made (optimistically, rolled back with a message if the server refuses).
 */
export function WorkspaceEditor({ workspace }: { workspace: Workspace }) {
  const router = useRouter();
  const [questions, setQuestions] = useState(workspace.questions);
  const [seen, setSeen] = useState(workspace.questions);
  if (seen !== workspace.questions) {
    // The server sent a newer workspace (an article or question was added): take it.
    setSeen(workspace.questions);
    setQuestions(workspace.questions);
  }
  const [selectedId, setSelectedId] = useState<string | null>(workspace.questions[0]?.id ?? null);
  const [filter, setFilter] = useState<Filter>('all');
  const [error, setError] = useState<string | null>(null);
  const [, start] = useTransition();

  const counts = { pending: 0, approved: 0, rejected: 0 };
  for (const q of questions) counts[q.review]++;
  const shown = questions.filter((q) => filter === 'all' || q.review === filter);
  const selected = questions.find((q) => q.id === selectedId) ?? null;
  const sentenceText = new Map(workspace.articles.flatMap((a) => a.paragraphs.flat().map((s) => [`${a.id}:${s.index}`, s.text] as const)));

  function apply(next: WorkspaceQuestion[], call: () => Promise<{ ok: boolean; message?: string }>) {
    const before = questions;
    setQuestions(next);
    setError(null);
    start(async () => {
      const result = await call().catch(() => ({ ok: false, message: 'Could not save: check your connection and try again.' }));
      if (!result.ok) {
        setQuestions(before);
        setError(result.message ?? 'That change was not saved.');
      }
    });
  }

  const review = (ids: string[], value: WorkspaceQuestion['review']) =>
    apply(
      questions.map((q) => (ids.includes(q.id) ? { ...q, review: value } : q)),
      () => reviewDraftsAction({ questionIds: ids, review: value }),
    );

  const move = (id: string, direction: 'up' | 'down') => {
    const i = questions.findIndex((q) => q.id === id);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= questions.length) return;
    const next = [...questions];
    [next[i], next[j]] = [next[j]!, next[i]!];
    apply(next, () => moveDraftAction({ questionId: id, direction }));
  };

  const pendingShown = shown.filter((q) => q.review === 'pending').map((q) => q.id);

  return (
    <div className="flex flex-col gap-6">
      <SetDetailsForm set={workspace.set} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Show">
            {FILTERS.map((f) => (
              <button
                key={f.value}
                type="button"
                aria-pressed={filter === f.value}
                onClick={() => setFilter(f.value)}
                className="min-h-9 rounded-full border border-slate-300 px-3 text-sm aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-600"
              >
                {f.label} ({f.value === 'all' ? questions.length : counts[f.value]})
              </button>
            ))}
            {pendingShown.length ? (
              <button type="button" className="ml-auto min-h-9 rounded-lg px-3 text-sm font-semibold text-emerald-800 hover:bg-emerald-50 dark:text-emerald-300 dark:hover:bg-emerald-950" onClick={() => review(pendingShown, 'approved')}>
                Approve all {pendingShown.length} to review
              </button>
            ) : null}
          </div>
          <div role="alert" className="empty:hidden">
            {error ? <p className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{error}</p> : null}
          </div>
          {shown.length === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
              {questions.length === 0 ? 'The engine found no questions it could stand behind in this article. Add your own below, or add another article.' : 'No questions here.'}
            </p>
          ) : (
            <ol className="flex flex-col gap-3" aria-label="Draft questions">
              {shown.map((q) => (
                <DraftCard
                  key={q.id}
                  draft={q}
                  number={questions.indexOf(q) + 1}
                  selected={q.id === selectedId}
                  evidenceText={q.evidence.map((e) => sentenceText.get(`${e.articleId}:${e.sentenceIndex}`) ?? '').filter(Boolean)}
                  onSelect={() => setSelectedId(q.id)}
                  onReview={(value) => review([q.id], value)}
                  onMove={(direction) => move(q.id, direction)}
                  onEdited={(edited) => setQuestions((all) => all.map((x) => (x.id === q.id ? { ...x, question: edited, review: 'approved' } : x)))}
                />
              ))}
            </ol>
          )}
          <AddQuestionPanel setId={workspace.set.id} articles={workspace.articles} onAdded={() => router.refresh()} />
          <AddArticlePanel setId={workspace.set.id} />
        </div>
        <div className="flex min-w-0 flex-col gap-4 lg:sticky lg:top-4 lg:self-start">
          <PublishPanel setId={workspace.set.id} approved={counts.approved} initialVisibility={workspace.set.visibility} published={workspace.set.status === 'published'} />
          <div className="hidden lg:block">
            <ArticlePanel articles={workspace.articles} highlight={selected?.evidence ?? []} />
          </div>
        </div>
      </div>
    </div>
  );
}
