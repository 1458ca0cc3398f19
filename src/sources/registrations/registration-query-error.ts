import { UserFacingError } from '../../lib/errors/index.ts';

const MARKER = Symbol.for('stelselwijzer.RegistrationQueryError');

export type RegistrationQueryErrorReason =
  /** Invalid tool input (dates, metric, groupBy); `issues` lists what. */
  | 'invalid-input'
  /** The store holds no toewijzingen at all. */
  | 'no-data'
  /** The requested gemeente does not occur in the registration. */
  | 'unknown-gemeente';

/** A registration question that cannot be answered with a number; the message is Dutch and user-facing. */
export class RegistrationQueryError extends UserFacingError {
  override readonly name = 'RegistrationQueryError';
  readonly reason: RegistrationQueryErrorReason;
  readonly issues: string[];
  private readonly [MARKER] = true;

  constructor({ reason, message, issues = [] }: { reason: RegistrationQueryErrorReason; message: string; issues?: string[] }) {
    super(message);
    this.reason = reason;
    this.issues = issues;
  }

  static isInstance(error: unknown): error is RegistrationQueryError {
    return typeof error === 'object' && error !== null && MARKER in error;
  }
}
