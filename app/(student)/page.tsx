import Link from 'next/link';
import { formatArticleDate, QUESTION_TYPE_LABEL } from '@/components/question-type-label';
import { buttonClass } from '@/components/ui/button';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listLibrarySets } from '@/lib/library/list-library-sets';

export const dynamic = 'force-dynamic';

export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  const query = typeof q === 'string' ? q : '';
  const user = await getCurrentUser();
  const sets = await listLibrarySets({ query, userId: user?.id });
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Library</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">Question sets from the news, newest articles first. Every answer comes with the sentence that proves it.</p>
      </div>
      <form role="search" className="flex gap-2" action="/">
        <label htmlFor="library-search" className="sr-only">
          Search sets by title or topic
        </label>
        <input id="library-search" name="q" type="search" defaultValue={query} placeholder="Search by title or topic" className="min-h-10 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100" />
        <button type="submit" className={buttonClass('secondary')}>
          Search
        </button>
      </form>
      {sets.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-300">{query ? `No sets match “${query}”.` : 'No published sets yet.'}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="Question sets">
          {sets.map((set) => (
            <li key={set.slug}>
              <Link
                href={`/sets/${set.slug}`}
                className="flex h-full flex-col gap-2 rounded-xl border border-slate-200 p-5 transition-colors hover:border-brand-600 hover:bg-brand-50/50 dark:border-slate-800 dark:hover:border-brand-300 dark:hover:bg-slate-900"
              >
                <div className="flex flex-wrap items-center gap-2 text-xs font-medium text-slate-600 dark:text-slate-400">
                  {set.topic ? <span className="rounded-full bg-slate-100 px-2 py-0.5 dark:bg-slate-800">{set.topic}</span> : null}
                  <span>As of {formatArticleDate(set.articleDate)}</span>
                </div>
                <h2 className="text-lg font-semibold leading-snug">{set.title}</h2>
                {set.description ? <p className="text-sm text-slate-600 dark:text-slate-300">{set.description}</p> : null}
                <p className="mt-auto pt-2 text-sm text-slate-700 dark:text-slate-200">
                  {set.questionCount} questions · about {set.minutes} min · {set.types.map((t) => QUESTION_TYPE_LABEL[t]).join(', ')}
                </p>
                {set.lastAttemptAt ? (
                  <p className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
                    {set.best !== null ? `Your best: ${set.best}% · ` : ''}last tried {set.lastAttemptAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}
                  </p>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
