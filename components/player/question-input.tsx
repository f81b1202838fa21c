'use client';

import { useId } from 'react';
import { OPTION_LETTERS } from '@/lib/attempts/describe-answer';
import type { PlayerQuestion, Reveal } from '@/lib/attempts/player-types';
import type { GivenAnswer } from '@/questions/grading';

type Props = {
  question: PlayerQuestion;
  value: GivenAnswer | undefined;
  onChange: (answer: GivenAnswer | undefined) => void;
  locked: boolean;
  reveal?: Reveal;
};

const box = 'rounded-xl border px-4 py-3 transition-colors';

/** Real form controls for every question type, labelled for screen readers. */
export function QuestionInput(props: Props) {
  const { question } = props;
  switch (question.type) {
    case 'multiple_choice':
    case 'who_said_it':
    case 'true_false':
      return <ChoiceInput {...props} />;
    case 'cloze':
      return <TextInput {...props} />;
    case 'numeric':
      return <NumberInput {...props} />;
    case 'matching':
      return <MatchingInput {...props} />;
    case 'ordering':
      return <OrderingInput {...props} />;
  }
}

function ChoiceInput({ question, value, onChange, locked, reveal }: Props) {
  const name = useId();
  const isTrueFalse = question.type === 'true_false';
  const selected = value?.kind === 'choice' ? value.optionId : value?.kind === 'boolean' ? String(value.value) : undefined;
  return (
    <div className="flex flex-col gap-2" role="radiogroup" aria-label="Options">
      {question.choices!.map((c, i) => {
        const checked = selected === c.id;
        const right = reveal?.correctOptionId === c.id;
        const wrongPick = reveal && checked && !right;
        const tone = right ? 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950' : wrongPick ? 'border-red-600 bg-red-50 dark:bg-red-950' : checked ? 'border-brand-600 bg-brand-50 dark:bg-slate-800' : 'border-slate-300 dark:border-slate-700';
        return (
          <label key={c.id} className={`${box} flex cursor-pointer items-start gap-3 ${tone} ${locked ? 'cursor-default' : 'hover:border-brand-600'}`}>
            <input
              type="radio"
              name={name}
              value={c.id}
              checked={checked}
              disabled={locked}
              onChange={() => onChange(isTrueFalse ? { kind: 'boolean', value: c.id === 'true' } : { kind: 'choice', optionId: c.id })}
              className="mt-1 accent-brand-600"
            />
            <span>
              <span className="mr-2 font-semibold text-slate-600 dark:text-slate-300" aria-hidden="true">
                {isTrueFalse ? i + 1 : OPTION_LETTERS[i]}
              </span>
              {c.text}
              {right && reveal ? <span className="sr-only"> (right answer)</span> : null}
            </span>
          </label>
        );
      })}
    </div>
  );
}

function TextInput({ value, onChange, locked }: Props) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Your answer (the missing word or words)
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        disabled={locked}
        value={value?.kind === 'text' ? value.text : ''}
        onChange={(e) => onChange(e.target.value.trim() ? { kind: 'text', text: e.target.value } : undefined)}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-lg text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
    </div>
  );
}

function NumberInput({ question, value, onChange, locked }: Props) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Your answer (a number{question.unit ? `, in ${question.unit}` : ''})
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          disabled={locked}
          defaultValue={value?.kind === 'number' ? String(value.value) : ''}
          onChange={(e) => {
            const n = Number(e.target.value.replace(/[,\s]/g, ''));
            onChange(e.target.value.trim() && Number.isFinite(n) ? { kind: 'number', value: n } : undefined);
          }}
          className="min-h-11 w-48 rounded-lg border border-slate-300 bg-white px-3 py-2 text-lg text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        {question.unit ? <span className="text-slate-600 dark:text-slate-300">{question.unit}</span> : null}
      </div>
    </div>
  );
}

function MatchingInput({ question, value, onChange, locked, reveal }: Props) {
  const pairs = value?.kind === 'pairs' ? value.pairs : {};
  const base = useId();
  const update = (leftId: string, rightId: string) => {
    const next = { ...pairs, [leftId]: rightId };
    if (!rightId) delete next[leftId];
    onChange(Object.keys(next).length === question.left!.length ? { kind: 'pairs', pairs: next } : { kind: 'pairs', pairs: next });
  };
  return (
    <div className="flex flex-col gap-3">
      {question.left!.map((l) => {
        const id = `${base}-${l.id}`;
        const right = reveal?.correctPairs?.[l.id];
        const ok = reveal ? pairs[l.id] === right : undefined;
        return (
          <div key={l.id} className={`${box} flex flex-col gap-2 sm:flex-row sm:items-center ${ok === true ? 'border-emerald-600' : ok === false ? 'border-red-600' : 'border-slate-300 dark:border-slate-700'}`}>
            <label htmlFor={id} className="font-medium sm:w-1/3">
              {l.text}
            </label>
            <select
              id={id}
              disabled={locked}
              value={pairs[l.id] ?? ''}
              onChange={(e) => update(l.id, e.target.value)}
              className="min-h-11 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
            >
              <option value="">Choose…</option>
              {question.right!.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

function OrderingInput({ question, value, onChange, locked }: Props) {
  const order = value?.kind === 'order' ? value.order : question.items!.map((i) => i.id);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange({ kind: 'order', order: next });
    // Keep focus on the moved item so arrow keys can carry it further.
    requestAnimationFrame(() => document.getElementById(`order-item-${item}`)?.focus());
  };
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-300" id="ordering-help">
        Earliest at the top. Focus an event and press the up or down arrow to move it, or use its buttons.
      </p>
      <ol className="flex flex-col gap-2" aria-describedby="ordering-help">
        {order.map((id, i) => {
          const item = question.items!.find((it) => it.id === id)!;
          return (
            <li
              key={id}
              id={`order-item-${id}`}
              tabIndex={locked ? -1 : 0}
              aria-label={`${i + 1} of ${order.length}: ${item.text}`}
              onKeyDown={(e) => {
                if (locked) return;
                if (e.key === 'ArrowUp') {
                  e.preventDefault();
                  move(i, i - 1);
                } else if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  move(i, i + 1);
                }
              }}
              className={`${box} flex items-center gap-3 border-slate-300 focus-visible:border-brand-600 dark:border-slate-700`}
            >
              <span className="w-6 text-right font-semibold text-slate-600 dark:text-slate-300" aria-hidden="true">
                {i + 1}.
              </span>
              <span className="flex-1">{item.text}</span>
              {!locked ? (
                <span className="flex gap-1">
                  <button type="button" className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`Move “${item.text}” up`}>
                    ↑
                  </button>
                  <button type="button" className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600" onClick={() => move(i, i + 1)} disabled={i === order.length - 1} aria-label={`Move “${item.text}” down`}>
                    ↓
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
