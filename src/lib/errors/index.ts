/** The public face of lib/errors/: what other folders may import from it. */
export { ConfigError } from './config-error.ts';
export { ETagConflictError } from './etag-conflict-error.ts';
export { UserFacingError } from './user-facing-error.ts';
