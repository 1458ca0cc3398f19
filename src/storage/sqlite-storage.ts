import fs from 'node:fs';
import path from 'node:path';
import type { Storage, StoreItem, StoreItems } from '@microsoft/agents-hosting';
import Database from 'better-sqlite3';
import { ETagConflictError } from '../lib/errors/index.ts';

/**
 * The local conversation state store: one SQLite row per key (WAL), so a turn writes only its own
 * conversation instead of rewriting every conversation as a single JSON file would. Optimistic
 * concurrency as in the SDK stores: a write carrying a stale `eTag` fails; `'*'` or none overwrites.
 */
export function createSqliteStorage(options: { file: string }): Storage & { close(): void } {
  if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL, version INTEGER NOT NULL)');
  const select = db.prepare('SELECT value, version FROM state WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO state (key, value, version) VALUES (?, ?, 1) ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = state.version + 1 RETURNING version',
  );
  const remove = db.prepare('DELETE FROM state WHERE key = ?');
  const writeOne = db.transaction((key: string, item: StoreItem): string => {
    const { eTag, ...value } = item;
    if (typeof eTag === 'string' && eTag !== '' && eTag !== '*') {
      const current = select.get(key) as { version: number } | undefined;
      if (!current || String(current.version) !== eTag) throw new ETagConflictError({ key });
    }
    return String((upsert.get(key, JSON.stringify(value)) as { version: number }).version);
  });

  return {
    async read(keys: string[]): Promise<StoreItems> {
      if (!keys || keys.length === 0) throw new ReferenceError('Keys are required when reading.');
      const items: StoreItems = {};
      for (const key of keys) {
        const row = select.get(key) as { value: string; version: number } | undefined;
        if (row) items[key] = { ...(JSON.parse(row.value) as StoreItem), eTag: String(row.version) };
      }
      return items;
    },
    async write(changes: StoreItems): Promise<void> {
      for (const [key, item] of Object.entries(changes)) {
        // The SDK saves the same object again within a turn: give it the new eTag.
        (item as StoreItem).eTag = writeOne(key, (item ?? {}) as StoreItem);
      }
    },
    async delete(keys: string[]): Promise<void> {
      for (const key of keys) remove.run(key);
    },
    close: () => db.close(),
  };
}
