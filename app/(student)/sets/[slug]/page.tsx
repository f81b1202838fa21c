import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatArticleDate, QUESTION_TYPE_LABEL, SECONDS_PER_TYPE } from '@/components/question-type-label';
import { SetStartActions } from '@/components/library/set-start-actions';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getSetOverview } from '@/lib/library/get-set-overview';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ highlight?: string; evidence?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const set = await getSetOverview((await params).slug, (await getCurrentUser())?.id);
  return { title: set?.title ?? 'Set not found' };
}

export default async function SetPage({ params, searchParams }: Props) {
  const user = await getCurrentUser();
  const set = await getSetOverview((await params).slug, user?.id);
  if (!set) notFound();
  const query = await searchParams;
  const highlight = Number(query.highlight);
  const showEvidence = query.evidence === '1';
  const minutes = Math.max(1, Math.round(set.typeCounts.reduce((sum, t) => sum + t.count * SECONDS_PER_TYPE[t.type], 0) / 60));
  return (
    <article className="flex flex-col gap-8">
      <div>
        <Link href="/" className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
          ← Library
        </Link>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{set.title}</h1>
        {set.description ? <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{set.description}</p> : null}
        <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Questions</dt>
            <dd className="font-semibold">{set.questionCount}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Estimated time</dt>
            <dd className="font-semibold">about {minutes} min</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Version</dt>
            <dd className="font-semibold">{set.version}</dd>
          </div>
          {set.topic ? (
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Topic</dt>
              <dd className="font-semibold">{set.topic}</dd>
            </div>
          ) : null}
        </dl>
        <SetStartActions set={set} user={user} />
        <ul className="mt-4 flex flex-wrap gap-2" aria-label="Question types">
          {set.typeCounts.map((t) => (
            <li key={t.type} className="rounded-full bg-slate-100 px-3 py-1 text-sm dark:bg-slate-800">
              {QUESTION_TYPE_LABEL[t.type]} × {t.count}
            </li>
          ))}
        </ul>
      </div>

      {set.articles.map((article) => (
        <section key={article.id} aria-labelledby={`article-${article.id}`} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          <h2 id={`article-${article.id}`} className="text-xl font-semibold">
            {article.title ?? 'The article (title not given)'}
          </h2>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-600 dark:text-slate-400">Published</dt>
            <dd>{formatArticleDate(article.publishedOn)}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Source</dt>
            <dd className="break-all">
              {article.sourceUrl ? (
                <a href={article.sourceUrl} className="text-brand-700 underline dark:text-brand-300" rel="noopener noreferrer">
                  {article.sourceUrl}
                </a>
              ) : (
                'Unknown'
              )}
            </dd>
            <dt className="text-slate-600 dark:text-slate-400">Licence</dt>
            <dd>{[article.licence, article.attribution].filter(Boolean).join(' · ') || 'Unknown'}</dd>
          </dl>
          {article.note ? <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">{article.note}</p> : null}
          <p className="mt-4 text-sm">
            {showEvidence ? (
              <Link href={`/sets/${set.slug}`} className="font-semibold text-brand-700 underline dark:text-brand-300">
                Hide the evidence sentences
              </Link>
            ) : (
              <Link href={`/sets/${set.slug}?evidence=1`} className="font-semibold text-brand-700 underline dark:text-brand-300">
                Highlight the {article.evidenceSentences} sentences that prove this set’s answers
              </Link>
            )}
          </p>
          <div className="mt-4 max-w-prose space-y-3 font-serif text-[1.05rem] leading-relaxed">
            {article.paragraphs.map((sentences, i) => (
              <p key={i}>
                {sentences.map((sentence) => {
                  const marked = sentence.index === highlight || (showEvidence && sentence.evidence);
                  return (
                    <span key={sentence.index}>
                      <span id={`s-${sentence.index}`} className={`scroll-mt-24 ${marked ? 'rounded bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300' : ''}`}>
                        {sentence.text}
                      </span>{' '}
                    </span>
                  );
                })}
              </p>
            ))}
          </div>
        </section>
      ))}
    </article>
  );
}
