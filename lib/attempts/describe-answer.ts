// A student's answer as text ("B. Andrei Belousov", "11,000", "Putin → President; …"). Pure and
// free of server imports: the player and the results page both use it.
import type { GivenAnswer } from '@/questions/grading';
import type { PlayerQuestion } from './player-types';

export const OPTION_LETTERS = 'ABCDEFGHIJ';

export function describeAnswer(q: PlayerQuestion, a: GivenAnswer | undefined): string {
  if (!a) return 'No answer';
  switch (a.kind) {
    case 'choice': {
      const i = q.choices?.findIndex((c) => c.id === a.optionId) ?? -1;
      return i >= 0 ? `${q.type === 'true_false' ? '' : `${OPTION_LETTERS[i]}. `}${q.choices![i]!.text}` : 'Unknown option';
    }
    case 'boolean':
      return a.value ? 'True' : 'False';
    case 'text':
      return a.text;
    case 'number':
      return `${Math.abs(a.value) >= 1000 ? a.value.toLocaleString('en-US') : a.value}${q.unit ? ` ${q.unit}` : ''}`;
    case 'pairs':
      return (q.left ?? []).map((l) => `${l.text} → ${q.right?.find((r) => r.id === a.pairs[l.id])?.text ?? '—'}`).join('; ');
    case 'order':
      return a.order.map((id, i) => `${i + 1}. ${q.items?.find((it) => it.id === id)?.text ?? '?'}`).join(' ');
  }
}
