import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const cacheEntrySchema = z.object({
  url: z.string(),
  /** ISO timestamp of the moment CBS answered. */
  retrievedAt: z.string(),
  body: z.unknown(),
});

export type CachedResponse = z.infer<typeof cacheEntrySchema>;

export interface ResponseCache {
  read(url: string): Promise<CachedResponse | null>;
  write(entry: CachedResponse): Promise<void>;
}

/** On-disk JSON cache of CBS responses, one file per URL (named by its SHA-256). */
export function createResponseCache(options: { cacheDir: string }): ResponseCache {
  const fileFor = (url: string) => join(options.cacheDir, `${createHash('sha256').update(url).digest('hex')}.json`);

  return {
    async read(url) {
      let text: string;
      try {
        text = await readFile(fileFor(url), 'utf8');
      } catch {
        return null;
      }
      try {
        const entry = cacheEntrySchema.parse(JSON.parse(text));
        return entry.url === url ? entry : null;
      } catch {
        return null; // a damaged cache file is treated as absent
      }
    },

    async write(entry) {
      await mkdir(options.cacheDir, { recursive: true });
      const target = fileFor(entry.url);
      const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, JSON.stringify(entry), 'utf8');
      await rename(temporary, target);
    },
  };
}
