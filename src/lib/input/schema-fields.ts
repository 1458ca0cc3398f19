import { z } from 'zod';
import { bothLanguages } from '../index.ts';

/**
 * Reusable zod fields for calculator inputs. Validation messages are in both languages at once
 * ("Nederlands / English", see `Bilingual`) because they are shown to users as-is.
 */
export function bilingual(nl: string, en: string): string {
  return bothLanguages({ nl, en });
}

/** A finite number ≥ 0, e.g. an amount in euros or a count. */
export function nonNegativeNumber(labelNl: string, labelEn: string) {
  return z
    .number({ error: bilingual(`${labelNl} moet een getal zijn`, `${labelEn} must be a number`) })
    .finite({ error: bilingual(`${labelNl} moet een eindig getal zijn`, `${labelEn} must be finite`) })
    .min(0, { error: bilingual(`${labelNl} mag niet negatief zijn`, `${labelEn} must not be negative`) });
}

/** A finite number > 0. */
export function positiveNumber(labelNl: string, labelEn: string) {
  return z
    .number({ error: bilingual(`${labelNl} moet een getal zijn`, `${labelEn} must be a number`) })
    .finite({ error: bilingual(`${labelNl} moet een eindig getal zijn`, `${labelEn} must be finite`) })
    .positive({ error: bilingual(`${labelNl} moet groter dan 0 zijn`, `${labelEn} must be greater than 0`) });
}

/** A percentage between 0 and 100 inclusive (3 means 3 %). */
export function sharePercent(labelNl: string, labelEn: string) {
  return nonNegativeNumber(labelNl, labelEn).max(100, {
    error: bilingual(`${labelNl} mag niet hoger zijn dan 100 %`, `${labelEn} must not exceed 100 %`),
  });
}

/** A yearly change in percent that may be negative but not −100 % or lower (3 means +3 % a year). */
export function yearlyChangePercent(labelNl: string, labelEn: string) {
  return z
    .number({ error: bilingual(`${labelNl} moet een getal zijn`, `${labelEn} must be a number`) })
    .finite({ error: bilingual(`${labelNl} moet een eindig getal zijn`, `${labelEn} must be finite`) })
    .gt(-100, { error: bilingual(`${labelNl} moet groter zijn dan -100 %`, `${labelEn} must be greater than -100 %`) })
    .max(1000, { error: bilingual(`${labelNl} mag niet hoger zijn dan 1000 %`, `${labelEn} must not exceed 1000 %`) });
}

/** A whole number within [min, max]. */
export function wholeNumberBetween(labelNl: string, labelEn: string, min: number, max: number) {
  return z
    .number({ error: bilingual(`${labelNl} moet een getal zijn`, `${labelEn} must be a number`) })
    .int({ error: bilingual(`${labelNl} moet een geheel getal zijn`, `${labelEn} must be a whole number`) })
    .min(min, { error: bilingual(`${labelNl} moet minstens ${min} zijn`, `${labelEn} must be at least ${min}`) })
    .max(max, { error: bilingual(`${labelNl} mag hoogstens ${max} zijn`, `${labelEn} must be at most ${max}`) });
}
