import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Letters, digits and `._:-`, at most 64 characters: safe to echo in a header and to log. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

declare global {
  namespace Express {
    interface Request {
      /** The request's logger, with its `correlationId`; set by `correlationId()`. */
      log?: Logger;
    }
  }
}

const requestLoggers = new AsyncLocalStorage<Logger>();

/** The caller's id when it is a safe short token, else a fresh UUID. */
export function correlationIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}

/**
 * Express middleware: gives every request a correlation id (the caller's `x-correlation-id` when
 * it is a safe token, otherwise a new UUID), returns it in the response header and attaches a
 * child logger with `{ correlationId }` as `req.log` and `res.locals.logger`, also reachable from
 * the turn via `turnLogger()`. Logs method, path, status and duration when the response is done
 * (or aborted); never headers (Authorization) or the body (message text).
 */
export function correlationId(options: { logger: Logger }): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = correlationIdOf(req.headers[CORRELATION_HEADER]);
    const logger = options.logger.child({ correlationId: id });
    const started = performance.now();
    res.setHeader(CORRELATION_HEADER, id);
    req.log = logger;
    res.locals.logger = logger;
    // 'close' also fires when the caller goes away before the response is complete.
    res.once('close', () => {
      const fields = { method: req.method, path: req.path, status: res.statusCode, durationMs: Math.round(performance.now() - started) };
      if (res.writableFinished) logger.info(fields, 'request completed');
      else logger.warn(fields, 'request aborted');
    });
    requestLoggers.run(logger, next);
  };
}

/**
 * The logger for a turn: the request's logger (with its correlation id) when the turn runs inside a
 * request that passed `correlationId()`, else `logger`; with the activity's type, id and channel.
 */
export function turnLogger(options: { context: TurnContext; logger: Logger }): Logger {
  const { activity } = options.context;
  return (requestLoggers.getStore() ?? options.logger).child({ activityType: activity.type, activityId: activity.id, channelId: activity.channelId });
}
