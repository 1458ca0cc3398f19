/** The public face of channels/http/: what other folders may import from it. */
export { turnLogger } from './correlation-id.ts';
export { createHttpServer, listen } from './create-http-server.ts';
export { describePlaygroundStartup } from './playground-messages.ts';
export { type RateLimiter, createRateLimiter } from './rate-limiter.ts';
export { startPlayground } from './start-playground.ts';
