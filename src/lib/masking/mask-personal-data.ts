/**
 * Masks personal data in free text before it is logged or stored: BSN numbers (nine digits that pass
 * the elfproef), e-mail addresses, Dutch phone numbers and IBANs. Other numbers (amounts, years,
 * CBS figures) are left alone.
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[e-mail]')
    .replace(/\b[A-Z]{2}\d{2}\s?(?:[A-Z0-9]{4}\s?){3,7}[A-Z0-9]{1,4}\b/g, (match) => (isIban(match) ? '[IBAN]' : match))
    .replace(/(?<![\d.,])(\+31[\s-]?|0031[\s-]?|0)(?:[1-9](?:[\s-]?\d){8})(?![\d.,])/g, '[telefoonnummer]')
    .replace(/(?<![\d.,])\d{3}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{2}(?![\d,])|(?<![\d.,])\d{9}(?![\d.,])/g, (match) => (isBsn(match) ? '[BSN]' : match));
}

/** The elfproef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 must be divisible by 11 (and not zero). */
export function isBsn(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length !== 9 || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** ISO 13616 mod-97 check of an IBAN. */
export function isIban(candidate: string): boolean {
  const compact = candidate.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}
