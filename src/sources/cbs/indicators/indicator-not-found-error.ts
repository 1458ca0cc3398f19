import { UserFacingError } from '../../../lib/errors/index.ts';

export type IndicatorNotFoundReason = 'unknown-indicator' | 'not-a-cbs-indicator';

/** The asked indicator is not in the catalogue; the message is Dutch and names what is available. */
export class IndicatorNotFoundError extends UserFacingError {
  override readonly name = 'IndicatorNotFoundError';
  readonly reason: IndicatorNotFoundReason;
  readonly requested: string;
  readonly suggestions: string[];

  constructor(options: { reason: IndicatorNotFoundReason; requested: string; message: string; suggestions: string[] }) {
    super(options.message);
    this.reason = options.reason;
    this.requested = options.requested;
    this.suggestions = options.suggestions;
  }

  static isInstance(error: unknown): error is IndicatorNotFoundError {
    return error instanceof Error && error.name === 'IndicatorNotFoundError';
  }
}
