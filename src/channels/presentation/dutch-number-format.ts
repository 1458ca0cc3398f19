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

const formatters = new Map<string, Intl.NumberFormat>();

/** One `Intl.NumberFormat('nl-NL')` per combination of options, built once. */
function dutchFormatter(minDecimals: number, maxDecimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${minDecimals}:${maxDecimals}:${grouping}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      useGrouping: grouping,
      // -0,001 rounds to 0, not to "-0".
      signDisplay: 'negative',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats a number the Dutch way (`Intl.NumberFormat('nl-NL')`); non-finite numbers become an en dash. */
export function formatDutchNumber(value: number, options: DutchNumberOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const maxDecimals = options.decimals ?? options.maxDecimals ?? 2;
  return dutchFormatter(options.decimals ?? 0, maxDecimals, options.grouping !== false).format(value);
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
