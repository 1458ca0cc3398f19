/** Number formatting as Dutch readers expect it: `367.947`, `12,5`, `-0,25`. */

/** The d3-format locale (as used by Vega) for Dutch numbers. */
export const DUTCH_NUMBER_LOCALE = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['€ ', ''] as [string, string],
};

export interface DutchNumberOptions {
  /** Digits after the decimal comma; without it, as many as the value needs, at most `maxDecimals`. */
  decimals?: number;
  /** Upper bound when `decimals` is not given; 2 unless told. */
  maxDecimals?: number;
  /** Whether to separate thousands with a dot; false for years and codes. */
  grouping?: boolean;
}

/** Formats a number the Dutch way; non-finite numbers become an en dash. */
export function formatDutchNumber(value: number, options: DutchNumberOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const maxDecimals = options.maxDecimals ?? 2;
  const decimals = options.decimals ?? decimalsNeeded(Number(value.toFixed(maxDecimals)), maxDecimals);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** How many decimals a value needs to be shown without noise, at most `max`. */
export function decimalsNeeded(value: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  for (let d = 0; d < max; d++) {
    const rounded = Number(value.toFixed(d));
    if (Math.abs(rounded - value) < 1e-9 * Math.max(1, Math.abs(value))) return d;
  }
  return max;
}
