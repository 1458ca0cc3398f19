import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlobStorage } from '../../src/storage/blob-storage.ts';
import { ETagConflictError } from '../../src/lib/errors/etag-conflict-error.ts';
import { startAzurite, uniqueContainerName, type Azurite } from './azurite.ts';

describe('createBlobStorage (Agents SDK Storage on Azurite)', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite?.stop();
  });
  const open = (containerName: string) => createBlobStorage({ connectionString: azurite.connectionString, containerName });

  it('creates the container, and read/write/delete round-trip; missing keys are left out', async () => {
    const containerName = uniqueContainerName();
    const storage = open(containerName);
    await storage.write({ 'conv-1': { turns: 2, topic: 'lumpsum' }, 'user-1': { language: 'nl' } });

    const read = await storage.read(['conv-1', 'user-1', 'missing']);
    expect(Object.keys(read).sort()).toEqual(['conv-1', 'user-1']);
    expect(read['conv-1']).toMatchObject({ turns: 2, topic: 'lumpsum' });
    expect(read['conv-1'].eTag).toEqual(expect.any(String));

    await storage.delete(['conv-1', 'missing']);
    expect(await storage.read(['conv-1', 'user-1'])).toEqual({ 'user-1': expect.objectContaining({ language: 'nl' }) });
    const container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(containerName);
    expect(await container.exists()).toBe(true);
  });

  it('stores JSON without the eTag, one blob per key under state/', async () => {
    const containerName = uniqueContainerName();
    await open(containerName).write({ plain: { value: 1, eTag: '*' } });
    const container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(containerName);
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    expect(names).toEqual(['state/plain.json']);
    const body = (await container.getBlobClient('state/plain.json').downloadToBuffer()).toString('utf8');
    expect(JSON.parse(body)).toEqual({ value: 1 });
  });

  it('a write with a stale eTag from another instance fails with ETagConflictError', async () => {
    const containerName = uniqueContainerName();
    const first = open(containerName);
    const second = open(containerName);
    await first.write({ conversation: { turn: 0 } });

    const readByFirst = (await first.read(['conversation']))['conversation'];
    const readBySecond = (await second.read(['conversation']))['conversation'];
    await first.write({ conversation: { ...readByFirst, turn: 1 } });

    const conflict = await second.write({ conversation: { ...readBySecond, turn: 99 } }).catch((error: unknown) => error);
    expect(ETagConflictError.isInstance(conflict)).toBe(true);
    expect(conflict).toMatchObject({ name: 'ETagConflictError', key: 'conversation' });
    expect((await second.read(['conversation']))['conversation']).toMatchObject({ turn: 1 });

    await second.write({ conversation: { ...readBySecond, turn: 2, eTag: '*' } });
    await second.write({ conversation: { turn: 3 } });
    expect((await first.read(['conversation']))['conversation']).toMatchObject({ turn: 3 });
  });

  it('a write with an eTag of a deleted item fails; the same object can be saved twice in one turn', async () => {
    const storage = open(uniqueContainerName());
    await storage.write({ gone: { n: 1 } });
    const stale = (await storage.read(['gone']))['gone'];
    await storage.delete(['gone']);
    await expect(storage.write({ gone: stale })).rejects.toSatisfy(ETagConflictError.isInstance);

    await storage.write({ kept: { n: 1 } });
    const state = (await storage.read(['kept']))['kept'];
    state.n = 2;
    await storage.write({ kept: state });
    state.n = 3;
    await storage.write({ kept: state });
    expect((await storage.read(['kept']))['kept']).toMatchObject({ n: 3, eTag: state.eTag });
  });

  it('keys with slashes, dots, percent signs and unicode stay distinct and round-trip', async () => {
    const storage = open(uniqueContainerName());
    const keys = [
      'msteams/conversations/a:1AbC_x-Y;messageid=1700000000000/',
      'msteams/conversations/a:1AbC_x-Y;messageid=1700000000000',
      'gemeente Súdwest-Fryslân/ü/日本語 🙂',
      '../..%2F%252e.',
      'x'.repeat(2_000),
    ];
    await storage.write(Object.fromEntries(keys.map((key, index) => [key, { index }])));
    const read = await storage.read(keys);
    expect(keys.map((key) => read[key]?.index)).toEqual([0, 1, 2, 3, 4]);
    await storage.delete(keys);
    expect(await storage.read(keys)).toEqual({});
  });

  it('rejects reading or deleting no keys, like the SDK storages', async () => {
    const storage = open(uniqueContainerName());
    await expect(storage.read([])).rejects.toThrow(ReferenceError);
    await expect(storage.delete([])).rejects.toThrow(ReferenceError);
  });
});
