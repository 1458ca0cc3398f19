/**
 * A measure selector matched nothing in the table's measure list. Internal, so a plain Error: the
 * CBS client tries the other API and reports it as CbsUnavailableError (not-found).
 */
export class MeasureNotFoundError extends Error {
  override readonly name = 'MeasureNotFoundError';
  constructor(
    readonly table: string,
    readonly selector: string,
  ) {
    super(`measure ${selector} not found in table ${table}`);
  }

  static isInstance(error: unknown): error is MeasureNotFoundError {
    return error instanceof Error && error.name === 'MeasureNotFoundError';
  }
}
