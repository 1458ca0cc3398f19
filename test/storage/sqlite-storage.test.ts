import { describe, expect, it } from 'vitest';
import { ETagConflictError } from '../../src/lib/errors/etag-conflict-error.ts';
import { createSqliteStorage } from '../../src/storage/sqlite-storage.ts';

describe('SQLite conversation storage (SDK Storage semantics)', () => {
  it('reads what was written, with an eTag, and leaves out missing keys', async () => {
    const storage = createSqliteStorage({ file: ':memory:' });
    await storage.write({ a: { turns: ['x'] } });
    expect(await storage.read(['a', 'missing'])).toEqual({ a: { turns: ['x'], eTag: '1' } });
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
    storage.close();
  });

  it('refuses a write with a stale eTag, and overwrites with "*" or none', async () => {
    const storage = createSqliteStorage({ file: ':memory:' });
    await storage.write({ a: { n: 1 } });
    const first = (await storage.read(['a'])).a!;
    const second = (await storage.read(['a'])).a!;
    await storage.write({ a: { ...first, n: 2 } });
    await expect(storage.write({ a: { ...second, n: 3 } })).rejects.toThrowError(ETagConflictError);
    await storage.write({ a: { n: 4, eTag: '*' } });
    expect((await storage.read(['a'])).a).toMatchObject({ n: 4 });
    storage.close();
  });

  it('lets the same object be saved twice in one turn', async () => {
    const storage = createSqliteStorage({ file: ':memory:' });
    await storage.write({ a: { n: 1 } });
    const item = (await storage.read(['a'])).a!;
    await storage.write({ a: item });
    await storage.write({ a: item });
    expect((await storage.read(['a'])).a?.eTag).toBe('3');
    storage.close();
  });

  it('requires keys when reading', async () => {
    const storage = createSqliteStorage({ file: ':memory:' });
    await expect(storage.read([])).rejects.toThrowError(ReferenceError);
    storage.close();
  });
});
