import { UserFacingError } from '../../lib/errors/index.ts';

export type CbsUnavailableReason = 'unreachable' | 'not-found' | 'bad-response';

const MESSAGES: Record<CbsUnavailableReason, { nl: string; en: string }> = {
  unreachable: {
    nl: 'CBS StatLine is nu niet bereikbaar en er is geen eerder opgehaalde versie van deze gegevens.',
    en: 'CBS StatLine cannot be reached and no earlier copy of this data is available.',
  },
  'not-found': {
    nl: 'CBS StatLine kent deze tabel of deze gegevens niet.',
    en: 'CBS StatLine does not know this table or data.',
  },
  'bad-response': {
    nl: 'CBS StatLine gaf een antwoord dat niet te lezen is.',
    en: 'CBS StatLine returned a response that cannot be read.',
  },
};

/**
 * CBS data could not be delivered. The message is Dutch and safe to show to users;
 * `detail` (technical, English) is for logs only.
 */
export class CbsUnavailableError extends UserFacingError {
  override readonly name = 'CbsUnavailableError';
  readonly reason: CbsUnavailableReason;
  readonly table: string;
  readonly detail: string;
  readonly messageEn: string;

  constructor(options: { reason: CbsUnavailableReason; table: string; detail: string; cause?: unknown }) {
    super(`${MESSAGES[options.reason].nl} (tabel ${options.table})`, { cause: options.cause });
    this.reason = options.reason;
    this.table = options.table;
    this.detail = options.detail;
    this.messageEn = `${MESSAGES[options.reason].en} (table ${options.table})`;
  }

  static isInstance(error: unknown): error is CbsUnavailableError {
    return error instanceof Error && error.name === 'CbsUnavailableError';
  }
}
