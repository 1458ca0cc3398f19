import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lib/index.ts';

describe('escapeRegExp', () => {
  it('matches a name with regular-expression characters literally', () => {
    const pattern = new RegExp(`^${escapeRegExp('St. Anthonis (NB) [oud]+?')}$`);
    expect(pattern.test('St. Anthonis (NB) [oud]+?')).toBe(true);
    expect(pattern.test('StX Anthonis (NB) [oud]+?')).toBe(false);
  });
});
