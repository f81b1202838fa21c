// What the browser receives about an attempt. Built by lib/attempts/player-dto.ts; the answer key
// appears only inside `reveal`, and only when the attempt's reveal policy allows it.
import type { GivenAnswer } from '@/questions/grading';
import type { QuestionType } from '@/questions/question-schema';

export type Choice = { id: string; text: string };

export type PlayerQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  choices?: Choice[];
  left?: Choice[];
  right?: Choice[];
  items?: Choice[];
  unit?: string;
};

export type Evidence = { text: string; sentenceIndex: number; articleId: string };

export type Reveal = {
  /** The right answer as a student reads it ("Andrei Belousov", "False", "11,000"). */
  correctText: string;
  correctOptionId?: string;
  correctPairs?: Record<string, string>;
  correctOrder?: string[];
  explanation: string;
  evidence: Evidence[];
  /** Feedback written for the option the student chose, when there is some. */
  feedback?: string;
};

export type PlayerResponse = { answer: GivenAnswer; correct?: boolean; score?: number; reveal?: Reveal };

export type PlayerAttempt = {
  id: string;
  kind: 'quiz' | 'review';
  setTitle: string;
  setSlug: string;
  mode: 'practice' | 'test';
  revealPolicy: 'after_each' | 'after_submission' | 'after_due' | 'never';
  status: 'in_progress' | 'submitted';
  questions: PlayerQuestion[];
  responses: Record<string, PlayerResponse>;
  currentIndex: number;
  flagged: string[];
  startedAt: string;
  deadlineAt: string | null;
  /** After submission, where the policy allows: the keys of questions left unanswered. */
  unansweredReveals: Record<string, Reveal>;
};

export type AnswerResult = { questionId: string; response: PlayerResponse };
