import { UserFacingError } from '../../lib/errors/index.ts';
import type { Bilingual } from '../../lib/index.ts';

export type CbsUnavailableReason = 'unreachable' | 'not-found' | 'bad-response';

/** The one wording of "CBS could not deliver", shown in answers, the CLI and to the model. */
const MESSAGES: Record<CbsUnavailableReason, (table: string) => Bilingual> = {
  unreachable: () => ({
    nl: 'CBS StatLine is nu niet bereikbaar en er is geen eerder opgehaalde stand van deze tabel; probeer het later opnieuw.',
    en: 'CBS StatLine cannot be reached right now and there is no earlier copy of this table; please try again later.',
  }),
  'not-found': (table) => ({
    nl: `CBS StatLine kent deze tabel of deze gegevens niet (tabel ${table}); ik kan dit cijfer nu niet geven.`,
    en: `CBS StatLine does not know this table or data (table ${table}); I cannot give this figure now.`,
  }),
  'bad-response': () => ({
    nl: 'CBS StatLine gaf een antwoord dat ik niet kan lezen; probeer het later opnieuw.',
    en: 'CBS StatLine returned a response I cannot read; please try again later.',
  }),
};

/**
 * CBS data could not be delivered. The message is Dutch and safe to show to users;
 * `detail` (technical, English) is for logs only. Exit code 1: a service that cannot deliver now
 * (also for 'not-found': the table comes from the catalogue, not from the user).
 */
export class CbsUnavailableError extends UserFacingError {
  override readonly name = 'CbsUnavailableError';
  readonly reason: CbsUnavailableReason;
  readonly table: string;
  readonly detail: string;
  readonly messageEn: string;

  constructor(options: { reason: CbsUnavailableReason; table: string; detail: string; cause?: unknown }) {
    const texts = MESSAGES[options.reason](options.table);
    super(texts.nl, { cause: options.cause });
    this.reason = options.reason;
    this.table = options.table;
    this.detail = options.detail;
    this.messageEn = texts.en;
  }

  override get exitCode(): number {
    return 1;
  }

  static isInstance(error: unknown): error is CbsUnavailableError {
    return error instanceof Error && error.name === 'CbsUnavailableError';
  }
}
