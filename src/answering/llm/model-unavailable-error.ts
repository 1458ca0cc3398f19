import { UserFacingError } from '../../lib/errors/index.ts';
import { bothLanguages } from '../../lib/index.ts';
import type { ModelFailure } from './classify-model-error.ts';

export type ModelUnavailableReason = 'timeout' | 'model-unavailable';

/**
 * No usable model response within the time budget, after retries where they could help. The
 * answerer falls back to the offline answer; the message (both languages) says nothing of the
 * cause, which is in `lastFailure` for logs. Exit code 1: a service that cannot deliver now.
 */
export class ModelUnavailableError extends UserFacingError {
  override readonly name = 'ModelUnavailableError';
  readonly reason: ModelUnavailableReason;
  readonly attempts: number;
  readonly lastFailure: ModelFailure | undefined;

  constructor(options: { reason: ModelUnavailableReason; attempts: number; lastFailure?: ModelFailure }) {
    super(messageFor(options.reason, options.attempts));
    this.reason = options.reason;
    this.attempts = options.attempts;
    this.lastFailure = options.lastFailure;
  }

  override get exitCode(): number {
    return 1;
  }

  static isInstance(error: unknown): error is ModelUnavailableError {
    return error instanceof Error && error.name === 'ModelUnavailableError';
  }
}

function messageFor(reason: ModelUnavailableReason, attempts: number): string {
  const tried = { nl: `${attempts} ${attempts === 1 ? 'poging' : 'pogingen'}`, en: `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}` };
  return reason === 'timeout'
    ? bothLanguages({
        nl: `Het taalmodel antwoordde niet op tijd (${tried.nl}); probeer het later opnieuw.`,
        en: `The language model did not answer in time (${tried.en}); please try again later.`,
      })
    : bothLanguages({
        nl: `Het taalmodel is niet beschikbaar (${tried.nl}); probeer het later opnieuw.`,
        en: `The language model is not available (${tried.en}); please try again later.`,
      });
}
