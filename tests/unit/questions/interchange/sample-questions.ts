// One question of every type, with the details a format must carry (feedback, aliases, rejects,
// tolerance, unit, a matching distractor), for the round-trip tests.
import type { ContentQuestion } from '@/questions/question-schema';

const common = { explanation: 'The article says so.', evidence: ['Putin’s previous visit to Pyongyang was in July 2000.'] };

export const SAMPLE_QUESTIONS: ContentQuestion[] = [
  {
    ...common,
    id: 'mc',
    type: 'multiple_choice',
    prompt: 'When did Putin last visit Pyongyang before this trip?',
    options: [
      { id: 'a', text: 'September 2000' },
      { id: 'b', text: 'July 2000' },
      { id: 'c', text: 'July 2010' },
    ],
    answer: { correct: 'b' },
    feedback: { a: 'September is when Kim visited Russia.', c: 'The article dates it to 2000: {not} 2010 #1 = wrong ~ really.' },
  },
  {
    ...common,
    id: 'who',
    type: 'who_said_it',
    prompt: '“We will not be dictated to.” Who said it?',
    options: [
      { id: 'a', text: 'Dmitry Peskov' },
      { id: 'b', text: 'Yuri Ushakov' },
    ],
    answer: { correct: 'a' },
  },
  { ...common, id: 'tf-true', type: 'true_false', prompt: 'Putin will travel to Vietnam after North Korea.', answer: { value: true }, feedback: { false: 'The Kremlin says he will.' } },
  { ...common, id: 'tf-false', type: 'true_false', prompt: 'The visit was postponed.', answer: { value: false }, feedback: { false: 'Right: it goes ahead.', true: 'It was not postponed.' } },
  {
    ...common,
    id: 'cloze-mid',
    type: 'cloze',
    prompt: 'Russia and North Korea might sign a ____ agreement during the visit.',
    answer: { text: 'partnership', aliases: ['partnership agreement'], rejects: ['trade'] },
  },
  { ...common, id: 'cloze-end', type: 'cloze', prompt: 'Which city did Putin visit in July 2000?', answer: { text: 'Pyongyang', aliases: [] } },
  { ...common, id: 'num', type: 'numeric', prompt: 'How many years since Putin’s previous visit?', answer: { value: 24, tolerance: 0 } },
  { ...common, id: 'num-tol', type: 'numeric', prompt: 'Roughly how many containers were shipped (thousands)?', answer: { value: -11.5, tolerance: 0.25 } },
  {
    ...common,
    id: 'match',
    type: 'matching',
    prompt: 'Match each person to their role.',
    left: [
      { id: 'l1', text: 'Dmitry Peskov' },
      { id: 'l2', text: 'Yuri Ushakov' },
    ],
    right: [
      { id: 'r1', text: 'Kremlin spokesman' },
      { id: 'r2', text: 'Foreign policy adviser' },
      { id: 'r3', text: 'Defence minister' },
    ],
    answer: { pairs: { l1: 'r1', l2: 'r2' } },
  },
  {
    ...common,
    id: 'order',
    type: 'ordering',
    prompt: 'Put these events in order, earliest first.',
    items: [
      { id: 'x', text: 'Putin visits Vietnam' },
      { id: 'y', text: 'Putin visits Pyongyang (2000)' },
      { id: 'z', text: 'Kim visits the Far East' },
    ],
    answer: { order: ['y', 'z', 'x'] },
  },
];

export const byId = (id: string) => SAMPLE_QUESTIONS.find((q) => q.id === id)!;
