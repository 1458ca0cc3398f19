import { UserFacingError } from '../../lib/errors/index.ts';

const MARKER = Symbol.for('stelselwijzer.RegistrationImportError');

/** At most this many row errors are kept; the total is always counted. */
export const MAX_REPORTED_ERRORS = 50;

export type RegistrationImportErrorReason =
  /** Not valid UTF-8 or not readable as CSV (e.g. an unclosed quote). */
  | 'unreadable-file'
  /** No header row, or a header without data rows. */
  | 'empty-file'
  /** Required columns missing from the header, or a column named twice. */
  | 'invalid-header'
  /** One or more data rows are invalid. */
  | 'invalid-rows';

export interface RegistrationRowError {
  /** Row as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row: number;
  column?: string;
  /** Dutch, shown to users as-is: "Rij 7: onbekende productcategorie '39'". */
  message: string;
}

export interface RegistrationImportErrorOptions {
  reason: RegistrationImportErrorReason;
  errors: RegistrationRowError[];
  cause?: unknown;
}

/**
 * A registration file that cannot be imported. Nothing has been written when this is thrown. The
 * message (Dutch) lists the errors by row; the user fixes the file, so exit code 2.
 */
export class RegistrationImportError extends UserFacingError {
  override readonly name = 'RegistrationImportError';
  readonly reason: RegistrationImportErrorReason;
  /** The first MAX_REPORTED_ERRORS errors, in row order. */
  readonly errors: RegistrationRowError[];
  /** All errors found, also those not kept in `errors`. */
  readonly errorCount: number;
  private readonly [MARKER] = true;

  constructor({ reason, errors, cause }: RegistrationImportErrorOptions) {
    const kept = errors.slice(0, MAX_REPORTED_ERRORS);
    super(summarizeErrors({ errors: kept, errorCount: errors.length }), cause === undefined ? undefined : { cause });
    this.reason = reason;
    this.errors = kept;
    this.errorCount = errors.length;
  }

  static isInstance(error: unknown): error is RegistrationImportError {
    return typeof error === 'object' && error !== null && MARKER in error;
  }
}

/** "Import geweigerd, niets ingelezen (3 fouten): …" with the omitted count at the end. */
export function summarizeErrors({ errors, errorCount }: { errors: RegistrationRowError[]; errorCount: number }): string {
  const noun = errorCount === 1 ? 'fout' : 'fouten';
  const lines = errors.map((error) => `  - ${error.message}`);
  const rest = errorCount - errors.length;
  if (rest > 0) lines.push(`  … en nog ${rest} ${rest === 1 ? 'fout' : 'fouten'}`);
  return `Import geweigerd, er is niets ingelezen (${errorCount} ${noun}):\n${lines.join('\n')}`;
}
