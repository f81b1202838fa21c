// A question's label in the player, the results and the teacher's review: a typed answer with no
// gap in its prompt is no fill-in-the-blank.
import { describe, expect, it } from 'vitest';
import { questionLabel } from '@/components/question-type-label';

describe('questionLabel', () => {
  it('calls a typed who-said-it "Type the answer" and a sentence with a gap "Fill in the blank"', () => {
    expect(questionLabel({ type: 'cloze', prompt: 'Who said these words? “We will not change our position.”' })).toBe('Type the answer');
    expect(questionLabel({ type: 'cloze', prompt: 'Fill in the blank: _____ visited Pyongyang on Tuesday.' })).toBe('Fill in the blank');
    expect(questionLabel({ type: 'who_said_it', prompt: 'Who said: “We will not change our position”?' })).toBe('Who said it');
  });
});
