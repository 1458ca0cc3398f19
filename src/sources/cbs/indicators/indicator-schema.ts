import { z } from 'zod';

const text = z.string().trim().min(1);

/** How the measure is named: a v4 code, a v3 key and/or exact titles to match in the table's measure list. */
const measureSchema = z
  .object({
    code: text.optional(),
    v3Key: text.optional(),
    titles: z.array(text).optional(),
  })
  .refine((measure) => measure.code !== undefined || measure.v3Key !== undefined || (measure.titles?.length ?? 0) > 0, {
    message: 'a measure needs a code, a v3Key or at least one title',
  });

/** A fixed dimension code, or a code to be looked up by its exact title in the code list at run time. */
const dimensionFilterSchema = z
  .object({
    dimension: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    code: text.optional(),
    codeTitle: text.optional(),
  })
  .refine((filter) => (filter.code === undefined) !== (filter.codeTitle === undefined), {
    message: 'give exactly one of code and codeTitle',
  });

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  names: z.object({ nl: text, en: text }),
  synonyms: z.object({ nl: z.array(text), en: z.array(text) }),
  table: z.string().regex(/^[0-9A-Za-z]{5,10}$/),
  measure: measureSchema,
  dimensionFilters: z.array(dimensionFilterSchema),
  /** null: discover the table's GeoDimension at run time. */
  regionDimension: z.string().nullable(),
  periodDimension: z.string(),
  periodFormat: z.literal('YYYYJJ00'),
  unit: z.object({ kind: z.enum(['count', 'percentage', 'thousand-euro']), nl: text, en: text }),
  /** Whether a rate per 1,000 inhabitants makes sense (counts and amounts, not percentages). */
  perThousandInhabitants: z.boolean(),
  definition: z.object({ nl: text, en: text }),
  caveats: z.object({ nl: z.array(text) }),
  /** Where the codes come from and what is matched at run time. */
  provenance: text,
});

const notIndicatorSchema = z.object({
  terms: z.array(text).min(1),
  explanation: z.object({ nl: text, en: text }),
  suggestions: z.array(z.string()),
});

export const catalogueFileSchema = z
  .object({
    version: z.literal(1),
    indicators: z.array(indicatorSchema).min(1),
    notIndicators: z.array(notIndicatorSchema),
  })
  .superRefine((file, context) => {
    const ids = new Set<string>();
    for (const indicator of file.indicators) {
      if (ids.has(indicator.id)) context.addIssue({ code: 'custom', message: `duplicate indicator id ${indicator.id}` });
      ids.add(indicator.id);
    }
    for (const entry of file.notIndicators) {
      for (const suggestion of entry.suggestions) {
        if (!ids.has(suggestion)) context.addIssue({ code: 'custom', message: `unknown suggestion ${suggestion}` });
      }
    }
  });

export type IndicatorDefinition = z.infer<typeof indicatorSchema>;
export type NotAnIndicator = z.infer<typeof notIndicatorSchema>;
export type CatalogueFile = z.infer<typeof catalogueFileSchema>;
