const MARKER = Symbol.for('stelselwijzer.UserFacingError');

/**
 * An error whose message is meant for the user as it is (what is wrong and what to do), with a
 * `reason` a caller can tell apart and the `exitCode` a command ends with. The CLI prints the
 * message of any UserFacingError and exits with its code; every other error is unexpected.
 */
export abstract class UserFacingError extends Error {
  /** What went wrong, as a short code (e.g. 'unreachable', 'invalid-configuration'). */
  abstract readonly reason: string;

  /** The exit code of a command that ends on this error: 2, the caller can fix it. */
  get exitCode(): number {
    return 2;
  }

  /** Recognised across module copies (src/ and dist/, mocked modules), like the subclasses' own checks. */
  get [MARKER](): true {
    return true;
  }

  static isUserFacing(error: unknown): error is UserFacingError {
    return typeof error === 'object' && error !== null && MARKER in error;
  }
}
