import { z } from 'zod';
import { isIsoDate } from './calendar-date.ts';
import { REGISTRATION_GROUP_BYS } from './metric-breakdown.ts';
import { METRIC_SCOPES, REGISTRATION_METRICS } from './metric-definitions.ts';
import { RegistrationQueryError } from './registration-query-error.ts';
import type { RegistrationReader } from './registration-reader.ts';
import { computeRegistrationMetric, type RegistrationMetricResult } from './registration-metrics.ts';

const isoDate = (what: string) =>
  z.string().refine(isIsoDate, { error: `${what} moet een bestaande datum zijn als JJJJ-MM-DD / must be an existing YYYY-MM-DD date` });

/** Tool input: usable as an LLM tool schema (the descriptions are written for the model). */
export const queryRegistrationsInput = z
  .object({
    metric: z.enum(REGISTRATION_METRICS).describe(
      'Welk cijfer uit de eigen registratie (toewijzingen) van de gemeente: ' +
        'jeugdhulp_met_verblijf = unieke cliënten met verblijf (productcategorie 35, 36, 37, 38, 43, 44) in de periode; ' +
        'residentiele_plaatsingen = unieke cliënten residentieel (37, 38, 43, 44; zonder pleegzorg en gezinsgericht) in de periode; ' +
        'nieuwe_plaatsingen = toewijzingen en cliënten die in de periode begonnen; beeindigde_plaatsingen = die in de periode eindigden; ' +
        'lopend_op = cliënten met een lopende toewijzing op de peildatum; gemiddelde_duur = gemiddelde duur in dagen; ' +
        'kosten = som van kosten (of volume × tarief) in euro.',
    ),
    from: isoDate('from').optional().describe('Begin van de periode, JJJJ-MM-DD, inclusief. Bijv. "dit jaar" = 1 januari van het huidige jaar. Verplicht behalve bij lopend_op.'),
    to: isoDate('to').optional().describe('Einde van de periode, JJJJ-MM-DD, inclusief. Bij "dit jaar" de datum van vandaag of 31 december. Verplicht behalve bij lopend_op.'),
    peildatum: isoDate('peildatum').optional().describe('Alleen voor lopend_op: de datum waarop wordt geteld, JJJJ-MM-DD. Ontbreekt die, dan geldt `to`.'),
    gemeenteCode: z
      .string()
      .regex(/^GM\d{4}$/, { error: 'gemeenteCode moet GM gevolgd door vier cijfers zijn, bijv. GM0405 / must look like GM0405' })
      .optional()
      .describe('Optioneel: CBS-gemeentecode (GM gevolgd door 4 cijfers) om op één gemeente te filteren. Weglaten = de hele registratie.'),
    gemeenteCodes: z
      .array(z.string().regex(/^GM\d{4}$/, { error: 'gemeenteCodes: elke code is GM gevolgd door vier cijfers / each must look like GM0405' }))
      .min(1)
      .max(50)
      .optional()
      .describe('Optioneel: meerdere CBS-gemeentecodes tegelijk, bijv. om gemeenten te vergelijken (met groupBy gemeente).'),
    groupBy: z.enum(REGISTRATION_GROUP_BYS).optional().describe(
      'Optioneel: uitsplitsen per gemeente, aanbieder, productcategorie, maand, kwartaal of jaar (maand/kwartaal/jaar = toewijzingen die die periode overlappen, ' +
        'met dezelfde periode een jaar eerder ernaast als die binnen from–to valt).',
    ),
    scope: z.enum(METRIC_SCOPES).optional().describe(
      'Optioneel, niet bij jeugdhulp_met_verblijf en residentiele_plaatsingen: welke productcategorieën. residentieel = 37, 38, 43, 44 (standaard); ' +
        'verblijf = 35, 36, 37, 38, 43, 44; alle = alle categorieën (standaard bij kosten).',
    ),
  })
  .superRefine((input, context) => {
    if (input.metric === 'lopend_op') {
      if (!input.peildatum && !input.to) context.addIssue({ code: 'custom', path: ['peildatum'], message: 'lopend_op heeft een peildatum (of to) nodig / needs a peildatum' });
      return;
    }
    if (!input.from) context.addIssue({ code: 'custom', path: ['from'], message: 'from (begin van de periode) ontbreekt / from is required' });
    if (!input.to) context.addIssue({ code: 'custom', path: ['to'], message: 'to (einde van de periode) ontbreekt / to is required' });
    if (input.from && input.to && input.from > input.to) {
      context.addIssue({ code: 'custom', path: ['from'], message: 'from ligt na to / from is after to' });
    }
  })
  .describe('Tel cijfers uit de eigen registratie (toewijzingen) van de gemeente, met definitie en bron. Gebruik dit voor vragen als "Hoeveel residentiële plaatsingen hadden we dit jaar?".');

export type QueryRegistrationsInput = z.input<typeof queryRegistrationsInput>;

export interface QueryRegistrationsOptions extends QueryRegistrationsInput {
  /** Read-only access; the tool never writes. */
  store: RegistrationReader;
}

/**
 * The tool core: validates the input and answers from the registration. The result starts with
 * the distinct-client figure (`clients`), then `value`, definition, period, allocations and source.
 * Throws RegistrationQueryError for invalid input or when there is no data to answer from.
 */
export function queryRegistrations({ store, ...input }: QueryRegistrationsOptions): RegistrationMetricResult {
  const parsed = queryRegistrationsInput.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'invoer'}: ${issue.message}`);
    throw new RegistrationQueryError({ reason: 'invalid-input', message: `Vraag aan de registratie ongeldig: ${issues.join('; ')}.`, issues });
  }
  const { metric, from, to, peildatum, gemeenteCode, gemeenteCodes, groupBy, scope } = parsed.data;
  const period = metric === 'lopend_op' ? { from: (peildatum ?? to)!, to: (peildatum ?? to)! } : { from: from!, to: to! };
  return computeRegistrationMetric({ reader: store, metric, ...period, gemeenteCode, gemeenteCodes, groupBy, scope });
}
