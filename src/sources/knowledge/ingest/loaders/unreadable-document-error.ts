import { UserFacingError } from '../../../../lib/errors/index.ts';

const MARKER = Symbol.for('stelselwijzer.UnreadableDocumentError');

export type UnreadableDocumentReason = 'unsupported-format' | 'parse-failed' | 'empty';

export interface UnreadableDocumentErrorOptions {
  reason: UnreadableDocumentReason;
  filePath: string;
  /** Short Dutch hint shown in the message, e.g. "beschadigde PDF?". */
  hint?: string;
  cause?: unknown;
}

/**
 * A document that could not be turned into text. The message is short and meant for end users;
 * they can fix or replace the file, so exit code 2.
 */
export class UnreadableDocumentError extends UserFacingError {
  override readonly name = 'UnreadableDocumentError';
  readonly reason: UnreadableDocumentReason;
  readonly filePath: string;
  private readonly [MARKER] = true;

  constructor({ reason, filePath, hint, cause }: UnreadableDocumentErrorOptions) {
    super(messageFor(reason, filePath, hint), cause === undefined ? undefined : { cause });
    this.reason = reason;
    this.filePath = filePath;
  }

  static isInstance(error: unknown): error is UnreadableDocumentError {
    return typeof error === 'object' && error !== null && MARKER in error;
  }
}

function messageFor(reason: UnreadableDocumentReason, filePath: string, hint: string | undefined): string {
  const suffix = hint ? ` (${hint})` : '';
  switch (reason) {
    case 'unsupported-format':
      return `Bestandsformaat niet ondersteund${suffix}: ${filePath}`;
    case 'parse-failed':
      return `Kan bestand niet lezen${suffix}: ${filePath}`;
    case 'empty':
      return `Bestand bevat geen tekst${suffix}: ${filePath}`;
  }
}
