/** The public face of storage/: what other folders may import from it. */
export type { FeedbackStore } from './feedback-store.ts';
export { openStores } from './open-stores.ts';
export type { StorageConfig } from './storage-config.ts';
