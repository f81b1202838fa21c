'use client';

import type { ContentQuestion } from '@/questions/question-schema';

const input = 'min-h-10 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
const label = 'flex flex-col gap-1 text-sm font-medium';

type Props = { question: ContentQuestion; onChange: (q: ContentQuestion) => void; idPrefix: string };

const LETTERS = 'abcdefgh';

/** Edits one question of any type in place: prompt, options or answer, explanation. */
export function QuestionEditor({ question: q, onChange, idPrefix }: Props) {
  const set = (patch: Partial<ContentQuestion>) => onChange({ ...q, ...patch } as ContentQuestion);
  return (
    <div className="flex flex-col gap-3">
      <label className={label}>
        Question
        <textarea className={`${input} min-h-20`} value={q.prompt} onChange={(e) => set({ prompt: e.target.value })} />
      </label>
      <AnswerFields question={q} onChange={onChange} idPrefix={idPrefix} />
      <label className={label}>
        Explanation (shown with the answer)
        <textarea className={`${input} min-h-16`} value={q.explanation} onChange={(e) => set({ explanation: e.target.value })} />
      </label>
    </div>
  );
}

function AnswerFields({ question: q, onChange, idPrefix }: Props) {
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it': {
      const options = q.options;
      const update = (next: typeof options, correct = q.answer.correct) => onChange({ ...q, options: next, answer: { correct } });
      return (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Options (select the correct one)</legend>
          {options.map((o, i) => (
            <div key={o.id} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${idPrefix}-correct`}
                aria-label={`Option ${i + 1} is correct`}
                checked={q.answer.correct === o.id}
                onChange={() => update(options, o.id)}
                className="size-5 accent-emerald-600"
              />
              <input className={input} aria-label={`Option ${i + 1}`} value={o.text} onChange={(e) => update(options.map((x) => (x.id === o.id ? { ...x, text: e.target.value } : x)))} />
              {options.length > 2 ? (
                <button
                  type="button"
                  className="min-h-10 rounded-lg px-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                  aria-label={`Remove option ${i + 1}`}
                  onClick={() => {
                    const next = options.filter((x) => x.id !== o.id);
                    update(next, q.answer.correct === o.id ? next[0]!.id : q.answer.correct);
                  }}
                >
                  ✕
                </button>
              ) : null}
            </div>
          ))}
          {options.length < 6 ? (
            <button
              type="button"
              className="self-start text-sm font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
              onClick={() => update([...options, { id: [...LETTERS].find((l) => !options.some((o) => o.id === l))!, text: '' }])}
            >
              + Add an option
            </button>
          ) : null}
        </fieldset>
      );
    }
    case 'true_false':
      return (
        <fieldset className="flex gap-4">
          <legend className="mb-1 text-sm font-medium">The statement is</legend>
          {[true, false].map((v) => (
            <label key={String(v)} className="flex items-center gap-2 text-sm">
              <input type="radio" name={`${idPrefix}-tf`} checked={q.answer.value === v} onChange={() => onChange({ ...q, answer: { value: v } })} className="size-5 accent-emerald-600" />
              {v ? 'True' : 'False'}
            </label>
          ))}
        </fieldset>
      );
    case 'cloze':
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className={label}>
            Answer
            <input className={input} value={q.answer.text} onChange={(e) => onChange({ ...q, answer: { ...q.answer, text: e.target.value } })} />
          </label>
          <label className={label}>
            Also accept (comma-separated)
            <input
              className={input}
              value={q.answer.aliases.join(', ')}
              onChange={(e) => onChange({ ...q, answer: { ...q.answer, aliases: e.target.value.split(',').map((s) => s.trim()).filter(Boolean) } })}
            />
          </label>
        </div>
      );
    case 'numeric':
      return (
        <div className="grid gap-3 sm:grid-cols-3">
          <label className={label}>
            Answer
            <input className={input} type="number" step="any" value={Number.isFinite(q.answer.value) ? q.answer.value : ''} onChange={(e) => onChange({ ...q, answer: { ...q.answer, value: e.target.valueAsNumber } })} />
          </label>
          <label className={label}>
            Accept ±
            <input className={input} type="number" min={0} step="any" value={q.answer.tolerance} onChange={(e) => onChange({ ...q, answer: { ...q.answer, tolerance: Number.isFinite(e.target.valueAsNumber) ? e.target.valueAsNumber : 0 } })} />
          </label>
          <label className={label}>
            Unit
            <input className={input} value={q.answer.unit ?? ''} onChange={(e) => onChange({ ...q, answer: { ...q.answer, unit: e.target.value || undefined } })} />
          </label>
        </div>
      );
    case 'matching':
      return (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Pairs</legend>
          {q.left.map((l, i) => {
            const r = q.right.find((x) => x.id === q.answer.pairs[l.id]);
            return (
              <div key={l.id} className="grid grid-cols-[1fr_auto_1fr] items-center gap-2">
                <input className={input} aria-label={`Left item ${i + 1}`} value={l.text} onChange={(e) => onChange({ ...q, left: q.left.map((x) => (x.id === l.id ? { ...x, text: e.target.value } : x)) })} />
                <span aria-hidden>→</span>
                <input
                  className={input}
                  aria-label={`Matches item ${i + 1}`}
                  value={r?.text ?? ''}
                  onChange={(e) => onChange({ ...q, right: q.right.map((x) => (x.id === r?.id ? { ...x, text: e.target.value } : x)) })}
                />
              </div>
            );
          })}
        </fieldset>
      );
    case 'ordering':
      return (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Events, earliest first</legend>
          {q.answer.order.map((itemId, i) => {
            const item = q.items.find((x) => x.id === itemId)!;
            return (
              <input key={itemId} className={input} aria-label={`Event ${i + 1}`} value={item.text} onChange={(e) => onChange({ ...q, items: q.items.map((x) => (x.id === itemId ? { ...x, text: e.target.value } : x)) })} />
            );
          })}
        </fieldset>
      );
  }
}

/** A blank question of a type, for "add your own question". */
export function blankQuestion(type: 'multiple_choice' | 'true_false' | 'cloze' | 'numeric'): ContentQuestion {
  const common = { id: 'new', prompt: '', explanation: '', evidence: ['-'] };
  switch (type) {
    case 'multiple_choice':
      return { ...common, type, options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: '' })), answer: { correct: 'a' } };
    case 'true_false':
      return { ...common, type, answer: { value: true } };
    case 'cloze':
      return { ...common, type, answer: { text: '', aliases: [] } };
    case 'numeric':
      return { ...common, type, answer: { value: Number.NaN, tolerance: 0 } };
  }
}
