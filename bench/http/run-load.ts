import autocannon from 'autocannon';

export interface LoadScenario {
  name: string;
  url: string;
  /** A fresh Activity for the n-th request. */
  activity: (n: number) => Record<string, unknown>;
  /** Whether a 200 reply body is the answer the scenario expects (not an apology or an empty reply). */
  isExpectedReply: (body: string) => boolean;
}

export interface LoadResult {
  name: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx replies that were not the expected answer. */
  wrongReplies: number;
}

/** Drives `POST /api/messages` with autocannon for `durationSeconds` and measures every response. */
export async function runLoad(options: { scenario: LoadScenario; connections: number; durationSeconds: number }): Promise<LoadResult> {
  const { scenario } = options;
  let sent = 0;
  let wrongReplies = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: scenario.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(scenario.activity(sent++)) }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && !scenario.isExpectedReply(body)) wrongReplies++;
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTimeMs: number) => latencies.push(responseTimeMs));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return {
    name: scenario.name,
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: latencies.at(-1) ?? Number.NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    wrongReplies,
  };
}
