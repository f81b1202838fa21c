// When a student may see right answers. Pure, so the rule is unit-tested and used identically by
// every page and action.
export type RevealPolicy = 'after_each' | 'after_submission' | 'after_due' | 'never';

export type RevealState = { policy: RevealPolicy; submitted: boolean; dueAt: Date | null; now: Date };

/** Whether the key of one answered question may be shown. */
export function canRevealAnswer(s: RevealState, answered: boolean): boolean {
  switch (s.policy) {
    case 'after_each':
      return answered || s.submitted;
    case 'after_submission':
      return s.submitted;
    case 'after_due':
      return s.submitted && (s.dueAt === null || s.now >= s.dueAt);
    case 'never':
      return false;
  }
}

/** Whether right/wrong may be shown for an answered question (the score shows after submission). */
export function canShowCorrectness(s: RevealState, answered: boolean): boolean {
  return canRevealAnswer(s, answered);
}
