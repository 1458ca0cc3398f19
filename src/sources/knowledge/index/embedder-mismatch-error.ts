/** An index built with one embedder cannot be searched or extended with another. */
export class EmbedderMismatchError extends Error {
  override readonly name = 'EmbedderMismatchError';
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
