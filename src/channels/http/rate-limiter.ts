export interface RateLimiterOptions {
  /** Burst size: how many requests a key may make at once. */
  capacity: number;
  /** Tokens added back per second, up to `capacity`. */
  refillPerSecond: number;
  /** Milliseconds clock; injectable for tests. */
  now?: () => number;
  /** Most keys kept at once; the least recently used is dropped beyond it (default 10 000). */
  maxKeys?: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until the next request of this key would be allowed; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Takes one token for `key` when it has one. */
  take(key: string): RateLimitDecision;
  /** Keys held in memory right now. */
  size(): number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const DEFAULT_MAX_KEYS = 10_000;

/**
 * A per-key token bucket. Memory stays bounded: keys live in a Map in least-recently-used order,
 * the oldest is dropped beyond `maxKeys`, and idle keys whose bucket has refilled completely are
 * swept (a full bucket is the same as no bucket).
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { capacity, refillPerSecond } = options;
  if (!(capacity >= 1)) throw new RangeError('capacity must be at least 1');
  if (!(refillPerSecond > 0)) throw new RangeError('refillPerSecond must be greater than 0');
  const now = options.now ?? Date.now;
  const maxKeys = Math.max(1, options.maxKeys ?? DEFAULT_MAX_KEYS);
  const buckets = new Map<string, Bucket>();

  const refilled = (bucket: Bucket, at: number): number =>
    Math.min(capacity, bucket.tokens + (Math.max(0, at - bucket.updatedAt) / 1000) * refillPerSecond);

  /** Drops least recently used keys that are full again; stops at the first that is not. */
  const sweepIdle = (at: number): void => {
    for (const [key, bucket] of buckets) {
      if (refilled(bucket, at) < capacity) return;
      buckets.delete(key);
    }
  };

  return {
    take(key) {
      const at = now();
      sweepIdle(at);
      const existing = buckets.get(key);
      const bucket: Bucket = existing ? { tokens: refilled(existing, at), updatedAt: at } : { tokens: capacity, updatedAt: at };
      // Re-inserting moves the key to the most recently used end.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, retryAfterSeconds: 0 };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)) };
    },
    size: () => buckets.size,
  };
}
