import { UserFacingError } from '../../lib/errors/index.ts';

/** A mistake in how the CLI was called; printed as-is with exit code 2. */
export class CliUsageError extends UserFacingError {
  override readonly name = 'CliUsageError';
  get reason() {
    return 'invalid-usage' as const;
  }

  static isInstance(error: unknown): error is CliUsageError {
    return error instanceof Error && error.name === 'CliUsageError';
  }
}
