import { describe, expect, it } from 'vitest';
import { createPlayerStore, isLocked } from '@/components/player/player-store';
import type { PlayerAttempt } from '@/lib/attempts/player-types';

function attempt(overrides: Partial<PlayerAttempt> = {}): PlayerAttempt {
  return {
    id: 'a1',
    kind: 'quiz',
    setTitle: 'Set',
    setSlug: 'set',
    mode: 'practice',
    revealPolicy: 'after_each',
    status: 'in_progress',
    questions: [
      { id: 'q1', type: 'multiple_choice', prompt: 'One?', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] },
      { id: 'q2', type: 'cloze', prompt: 'Two _____.' },
      { id: 'q3', type: 'true_false', prompt: 'Three.', choices: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }] },
    ],
    responses: {},
    currentIndex: 1,
    flagged: [],
    startedAt: '2026-01-01T00:00:00Z',
    deadlineAt: null,
    unansweredReveals: {},
    ...overrides,
  };
}

describe('player store', () => {
  it('resumes at the stored question with the stored answers as drafts', () => {
    const store = createPlayerStore(attempt({ responses: { q1: { answer: { kind: 'choice', optionId: 'b' } } } }));
    expect(store.getState().index).toBe(1);
    expect(store.getState().drafts.q1).toEqual({ kind: 'choice', optionId: 'b' });
  });

  it('moves back and next within bounds', () => {
    const store = createPlayerStore(attempt());
    store.getState().next();
    store.getState().next();
    expect(store.getState().index).toBe(2);
    store.getState().goTo(-5);
    expect(store.getState().index).toBe(0);
    store.getState().back();
    expect(store.getState().index).toBe(0);
  });

  it('records a server response, locks it in practice, and clears errors', () => {
    const store = createPlayerStore(attempt());
    store.getState().setError('Network error');
    store.getState().recordResponse('q1', { answer: { kind: 'choice', optionId: 'a' }, correct: true, score: 1 });
    expect(store.getState().error).toBeNull();
    expect(store.getState().attempt.responses.q1?.correct).toBe(true);
    expect(isLocked(store.getState(), 'q1')).toBe(true);
    expect(isLocked(store.getState(), 'q2')).toBe(false);
  });

  it('keeps test answers changeable until submission', () => {
    const store = createPlayerStore(attempt({ mode: 'test', revealPolicy: 'after_submission' }));
    store.getState().recordResponse('q1', { answer: { kind: 'choice', optionId: 'a' } });
    expect(isLocked(store.getState(), 'q1')).toBe(false);
    expect(isLocked({ attempt: { ...store.getState().attempt, status: 'submitted' } }, 'q1')).toBe(true);
  });

  it('toggles flags', () => {
    const store = createPlayerStore(attempt());
    store.getState().toggleFlag('q2');
    expect(store.getState().attempt.flagged).toEqual(['q2']);
    store.getState().toggleFlag('q2');
    expect(store.getState().attempt.flagged).toEqual([]);
  });
});
