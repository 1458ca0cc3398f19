import { describe, expect, it } from 'vitest';
import { formatDutchNumber } from '../../../src/channels/presentation/dutch-number-format.ts';

describe('formatDutchNumber', () => {
  it.each([
    [367_947, '367.947'],
    [12.5, '12,5'],
    [1_234_567.891, '1.234.567,89'],
    [-4_500.25, '-4.500,25'],
    [0.1 + 0.2, '0,3'],
    [-0.001, '0'],
    [999, '999'],
    [1_000, '1.000'],
    [2.345, '2,35'],
  ])('%d → %s', (value, expected) => {
    expect(formatDutchNumber(value)).toBe(expected);
  });

  it('honours fixed decimals and no grouping', () => {
    expect(formatDutchNumber(13, { decimals: 1 })).toBe('13,0');
    expect(formatDutchNumber(2023, { grouping: false })).toBe('2023');
    expect(formatDutchNumber(Number.NaN)).toBe('–');
    expect(formatDutchNumber(1 / 3, { maxDecimals: 4 })).toBe('0,3333');
    expect(formatDutchNumber(-12_345.5, { decimals: 2 })).toBe('-12.345,50');
  });
});
