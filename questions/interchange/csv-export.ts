// A set as a spreadsheet: one row per question, every type written out in words, for reading,
// printing or reviewing with colleagues (not for importing anywhere).
import type { ContentQuestion } from '../question-schema';
import { toCsv } from './csv';

export const CSV_COLUMNS = ['Number', 'Type', 'Prompt', 'Options', 'Correct answer', 'Explanation', 'Evidence'];

const TYPE_NAMES: Record<ContentQuestion['type'], string> = {
  multiple_choice: 'Multiple choice',
  who_said_it: 'Who said it',
  true_false: 'True or false',
  cloze: 'Fill in the blank',
  numeric: 'Number',
  matching: 'Matching',
  ordering: 'Ordering',
};

export function exportCsv(questions: readonly ContentQuestion[]): string {
  return toCsv(
    CSV_COLUMNS,
    questions.map((q, i) => [i + 1, TYPE_NAMES[q.type], q.prompt, options(q), correct(q), q.explanation, q.evidence.join('\n')]),
  );
}

// Line breaks between items keep each one readable in a cell.
function options(q: ContentQuestion): string {
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it':
      return q.options.map((o) => o.text).join('\n');
    case 'true_false':
      return 'True\nFalse';
    case 'matching':
      return [...q.left.map((l) => l.text), '—', ...q.right.map((r) => r.text)].join('\n');
    case 'ordering':
      return q.items.map((i) => i.text).join('\n');
    case 'cloze':
    case 'numeric':
      return '';
  }
}

function correct(q: ContentQuestion): string {
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it':
      return q.options.find((o) => o.id === q.answer.correct)?.text ?? '';
    case 'true_false':
      return q.answer.value ? 'True' : 'False';
    case 'cloze':
      return [q.answer.text, ...q.answer.aliases].join(' / ');
    case 'numeric':
      return `${q.answer.value}${q.answer.tolerance ? ` ± ${q.answer.tolerance}` : ''}${q.answer.unit ? ` ${q.answer.unit}` : ''}`;
    case 'matching': {
      const text = (list: { id: string; text: string }[], id: string) => list.find((c) => c.id === id)?.text ?? id;
      return Object.entries(q.answer.pairs).map(([l, r]) => `${text(q.left, l)} → ${text(q.right, r)}`).join('\n');
    }
    case 'ordering': {
      const text = new Map(q.items.map((i) => [i.id, i.text]));
      return q.answer.order.map((id, k) => `${k + 1}. ${text.get(id) ?? id}`).join('\n');
    }
  }
}
