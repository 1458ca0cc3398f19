import { z } from 'zod';
import { bilingual } from '../../../lib/input/index.ts';

/** CBS's region code for all of Nederland, next to the gemeenten (GM0344) and provinces (PV31). */
export const NATION_CODE = 'NL01';

/** Input of the `queryIndicator` tool; the descriptions are shown to the language model choosing the arguments. */
export const queryIndicatorInput = z.object({
  indicatorId: z
    .string({ error: bilingual('indicatorId moet tekst zijn', 'indicatorId must be text') })
    .trim()
    .min(1, { error: bilingual('Kies een indicator', 'Choose an indicator') })
    .describe(
      'Id van de indicator uit de catalogus, bijvoorbeeld "jeugdhulp_met_verblijf", "jongeren_met_jeugdzorg", ' +
        '"percentage_jongeren_met_jeugdhulp", "kosten_jeugdzorg" of "inwoners".',
    ),
  gemeenteCodes: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^(?:GM\d{4}|PV\d{2}|NL01)$/, { error: bilingual('Gemeentecode heeft de vorm GM0344 (PV31 voor een provincie, NL01 voor heel Nederland)', 'Municipality code looks like GM0344 (PV31 for a province, NL01 for the Netherlands)') }),
    )
    .min(1, { error: bilingual('Geef minstens één gemeente', 'Give at least one municipality') })
    .max(50, { error: bilingual('Hoogstens 50 gemeenten per vraag', 'At most 50 municipalities per question') })
    .describe('CBS-gemeentecodes, bijvoorbeeld ["GM0344", "GM0518"] voor Utrecht en Den Haag; ["PV31"] voor de provincie Limburg; ["NL01"] voor heel Nederland.'),
  years: z
    .array(
      z
        .number()
        .int({ error: bilingual('Een jaar is een geheel getal', 'A year is a whole number') })
        .min(1988, { error: bilingual('Jaar vanaf 1988', 'Year from 1988') })
        .max(2100, { error: bilingual('Jaar tot en met 2100', 'Year up to 2100') }),
    )
    .min(1, { error: bilingual('Geef minstens één jaar', 'Give at least one year') })
    .max(20, { error: bilingual('Hoogstens 20 jaren per vraag', 'At most 20 years per question') })
    .describe('Verslagjaren, bijvoorbeeld [2023]. Jaren zonder CBS-cijfers worden gemeld, nooit ingevuld.'),
  perThousandInhabitants: z
    .boolean()
    .optional()
    .describe(
      'Ook per 1.000 inwoners berekenen: waarde / inwoners op 1 januari van hetzelfde jaar (CBS 03759ned) × 1000, ' +
        'afgerond op 1 decimaal. Niet voor percentages.',
    ),
});

export type QueryIndicatorInput = z.input<typeof queryIndicatorInput>;
