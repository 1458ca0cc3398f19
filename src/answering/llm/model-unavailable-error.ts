import type { ModelFailure } from './classify-model-error.ts';

export type ModelUnavailableReason = 'timeout' | 'model-unavailable';

/** No usable model response within the time budget, after retries where they could help. */
export class ModelUnavailableError extends Error {
  override readonly name = 'ModelUnavailableError';
  readonly reason: ModelUnavailableReason;
  readonly attempts: number;
  readonly lastFailure: ModelFailure | undefined;

  constructor(options: { reason: ModelUnavailableReason; attempts: number; lastFailure?: ModelFailure }) {
    super(`Taalmodel niet beschikbaar / language model unavailable (${options.reason}, ${options.attempts} poging(en))${options.lastFailure ? `: ${options.lastFailure.message}` : ''}`);
    this.reason = options.reason;
    this.attempts = options.attempts;
    this.lastFailure = options.lastFailure;
  }

  static isInstance(error: unknown): error is ModelUnavailableError {
    return error instanceof Error && error.name === 'ModelUnavailableError';
  }
}
