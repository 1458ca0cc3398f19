import type Database from 'better-sqlite3';

/**
 * Keeps the results of read queries until the registration changes. SQLite tells when that is:
 * `total_changes()` counts this connection's own writes (an import through the store) and
 * `data_version` moves when another connection commits (`cli import-registrations` while the bot
 * runs). Results are shared between callers, so they must be treated as read-only.
 */
export function createDataVersionCache(options: { db: Database.Database; maxEntries: number }): <T>(key: string, compute: () => T) => T {
  const version = options.db.prepare('SELECT total_changes() AS own, (SELECT data_version FROM pragma_data_version) AS others');
  const entries = new Map<string, unknown>();
  let cachedVersion = '';
  return <T>(key: string, compute: () => T): T => {
    const { own, others } = version.get() as { own: number; others: number };
    const current = `${own}:${others}`;
    if (current !== cachedVersion) {
      entries.clear();
      cachedVersion = current;
    }
    if (entries.has(key)) return entries.get(key) as T;
    const value = compute();
    if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    return value;
  };
}
