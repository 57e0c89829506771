import { describe, expect, it } from 'vitest';
import { nameList, proseList } from '../../src/text/name-list';

describe('lists of names in a sentence', () => {
  it('joins plain names with commas and a final "and"', () => {
    expect(proseList(['Formosa'])).toBe('Formosa');
    expect(proseList(['Formosa', 'Southern Indochina'])).toBe('Formosa and Southern Indochina');
    expect(proseList(['Borneo', 'Java', 'Sumatra'])).toBe('Borneo, Java and Sumatra');
  });

  it('falls back to semicolons when a name holds "and" or a comma, so it still reads as one place', () => {
    expect(proseList(['Formosa', 'Malaya and Singapore'])).toBe('Formosa; Malaya and Singapore');
    expect(proseList(['Celebes and Sulu Seas, Makassar Strait', 'Java Sea'])).toBe(
      nameList(['Celebes and Sulu Seas, Makassar Strait', 'Java Sea']),
    );
  });
});
