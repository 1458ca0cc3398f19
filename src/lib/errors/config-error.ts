import { UserFacingError } from './user-facing-error.ts';

/** A missing or invalid setting, named with its environment variable so the fix is obvious. */
export class ConfigError extends UserFacingError {
  override readonly name = 'ConfigError';
  get reason() {
    return 'invalid-configuration' as const;
  }
  constructor(readonly problems: string[]) {
    super(`Configuratie ongeldig / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }

  static isInstance(error: unknown): error is ConfigError {
    return error instanceof Error && error.name === 'ConfigError';
  }
}
