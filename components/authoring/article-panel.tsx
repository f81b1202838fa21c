'use client';

import { useEffect, useRef } from 'react';
import { formatArticleDate } from '@/components/question-type-label';
import type { Workspace } from '@/lib/authoring/load-workspace';

/** The articles, with the selected draft's evidence sentences highlighted and scrolled into view. */
export function ArticlePanel({ articles, highlight }: { articles: Workspace['articles']; highlight: { articleId: string; sentenceIndex: number }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = highlight.map((h) => `${h.articleId}:${h.sentenceIndex}`).join(',');
  useEffect(() => {
    ref.current?.querySelector('mark')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [key]);
  const marked = new Set(key.split(','));
  return (
    <div ref={ref} aria-label="Article with evidence" role="region" className="flex max-h-[calc(100vh-8rem)] flex-col gap-6 overflow-y-auto rounded-2xl border border-slate-200 p-5 dark:border-slate-800">
      {articles.map((a) => (
        <article key={a.id}>
          <h2 className="text-lg font-semibold">{a.title ?? 'Untitled article'}</h2>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {formatArticleDate(a.publishedOn)}
            {a.licence ? ` · ${a.licence}` : ''}
            {a.sourceUrl ? (
              <>
                {' · '}
                <a href={a.sourceUrl} className="underline" rel="noreferrer noopener" target="_blank">
                  source
                </a>
              </>
            ) : null}
          </p>
          <div className="mt-3 flex flex-col gap-3 font-serif leading-relaxed">
            {a.paragraphs.map((p, i) => (
              <p key={i}>
                {p.map((s) =>
                  marked.has(`${a.id}:${s.index}`) ? (
                    <mark key={s.index} className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-700 dark:text-white">
                      {s.text}{' '}
                    </mark>
                  ) : (
                    <span key={s.index}>{s.text} </span>
                  ),
                )}
              </p>
            ))}
          </div>
        </article>
      ))}
    </div>
  );
}
