import Link from 'next/link';
import type { PlayerResponse } from '@/lib/attempts/player-types';

/** Whether an answer was right, the right answer, why, and the sentence of the article that proves it. */
export function FeedbackPanel({ response, setSlug }: { response: PlayerResponse; setSlug: string }) {
  const { reveal } = response;
  if (!reveal) {
    return <p className="text-slate-700 dark:text-slate-300">Answer saved. You will see whether it is right {response.correct === undefined ? 'when the results are released' : ''}.</p>;
  }
  const right = response.correct;
  const partial = !right && (response.score ?? 0) > 0;
  return (
    <div className={`rounded-xl border-l-4 p-4 ${right ? 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950' : partial ? 'border-amber-500 bg-amber-50 dark:bg-amber-950' : 'border-red-600 bg-red-50 dark:bg-red-950'}`}>
      <p className="font-semibold">{right ? 'Right!' : partial ? `Partly right (${Math.round((response.score ?? 0) * 100)}%)` : 'Not quite.'}</p>
      {!right ? (
        <p className="mt-1">
          <span className="font-medium">Right answer:</span> {reveal.correctText}
        </p>
      ) : null}
      {reveal.feedback && !right ? <p className="mt-1">{reveal.feedback}</p> : null}
      <p className="mt-2">{reveal.explanation}</p>
      {reveal.evidence.length ? (
        <figure className="mt-3">
          <figcaption className="text-sm font-medium text-slate-700 dark:text-slate-300">From the article</figcaption>
          {reveal.evidence.map((e) => (
            <blockquote key={e.sentenceIndex} className="mt-1 border-l-2 border-slate-400 pl-3 font-serif italic">
              {e.text}{' '}
              <Link href={`/sets/${setSlug}?highlight=${e.sentenceIndex}#s-${e.sentenceIndex}`} className="not-italic text-sm font-semibold text-brand-700 underline dark:text-brand-300">
                Read it in the article
              </Link>
            </blockquote>
          ))}
        </figure>
      ) : null}
    </div>
  );
}
