/** The public face of lib/logging/: what other folders may import from it. */
export { createLogger } from './create-logger.ts';
