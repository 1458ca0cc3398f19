import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  activity: Record<string, unknown>;
}

/**
 * A stand-in for the Bot Connector service (as the Agents Playground mocks it): receives the
 * activities the bot sends to `serviceUrl`, records them and answers with an activity id.
 */
export async function startFakeConnector(): Promise<{ serviceUrl: string; calls: ConnectorCall[]; close: () => Promise<void> }> {
  const calls: ConnectorCall[] = [];
  let counter = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      calls.push({ method: req.method ?? '', path: req.url ?? '', activity: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${++counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { serviceUrl: `http://127.0.0.1:${port}/`, calls, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
