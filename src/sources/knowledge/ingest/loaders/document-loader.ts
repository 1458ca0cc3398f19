import type { LoadedDocument } from '../../document.ts';

export interface DocumentLoaderOptions {
  /** Absolute or working-directory-relative path of the file to read. */
  filePath: string;
  /** The document's path as ingested (becomes `LoadedDocument.source`). */
  source: string;
}

/** Reads one file of a given format into a LoadedDocument. Throws on unreadable input. */
export type DocumentLoader = (options: DocumentLoaderOptions) => Promise<LoadedDocument>;
