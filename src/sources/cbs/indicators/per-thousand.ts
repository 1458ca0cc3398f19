export interface PerThousand {
  value: number;
  inhabitants: number;
  /** The computation as shown to users, e.g. "1234 / 367947 × 1000 = 3.4". */
  formula: string;
}

/** Rate per 1,000 inhabitants: value / inhabitants × 1000, rounded to one decimal. */
export function perThousandInhabitants(options: { value: number; inhabitants: number }): PerThousand | null {
  const { value, inhabitants } = options;
  if (!Number.isFinite(value) || !Number.isFinite(inhabitants) || inhabitants <= 0) return null;
  const rounded = roundOneDecimal((value / inhabitants) * 1000);
  return { value: rounded, inhabitants, formula: `${value} / ${inhabitants} × 1000 = ${rounded}` };
}

function roundOneDecimal(number: number): number {
  const rounded = Math.round((number + Number.EPSILON * Math.sign(number)) * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}
