/** Turns text into dense vectors. Implementations: the local hashing embedder and OpenAI/Azure OpenAI. */
export interface Embedder {
  /** Identifies the model and its settings; an index built with one embedder refuses another. */
  readonly id: string;
  readonly dimensions: number;
  /** It places a question and a passage in different languages near each other (a model does; hashing words does not). */
  readonly multilingual: boolean;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}
