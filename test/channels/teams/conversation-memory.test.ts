import type { Activity } from '@microsoft/agents-activity';
import type { Storage, StoreItems } from '@microsoft/agents-hosting';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createConversationMemory } from '../../../src/channels/teams/conversation-memory.ts';
import { emptyConversation, rememberTurn, type ConversationTurn } from '../../../src/assistant/conversation-context.ts';
import { ETagConflictError } from '../../../src/lib/errors/etag-conflict-error.ts';
import { createSqliteStorage } from '../../../src/storage/sqlite-storage.ts';

const turn = (question: string): ConversationTurn => ({ question, intent: 'knowledge', language: 'nl' });
const activity = (conversationId = 'conv-1') =>
  ({ channelId: 'msteams', recipient: { id: 'bot-1' }, conversation: { id: conversationId } }) as unknown as Activity;
const KEY = 'msteams/bot-1/conversations/conv-1';

/** The real local store, counting writes. */
function countingStorage(): Storage & { writes: number; close(): void } {
  const inner = createSqliteStorage({ file: ':memory:' });
  const counting = {
    writes: 0,
    read: (keys: string[]) => inner.read(keys),
    write: async (changes: StoreItems) => {
      counting.writes++;
      await inner.write(changes);
    },
    delete: (keys: string[]) => inner.delete(keys),
    close: () => inner.close(),
  };
  return counting;
}

const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const storage of opened.splice(0)) storage.close();
});

function setUp() {
  const storage = countingStorage();
  opened.push(storage);
  const warnings: unknown[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line)) });
  return { storage, warnings, memory: createConversationMemory({ storage, logger }) };
}

describe('conversation memory', () => {
  it('recalls what a turn remembered, under the key the SDK state used', async () => {
    const { storage, memory } = setUp();
    const first = await memory.recall(activity());
    expect(first.context).toEqual(emptyConversation());
    await memory.remember(first, rememberTurn(first.context, turn('Wat is taakgerichte bekostiging?')));
    expect((await memory.recall(activity())).context.turns.map((t) => t.question)).toEqual(['Wat is taakgerichte bekostiging?']);
    expect(Object.keys(await storage.read([KEY]))).toEqual([KEY]);
  });

  it('keeps both questions when two turns of one conversation ran at once', async () => {
    const { memory } = setUp();
    const start = await memory.recall(activity());
    await memory.remember(start, rememberTurn(start.context, turn('eerste vraag')));
    const a = await memory.recall(activity());
    const b = await memory.recall(activity());
    await memory.remember(a, rememberTurn(a.context, turn('vraag A')));
    await memory.remember(b, rememberTurn(b.context, turn('vraag B')));
    expect((await memory.recall(activity())).context.turns.map((t) => t.question)).toEqual(['eerste vraag', 'vraag A', 'vraag B']);
  });

  it('writes nothing for a turn that changed nothing (help)', async () => {
    const { storage, memory } = setUp();
    const recalled = await memory.recall(activity());
    await memory.remember(recalled, recalled.context);
    expect(storage.writes).toBe(0);
  });

  it('starts afresh from a stored value it does not recognise', async () => {
    const { storage, memory } = setUp();
    await storage.write({ [KEY]: { stelselwijzer: { turns: 'kapot' } } });
    expect((await memory.recall(activity())).context).toEqual(emptyConversation());
  });

  it('remembers nothing, without failing, for an activity without a conversation', async () => {
    const { storage, memory } = setUp();
    const recalled = await memory.recall({ channelId: 'msteams', recipient: { id: 'bot-1' } } as unknown as Activity);
    await memory.remember(recalled, rememberTurn(recalled.context, turn('vraag')));
    expect(recalled.context).toEqual(emptyConversation());
    expect(storage.writes).toBe(0);
  });

  it('gives up after a few conflicts with a warning instead of failing the turn', async () => {
    let writes = 0;
    const alwaysChanged: Storage = {
      read: async () => ({ [KEY]: { stelselwijzer: { turns: [] }, eTag: String(writes) } }),
      write: async () => {
        writes++;
        throw new ETagConflictError({ key: KEY });
      },
      delete: async () => undefined,
    };
    const warnings: Array<{ msg: string }> = [];
    const memory = createConversationMemory({ storage: alwaysChanged, logger: pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line)) }) });
    const recalled = await memory.recall(activity());
    await expect(memory.remember(recalled, rememberTurn(recalled.context, turn('vraag')))).resolves.toBeUndefined();
    expect(writes).toBe(5);
    expect(warnings.map((w) => w.msg)).toEqual(['conversation context not saved: it kept changing under this turn']);
  });

  it('answers without earlier questions when the storage cannot be read or written, and logs it', async () => {
    const broken: Storage = {
      read: async () => Promise.reject(new Error('storage unreachable')),
      write: async () => Promise.reject(new Error('disk full')),
      delete: async () => undefined,
    };
    const errors: Array<{ msg: string }> = [];
    const memory = createConversationMemory({ storage: broken, logger: pino({ level: 'error' }, { write: (line: string) => errors.push(JSON.parse(line)) }) });
    const recalled = await memory.recall(activity());
    expect(recalled.context).toEqual(emptyConversation());
    await expect(memory.remember(recalled, rememberTurn(recalled.context, turn('vraag')))).resolves.toBeUndefined();
    expect(errors.map((e) => e.msg)).toEqual(['conversation memory unavailable: answering without the earlier questions']);
  });

  it('does not fail the turn when only writing fails', async () => {
    const writeFails: Storage = { read: async () => ({}), write: async () => Promise.reject(new Error('disk full')), delete: async () => undefined };
    const errors: Array<{ msg: string }> = [];
    const memory = createConversationMemory({ storage: writeFails, logger: pino({ level: 'error' }, { write: (line: string) => errors.push(JSON.parse(line)) }) });
    const recalled = await memory.recall(activity());
    await expect(memory.remember(recalled, rememberTurn(recalled.context, turn('vraag')))).resolves.toBeUndefined();
    expect(errors.map((e) => e.msg)).toEqual(['conversation memory unavailable: this turn is not remembered']);
  });
});
