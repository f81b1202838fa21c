// A question reduced to what a format must carry, by text rather than option id (formats identify
// answers by their text), so an original and its round trip can be compared with toEqual.
import type { ImportedQuestion } from '@/questions/interchange/from-interchange';
import type { ContentQuestion } from '@/questions/question-schema';

/** Our prompts write the gap with any run of underscores; imports write five. */
export const normalizeBlank = (s: string) => s.replace(/_{3,}/g, '_____');

export function canonical(q: ContentQuestion | ImportedQuestion) {
  const fb = q.feedback ?? {};
  const prompt = normalizeBlank(q.prompt);
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it':
      return {
        type: q.type,
        prompt,
        options: q.options.map((o) => o.text),
        correct: q.options.find((o) => o.id === q.answer.correct)?.text,
        feedback: Object.fromEntries(q.options.filter((o) => fb[o.id]).map((o) => [o.text, fb[o.id]])),
      };
    case 'true_false':
      return { type: q.type, prompt, value: q.answer.value, feedback: { ...fb } };
    case 'cloze':
      return { type: q.type, prompt, text: q.answer.text, aliases: q.answer.aliases, rejects: q.answer.rejects ?? [] };
    case 'numeric':
      return { type: q.type, prompt, value: q.answer.value, tolerance: q.answer.tolerance, unit: q.answer.unit };
    case 'matching': {
      const text = (list: { id: string; text: string }[], id: string) => list.find((c) => c.id === id)?.text;
      return {
        type: q.type,
        prompt,
        left: q.left.map((l) => l.text),
        right: [...q.right.map((r) => r.text)].sort(),
        pairs: Object.fromEntries(Object.entries(q.answer.pairs).map(([l, r]) => [text(q.left, l), text(q.right, r)])),
      };
    }
    case 'ordering':
      return { type: q.type, prompt, order: q.answer.order.map((id) => q.items.find((i) => i.id === id)?.text) };
  }
}

/** What GIFT makes of our types: who-said-it is multiple choice, ordering is position matching, units join the prompt. */
export function asGiftWouldCarry(q: ContentQuestion) {
  const c = canonical(q);
  if (c.type === 'who_said_it') return { ...c, type: 'multiple_choice' };
  if (q.type === 'ordering' && c.type === 'ordering') {
    const pairs = Object.fromEntries(c.order.map((t, i) => [String(i + 1), t]));
    return { type: 'matching', prompt: c.prompt, left: Object.keys(pairs), right: [...c.order].sort(), pairs };
  }
  if (q.type === 'numeric' && c.type === 'numeric' && c.unit) return { ...c, prompt: `${c.prompt} (${c.unit})`, unit: undefined };
  return c;
}
