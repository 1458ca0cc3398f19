import { createHash } from 'node:crypto';

/** First 8 hex characters of the SHA-256 of the given parts: short, stable content fingerprints. */
export function shortHash(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, 8);
}
