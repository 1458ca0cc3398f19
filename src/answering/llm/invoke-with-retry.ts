import { classifyModelError, type ModelFailure } from './classify-model-error.ts';
import type { LlmLogger } from './llm-logger.ts';
import { ModelUnavailableError } from './model-unavailable-error.ts';

export interface InvokeWithRetryOptions<T> {
  /** One model request; must stop when `signal` aborts. */
  call: (signal: AbortSignal) => Promise<T>;
  /** `Date.now()` by which a result is needed; no request or wait runs past it. */
  deadline: number;
  logger?: LlmLogger;
  /** First backoff delay; doubled per retry (with jitter), at most `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Calls the model until it answers, retrying timeouts, 429 (waiting `retry-after` when given),
 * 5xx and network errors with exponential backoff, all within the deadline. Throws
 * ModelUnavailableError with reason `timeout` when time ran out waiting for the model, and
 * `model-unavailable` otherwise.
 */
export async function invokeWithRetry<T>(options: InvokeWithRetryOptions<T>): Promise<T> {
  const { call, deadline, logger } = options;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 4_000;
  let lastFailure: ModelFailure | undefined;
  for (let attempt = 1; ; attempt++) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw giveUp({ attempts: attempt - 1, lastFailure, timedOut: true });
    const signal = AbortSignal.timeout(remaining);
    try {
      return await call(signal);
    } catch (error) {
      const failure: ModelFailure = signal.aborted
        ? { kind: 'timeout', retryable: false, message: `geen antwoord binnen het tijdsbudget / no response within the time budget` }
        : classifyModelError(error);
      lastFailure = failure;
      logger?.warn({ attempt, failure: failure.kind, retryAfterMs: failure.retryAfterMs, message: failure.message }, 'llm request failed');
      if (signal.aborted) throw giveUp({ attempts: attempt, lastFailure, timedOut: true });
      if (!failure.retryable) throw giveUp({ attempts: attempt, lastFailure, timedOut: false });
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
      const delay = failure.retryAfterMs ?? backoff;
      if (Date.now() + delay >= deadline) throw giveUp({ attempts: attempt, lastFailure, timedOut: failure.kind === 'timeout' });
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function giveUp(options: { attempts: number; lastFailure: ModelFailure | undefined; timedOut: boolean }): ModelUnavailableError {
  return new ModelUnavailableError({
    reason: options.timedOut ? 'timeout' : 'model-unavailable',
    attempts: options.attempts,
    ...(options.lastFailure ? { lastFailure: options.lastFailure } : {}),
  });
}
