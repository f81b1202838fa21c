// The reverse of question-row.ts: a stored question back in the content-question shape, for the
// authoring editor, for copying sets and for export. Only for the set's owner (it carries the key).
import type { StoredQuestion } from '@/lib/attempts/question-view';
import type { ContentQuestion, PublicOptions } from '@/questions/question-schema';
import type { StoredEvidence } from './question-row';

/** A stored question with the lineage that names it across versions (its id in content form). */
export type QuestionRow = Omit<StoredQuestion, 'id'> & { lineageId: string };

export function rowToContentQuestion(row: QuestionRow): ContentQuestion {
  const options = row.options as PublicOptions;
  const key = row.answerKey as Record<string, unknown>;
  const common = {
    id: row.lineageId,
    prompt: row.prompt,
    explanation: row.explanation,
    evidence: (row.evidence as StoredEvidence[]).map((e) => e.text),
    ...(row.feedback ? { feedback: row.feedback as Record<string, string> } : {}),
  };
  switch (row.type) {
    case 'multiple_choice':
    case 'who_said_it':
      return { ...common, type: row.type, options: options.kind === 'choices' ? options.choices : [], answer: { correct: String(key.correct) } };
    case 'true_false':
      return { ...common, type: 'true_false', answer: { value: Boolean(key.value) } };
    case 'cloze':
      return { ...common, type: 'cloze', answer: { text: String(key.text), aliases: (key.aliases as string[]) ?? [], ...(key.rejects ? { rejects: key.rejects as string[] } : {}) } };
    case 'numeric':
      return { ...common, type: 'numeric', answer: { value: Number(key.value), tolerance: Number(key.tolerance ?? 0), ...(key.unit ? { unit: String(key.unit) } : {}) } };
    case 'matching':
      return { ...common, type: 'matching', left: options.kind === 'matching' ? options.left : [], right: options.kind === 'matching' ? options.right : [], answer: { pairs: key.pairs as Record<string, string> } };
    case 'ordering':
      return { ...common, type: 'ordering', items: options.kind === 'ordering' ? options.items : [], answer: { order: key.order as string[] } };
  }
}
