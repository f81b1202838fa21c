// Interchange questions that our own types never produce but GIFT can say: weights, several right
// answers, numeric ranges, catch-all feedback, essays, descriptions, other text formats.
import type { InterchangeQuestion } from '@/questions/interchange/interchange-question';

export const INTERCHANGE_EXTRAS: InterchangeQuestion[] = [
  {
    title: 'Weighted: select all',
    prompt: "What two people are entombed in Grant's tomb?",
    format: 'moodle',
    type: 'choice',
    multipleAnswers: true,
    answers: [
      { text: 'No one', weight: -100, feedback: 'Someone is.' },
      { text: 'Grant', weight: 50 },
      { text: "Grant's wife", weight: 50, feedback: 'Julia Grant.' },
      { text: "Grant's father", weight: -33.33333 },
    ],
    generalFeedback: 'Both Grant and his wife.',
  },
  {
    title: 'Partial credit',
    prompt: 'Difficult question.',
    format: 'plain',
    type: 'choice',
    multipleAnswers: false,
    answers: [
      { text: 'wrong answer', weight: 0 },
      { text: 'half credit answer', weight: 50 },
      { text: 'full credit answer', weight: 100, feedback: 'Yes: #1 {of} all = ~ best.' },
    ],
  },
  { title: 'Missing word choice', prompt: 'Grant is ', promptAfter: " in Grant's tomb.", format: 'moodle', type: 'choice', multipleAnswers: false, answers: [{ text: 'buried', weight: 0 }, { text: 'entombed', weight: 100 }] },
  { title: 'TF both feedbacks', prompt: 'The sun rises in the west.', format: 'moodle', type: 'true_false', value: false, feedbackWhenRight: 'Right.', feedbackWhenWrong: 'It rises in the east.' },
  { title: 'TF right feedback only', prompt: 'The sun rises in the east.', format: 'moodle', type: 'true_false', value: true, feedbackWhenRight: 'Yes.' },
  {
    title: 'Short answer weights',
    prompt: 'Jesus Christ was from ',
    promptAfter: '.',
    format: 'moodle',
    type: 'short_answer',
    answers: [
      { text: 'Nazareth', weight: 100, feedback: "Yes! That's right!" },
      { text: 'Nazereth', weight: 75, feedback: 'Right, but misspelled.' },
      { text: 'Bethlehem', weight: 0 },
    ],
  },
  { title: 'Numeric range', prompt: 'What is pi to 3 places?', format: 'moodle', type: 'numeric', answers: [{ kind: 'range', min: 3.141, max: 3.142, weight: 100 }] },
  {
    title: 'Numeric several',
    prompt: 'When was Ulysses S. Grant born?',
    format: 'moodle',
    type: 'numeric',
    answers: [
      { kind: 'tolerance', value: 1822, tolerance: 0, weight: 100, feedback: 'Correct!' },
      { kind: 'tolerance', value: 1822, tolerance: 2, weight: 50, feedback: 'Close.' },
      { kind: 'range', min: -1e21, max: 0.0000015, weight: 10 },
      { kind: 'other', weight: 0, feedback: 'Look it up.' },
    ],
  },
  { title: 'Matching with a distractor', prompt: 'Match.', format: 'moodle', type: 'matching', pairs: [{ left: 'cat', right: 'mammal' }, { left: 'trout', right: 'fish -> water' }, { left: '', right: 'bird' }] },
  { title: 'Essay', prompt: 'Write a short biography of Dag Hammarskjöld.', format: 'moodle', type: 'essay', generalFeedback: 'A model answer.' },
  { title: 'Description', prompt: 'You may use a calculator for the next questions.', format: 'moodle', type: 'description' },
  { title: 'Title: with {special} #chars = ~ \\ ok', prompt: '[html] looks like a tag', format: 'moodle', type: 'true_false', value: true },
  { title: 'HTML', prompt: '<p>Is <b>this</b> bold?</p>', format: 'html', type: 'true_false', value: true, generalFeedback: '<i>Yes</i>' },
  { prompt: 'No title, markdown **text**', format: 'markdown', type: 'short_answer', answers: [{ text: '%50% is not a weight', weight: 100 }, { text: 'also', weight: 100 }] },
];
