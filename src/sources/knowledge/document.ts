/** The kinds of knowledge documents, as used in the `type` front matter field. */
export const DOCUMENT_TYPES = ['casus', 'advies', 'onderzoek', 'regelgeving', 'begrip'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Descriptive metadata of one document, from its front matter or from the document itself. */
export interface DocumentMetadata {
  title: string;
  publisher?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) or year, as given by the document. */
  date?: string;
  type?: DocumentType;
  gemeenten: string[];
  topics: string[];
}

/** A stretch of text under one heading path (e.g. ["Taakgericht", "Risico's"]). */
export interface DocumentSection {
  headingPath: string[];
  text: string;
}

/** A parsed document, before chunking. */
export interface LoadedDocument {
  /** The document's path as ingested, relative to the ingested folder's parent (e.g. `knowledge/x.md`). */
  source: string;
  metadata: DocumentMetadata;
  sections: DocumentSection[];
}

/** A retrievable passage of a document. */
export interface Chunk {
  /** Stable id: the same document content gives the same ids. */
  id: string;
  docId: string;
  source: string;
  ordinal: number;
  headingPath: string[];
  text: string;
  metadata: DocumentMetadata;
}
