import { UserFacingError } from '../../lib/errors/index.ts';

export type PromptLoadErrorReason = 'missing' | 'empty' | 'invalid-config' | 'unknown-variable';

/**
 * A prompt folder that cannot be used: a missing file, an invalid config.json or an unknown
 * template variable. The operator fixes it in `prompts/`, so exit code 2.
 */
export class PromptLoadError extends UserFacingError {
  override readonly name = 'PromptLoadError';
  readonly reason: PromptLoadErrorReason;
  readonly prompt: string;

  constructor(options: { reason: PromptLoadErrorReason; prompt: string; detail: string }) {
    super(`Prompt "${options.prompt}" is onbruikbaar / is unusable: ${options.detail}`);
    this.reason = options.reason;
    this.prompt = options.prompt;
  }

  static isInstance(error: unknown): error is PromptLoadError {
    return error instanceof Error && error.name === 'PromptLoadError';
  }
}
