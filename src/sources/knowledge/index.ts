/** The public face of sources/knowledge/: what other folders may import from it. */
export { type Chunk, DOCUMENT_TYPES, type DocumentType } from './document.ts';
export { createEmbedder } from './embeddings/create-embedder.ts';
export type { Embedder } from './embeddings/embedder.ts';
export { indexExists } from './index/index-files.ts';
export { KnowledgeIndex } from './index/knowledge-index.ts';
export { openDefaultIndex } from './index/open-default-index.ts';
export { openPrebuiltIndex } from './index/open-prebuilt-index.ts';
export { type IngestReport, ingestDirectory } from './ingest/ingest-directory.ts';
export { splitSentences } from './ingest/split-sentences.ts';
export type { LexicalRetriever } from './lexical/index.ts';
export { DEFAULT_TRANSLATIONS } from './lexical/index.ts';
export { type RetrievedPassage, type Retriever, createHybridRetriever } from './retrieval/hybrid-retriever.ts';
export type { RetrievalFilter } from './retrieval/retrieval-filter.ts';
