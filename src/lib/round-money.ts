/** Rounds an amount to whole cents; results shown to users are rounded, computations are not. */
export function roundMoney(amount: number): number {
  const rounded = Math.round((amount + Number.EPSILON * Math.sign(amount)) * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Rounds a percentage to one decimal (13.333… → 13.3). */
export function roundPercent(percent: number): number {
  const rounded = Math.round(percent * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}
