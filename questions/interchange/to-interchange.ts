// Our question → the interchange model. Lossless except for option ids (formats identify answers by
// their text); the choices a format cannot make (ordering in GIFT, units in Aiken) are made by each
// format's exporter, which notes them.
import { CLOZE_GAP as BLANK } from '../cloze-gap';
import type { ContentQuestion } from '../question-schema';
import { composeGeneralFeedback } from './general-feedback';
import type { InterchangeQuestion, WeightedAnswer } from './interchange-question';

export function toInterchange(q: ContentQuestion): InterchangeQuestion {
  const common = {
    id: q.id,
    title: q.id,
    prompt: q.prompt,
    // Our texts are plain: 'plain' keeps Moodle from reading a "<" in a prompt as markup.
    format: 'plain' as const,
    generalFeedback: composeGeneralFeedback(q.explanation, q.evidence),
  };
  const feedback = q.feedback ?? {};
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it': {
      const answers = q.options.map((o): WeightedAnswer => withFeedback({ text: o.text, weight: o.id === q.answer.correct ? 100 : 0 }, feedback[o.id]));
      return { ...common, type: 'choice', multipleAnswers: false, answers, ...(q.type === 'who_said_it' ? { sourceType: 'who_said_it' as const } : {}) };
    }
    case 'true_false': {
      const right = feedback[String(q.answer.value)];
      const wrong = feedback[String(!q.answer.value)];
      return { ...common, type: 'true_false', value: q.answer.value, ...(right ? { feedbackWhenRight: right } : {}), ...(wrong ? { feedbackWhenWrong: wrong } : {}) };
    }
    case 'cloze': {
      const accepted = [q.answer.text, ...q.answer.aliases].map((text): WeightedAnswer => ({ text, weight: 100 }));
      // Rejected look-alikes are Moodle's 0 % short answers: matched first, never credited.
      const rejected = (q.answer.rejects ?? []).map((text): WeightedAnswer => ({ text, weight: 0 }));
      return { ...common, ...splitAtBlank(q.prompt), type: 'short_answer', answers: [...accepted, ...rejected] };
    }
    case 'numeric':
      return {
        ...common,
        type: 'numeric',
        answers: [{ kind: 'tolerance', value: q.answer.value, tolerance: q.answer.tolerance, weight: 100 }],
        ...(q.answer.unit ? { unit: q.answer.unit } : {}),
      };
    case 'matching': {
      const rightText = new Map(q.right.map((r) => [r.id, r.text]));
      const used = new Set(Object.values(q.answer.pairs));
      const pairs = q.left.map((l) => ({ left: l.text, right: rightText.get(q.answer.pairs[l.id] ?? '') ?? '' }));
      const distractors = q.right.filter((r) => !used.has(r.id)).map((r) => ({ left: '', right: r.text }));
      return { ...common, type: 'matching', pairs: [...pairs, ...distractors] };
    }
    case 'ordering': {
      const text = new Map(q.items.map((i) => [i.id, i.text]));
      return { ...common, type: 'ordering', items: q.answer.order.map((id) => text.get(id) ?? id) };
    }
  }
}

function withFeedback(answer: WeightedAnswer, feedback: string | undefined): WeightedAnswer {
  return feedback ? { ...answer, feedback } : answer;
}

/**
 * A cloze prompt "The ____ said." becomes a missing-word question: the answers take the blank's
 * place. A blank with nothing after it stays in the prompt, since GIFT puts a block at the very end
 * after the question, not in a gap.
 */
function splitAtBlank(prompt: string): { prompt: string; promptAfter?: string } {
  const m = BLANK.exec(prompt);
  if (!m) return { prompt };
  const after = prompt.slice(m.index + m[0].length);
  if (!after.trim()) return { prompt };
  return { prompt: prompt.slice(0, m.index), promptAfter: after };
}
