import type http from 'node:http';
import type { AgentApplication, AuthConfiguration, TurnState } from '@microsoft/agents-hosting';
import { createAgentRequestHandler } from '@microsoft/agents-hosting-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { correlationId } from './correlation-id.ts';

export const MAX_BODY_BYTES = 256 * 1024;

export interface HttpServerOptions {
  agent: AgentApplication<TurnState>;
  authConfig: AuthConfiguration;
  logger: Logger;
  /** Tells /readyz whether the index and stores are loaded. */
  isReady?: () => boolean;
}

/**
 * The express app: `POST /api/messages` behind the SDK's JWT validation (anonymous only when no
 * client id is configured outside production), health endpoints, and errors that never leak internals.
 */
export function createHttpServer(options: HttpServerOptions): express.Express {
  const { agent, authConfig, logger } = options;
  const handleActivity = createAgentRequestHandler(agent, authConfig);
  const app = express();
  app.disable('x-powered-by');
  // Replies to POSTs are never revalidated: hashing every reply body for an ETag is wasted work.
  app.disable('etag');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const ready = options.isReady?.() ?? true;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'starting' });
  });
  app.use(correlationId({ logger }));
  app.post('/api/messages', express.json({ limit: MAX_BODY_BYTES }), async (req: Request, res: Response, next: NextFunction) => {
    if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body) || typeof req.body.type !== 'string') {
      res.status(400).json({ error: 'Ongeldige activity: een JSON-object met een "type" is vereist.' });
      return;
    }
    try {
      await handleActivity(req, res);
    } catch (error) {
      next(error);
    }
  });
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'Niet gevonden.' });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    const requestLogger = (res.locals.logger as Logger | undefined) ?? logger;
    if (status >= 500) requestLogger.error({ err: error }, 'request failed');
    if (res.headersSent) return;
    res.status(status).json({ error: status === 413 ? 'Bericht te groot.' : status < 500 ? 'Ongeldig verzoek.' : 'Interne fout; probeer het later opnieuw.' });
  });
  return app;
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** Starts listening and resolves once the port is bound. */
export function listen(app: express.Express, port: number, host = '0.0.0.0'): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, () => resolve(server));
    server.once('error', reject);
  });
}
