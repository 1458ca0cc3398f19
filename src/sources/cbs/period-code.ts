/** CBS year period code: 2023 → `2023JJ00`. */
export function yearToPeriodCode(year: number): string {
  return `${String(year).padStart(4, '0')}JJ00`;
}

/** `2023JJ00` → 2023; other period kinds (`2023KW01`, `2023MM05`, half years) → null. */
export function periodCodeToYear(code: string): number | null {
  const match = /^(\d{4})JJ00$/.exec(code.trim());
  return match ? Number(match[1]) : null;
}
