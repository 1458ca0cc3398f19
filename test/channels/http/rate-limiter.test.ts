import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/channels/http/rate-limiter.ts';

function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('createRateLimiter', () => {
  it('allows a burst of `capacity` requests, then refuses with retryAfterSeconds', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5, now: clock.now });
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual(Array(3).fill({ allowed: true, retryAfterSeconds: 0 }));
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it('refills over time, never above capacity', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    clock.advance(1000);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    clock.advance(60_000);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('retryAfterSeconds counts down as tokens come back (rounded up, at least 1)', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.1, now: clock.now });
    limiter.take('a');
    expect(limiter.take('a').retryAfterSeconds).toBe(10);
    clock.advance(4_500);
    expect(limiter.take('a').retryAfterSeconds).toBe(6);
    clock.advance(5_400);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(100);
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('keeps keys apart', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: fakeClock().now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('holds at most maxKeys keys, dropping the least recently used', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001, now: clock.now, maxKeys: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('a'); // a is now the most recently used
    limiter.take('c'); // drops b
    expect(limiter.size()).toBe(2);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true); // forgotten, so a fresh bucket
  });

  it('forgets idle keys once their bucket is full again', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    for (let i = 0; i < 1000; i++) limiter.take(`user-${i}`);
    expect(limiter.size()).toBe(1000);
    clock.advance(1000);
    limiter.take('someone-new');
    expect(limiter.size()).toBe(1);
  });

  it('stays bounded under many distinct keys', () => {
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 0.01, now: fakeClock().now, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) limiter.take(`user-${i}`);
    expect(limiter.size()).toBe(100);
  });

  it('rejects a capacity below 1 or a refill rate of 0', () => {
    expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
  });
});
