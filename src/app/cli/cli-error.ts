/** A mistake in how the CLI was called; printed as-is with exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';

  static isInstance(error: unknown): error is CliUsageError {
    return error instanceof Error && error.name === 'CliUsageError';
  }
}
