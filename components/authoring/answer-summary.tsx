import type { ContentQuestion } from '@/questions/question-schema';

/** The question as its teacher checks it: options with the keyed one marked, or the expected answer. */
export function AnswerSummary({ q }: { q: ContentQuestion }) {
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it':
      return (
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {q.options.map((o) => {
            const right = o.id === q.answer.correct;
            return (
              <li
                key={o.id}
                className={`rounded-lg border px-3 py-1.5 ${right ? 'border-emerald-500 bg-emerald-50 font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100' : 'border-slate-200 dark:border-slate-700'}`}
              >
                {right ? <span className="sr-only">Correct answer: </span> : null}
                {right ? '✓ ' : ''}
                {o.text}
              </li>
            );
          })}
        </ul>
      );
    case 'true_false':
      return <p className="mt-2 text-sm">Answer: <strong>{q.answer.value ? 'True' : 'False'}</strong></p>;
    case 'cloze':
      return (
        <p className="mt-2 text-sm">
          Answer: <strong>{q.answer.text}</strong>
          {q.answer.aliases.length ? <span className="text-slate-600 dark:text-slate-400"> (also accepts {q.answer.aliases.join(', ')})</span> : null}
        </p>
      );
    case 'numeric':
      return (
        <p className="mt-2 text-sm">
          Answer: <strong>{q.answer.value.toLocaleString('en')}</strong>
          {q.answer.unit ? ` ${q.answer.unit}` : ''}
          {q.answer.tolerance ? ` (± ${q.answer.tolerance.toLocaleString('en')})` : ''}
        </p>
      );
    case 'matching':
      return (
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {q.left.map((l) => (
            <li key={l.id}>
              {l.text} → <strong>{q.right.find((r) => r.id === q.answer.pairs[l.id])?.text}</strong>
            </li>
          ))}
        </ul>
      );
    case 'ordering':
      return (
        <ol className="mt-2 list-decimal pl-5 text-sm">
          {q.answer.order.map((id) => (
            <li key={id}>{q.items.find((i) => i.id === id)?.text}</li>
          ))}
        </ol>
      );
  }
}
