import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Storage } from '@microsoft/agents-hosting';
import pino, { type Logger } from 'pino';
import { createTeamsAgent } from '../../src/channels/teams/create-teams-agent.ts';
import type { Stelselwijzer } from '../../src/app/composition-root.ts';
import type { FeedbackStore } from '../../src/storage/feedback-store.ts';
import { createHttpServer, listen } from '../../src/channels/http/create-http-server.ts';
import { createTestStelselwijzer } from './knowledge-fixture.ts';

export interface TestBot {
  baseUrl: string;
  stelselwijzer: Stelselwijzer & { cleanup: () => void };
  close: () => void;
}

/**
 * The real assistant on a fresh index, behind the Teams adapter and the HTTP server, on a free port
 * (local mode). Conversation storage, feedback store and logger can be swapped, e.g. for failing ones.
 */
export async function startTestBot(options: { storage?: Storage; feedback?: FeedbackStore; logger?: Logger } = {}): Promise<TestBot> {
  const stelselwijzer = await createTestStelselwijzer();
  const logger = options.logger ?? pino({ level: 'silent' });
  const agent = createTeamsAgent({ assistant: stelselwijzer.assistant, feedback: options.feedback ?? stelselwijzer.feedback, logger, ...(options.storage ? { storage: options.storage } : {}) });
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
