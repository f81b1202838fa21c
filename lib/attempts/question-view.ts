// Turns a stored question into what a student sees (options shuffled by the attempt's seed) and,
// separately, into its reveal (the key). Kept in two functions so that a missing policy check
// cannot leak a key into the first.
import type { AnswerKey } from '@/questions/grading';
import { seededShuffle } from '@/questions/player/shuffle';
import type { PublicOptions, QuestionType } from '@/questions/question-schema';
import type { Evidence, PlayerQuestion, Reveal } from './player-types';

export type StoredQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  options: unknown;
  answerKey: unknown;
  feedback: unknown;
  explanation: string;
  evidence: unknown;
};

export function toPlayerQuestion(q: StoredQuestion, seed: number, shuffle: boolean): PlayerQuestion {
  const options = q.options as PublicOptions;
  const order = <T,>(items: T[], key: string) => (shuffle ? seededShuffle(items, seed, `${q.id}:${key}`) : items);
  const base: PlayerQuestion = { id: q.id, type: q.type, prompt: q.prompt };
  switch (options.kind) {
    case 'choices':
      // True/false keeps True before False.
      return { ...base, choices: q.type === 'true_false' ? options.choices : order(options.choices, 'choices') };
    case 'matching':
      return { ...base, left: options.left, right: order(options.right, 'right') };
    case 'ordering':
      return { ...base, items: order(options.items, 'items') };
    case 'none': {
      const unit = q.type === 'numeric' ? (q.answerKey as { unit?: string }).unit : undefined;
      return unit ? { ...base, unit } : base;
    }
  }
}

function formatNumber(n: number): string {
  return Math.abs(n) >= 1000 ? n.toLocaleString('en-US') : String(n);
}

export function toReveal(q: StoredQuestion, chosenOptionId?: string): Reveal {
  const options = q.options as PublicOptions;
  const key = q.answerKey as AnswerKey;
  const evidence = (q.evidence as { text: string; sentenceIndex: number; articleId: string }[]).map((e): Evidence => ({ text: e.text, sentenceIndex: e.sentenceIndex, articleId: e.articleId }));
  const feedbackMap = (q.feedback ?? {}) as Record<string, string>;
  const reveal: Reveal = { correctText: '', explanation: q.explanation, evidence };
  if (chosenOptionId && feedbackMap[chosenOptionId]) reveal.feedback = feedbackMap[chosenOptionId];
  if ('correct' in key && options.kind === 'choices') {
    reveal.correctOptionId = key.correct;
    reveal.correctText = options.choices.find((c) => c.id === key.correct)?.text ?? '';
  } else if (q.type === 'true_false' && 'value' in key) {
    reveal.correctOptionId = key.value ? 'true' : 'false';
    reveal.correctText = key.value ? 'True' : 'False';
  } else if ('text' in key) {
    reveal.correctText = key.text + (key.aliases?.length ? ` (also accepted: ${key.aliases.join(', ')})` : '');
  } else if ('value' in key && typeof key.value === 'number') {
    reveal.correctText = `${formatNumber(key.value)}${key.unit ? ` ${key.unit}` : ''}${key.tolerance ? ` (± ${formatNumber(key.tolerance)})` : ''}`;
  } else if ('pairs' in key && options.kind === 'matching') {
    reveal.correctPairs = key.pairs;
    reveal.correctText = options.left.map((l) => `${l.text} → ${options.right.find((r) => r.id === key.pairs[l.id])?.text ?? '?'}`).join('; ');
  } else if ('order' in key && options.kind === 'ordering') {
    reveal.correctOrder = key.order;
    reveal.correctText = key.order.map((id, i) => `${i + 1}. ${options.items.find((it) => it.id === id)?.text ?? '?'}`).join(' ');
  }
  return reveal;
}
