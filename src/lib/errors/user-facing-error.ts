const MARKER = Symbol.for('stelselwijzer.UserFacingError');

/**
 * An error whose message is meant for the user as it is (what is wrong and what to do), with a
 * `reason` a caller can tell apart and the `exitCode` a command ends with. The CLI and `npm start`
 * print the message of any UserFacingError and exit with its code; every other error is unexpected
 * (the CLI says "Er ging iets mis", exit code 1).
 *
 * The convention:
 * - Extend UserFacingError when the user (CLI user, chat user, operator starting the app) can act
 *   on the error; the message then says what is wrong and what to do, without stack traces,
 *   URLs of internal requests or library messages (keep those in a separate field for logs).
 * - Exit code 2 (the default): the caller can fix it: the command line, the input, a setting, a
 *   file or an index.
 * - Exit code 1: a service we depend on (CBS, the language model) cannot deliver right now;
 *   nothing to fix, try again later. Override `exitCode` for these.
 * - Plain `Error` subclasses are internal: they never reach a user because a caller retries them
 *   or turns them into a UserFacingError. Their doc comment says which caller does so.
 */
export abstract class UserFacingError extends Error {
  /** What went wrong, as a short code (e.g. 'unreachable', 'invalid-configuration'). */
  abstract readonly reason: string;

  /** The exit code of a command that ends on this error: 2, the caller can fix it (see above). */
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
