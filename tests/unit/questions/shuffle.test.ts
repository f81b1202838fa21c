import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededShuffle } from '@/questions/player/shuffle';

describe('seeded shuffle', () => {
  const ids = Array.from({ length: 18 }, (_, i) => `q${i + 1}`);

  it('gives the same order for the same seed and key (a resumed attempt looks the same)', () => {
    expect(seededShuffle(ids, 12345)).toEqual(seededShuffle(ids, 12345));
    expect(seededShuffle(['a', 'b', 'c', 'd'], 7, 'q3')).toEqual(seededShuffle(['a', 'b', 'c', 'd'], 7, 'q3'));
  });

  it('gives different orders for different seeds and keys', () => {
    expect(seededShuffle(ids, 1)).not.toEqual(seededShuffle(ids, 2));
    expect(seededShuffle(ids, 1, 'a')).not.toEqual(seededShuffle(ids, 1, 'b'));
  });

  it('property: is a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (items, seed) => {
        const copy = [...items];
        const shuffled = seededShuffle(items, seed);
        expect(items).toEqual(copy);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('puts each option first about equally often over many seeds', () => {
    const firsts: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
    for (let seed = 0; seed < 4000; seed++) firsts[seededShuffle(['a', 'b', 'c', 'd'], seed, 'q')[0]!]!++;
    for (const n of Object.values(firsts)) expect(n).toBeGreaterThan(850);
  });
});
