import { UserFacingError } from '../../../lib/errors/index.ts';

/** An index built with one embedder cannot be searched or extended with another. */
export class EmbedderMismatchError extends UserFacingError {
  override readonly name = 'EmbedderMismatchError';
  get reason() {
    return 'embedder-mismatch' as const;
  }
  constructor(
    readonly indexEmbedder: string,
    readonly requestedEmbedder: string,
  ) {
    super(
      `De index is gebouwd met embedder "${indexEmbedder}", maar nu is "${requestedEmbedder}" ingesteld. ` +
        'Bouw de index opnieuw (cli ingest <map> --rebuild) of gebruik een andere --index map.',
    );
  }

  static isInstance(error: unknown): error is EmbedderMismatchError {
    return error instanceof Error && error.name === 'EmbedderMismatchError';
  }
}
