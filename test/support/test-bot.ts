import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createTeamsAgent } from '../../src/channels/teams/create-teams-agent.ts';
import type { Stelselwijzer } from '../../src/composition-root.ts';
import { createHttpServer, listen } from '../../src/server/create-http-server.ts';
import { createTestStelselwijzer } from './knowledge-fixture.ts';

export interface TestBot {
  baseUrl: string;
  stelselwijzer: Stelselwijzer & { cleanup: () => void };
  close: () => void;
}

/** The real assistant on a fresh index, behind the Teams adapter and the HTTP server, on a free port (local mode). */
export async function startTestBot(): Promise<TestBot> {
  const stelselwijzer = await createTestStelselwijzer();
  const logger = pino({ level: 'silent' });
  const agent = createTeamsAgent({ assistant: stelselwijzer.assistant, feedback: stelselwijzer.feedback, logger });
  const server: http.Server = await listen(createHttpServer({ agent, authConfig: {}, logger }), 0, '127.0.0.1');
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stelselwijzer,
    close: () => {
      server.close();
      stelselwijzer.close();
      stelselwijzer.cleanup();
    },
  };
}
