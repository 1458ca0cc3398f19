import { UserFacingError } from '../../../lib/errors/index.ts';

/** An index written by an older version of Stelselwijzer; running `ingest` again brings it up to date. */
export class IndexOutdatedError extends UserFacingError {
  override readonly name = 'IndexOutdatedError';
  get reason() {
    return 'index-outdated' as const;
  }
  constructor(readonly indexDir: string) {
    super(`De index in ${indexDir} is gemaakt met een oudere versie van Stelselwijzer. Werk hem bij met: ingest <map> --index ${indexDir}`);
  }

  static isInstance(error: unknown): error is IndexOutdatedError {
    return error instanceof Error && error.name === 'IndexOutdatedError';
  }
}
