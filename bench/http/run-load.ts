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
  /** Every response time (ms), sorted, and the seconds the load ran: for merging rounds. */
  latencies: number[];
  durationSeconds: number;
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
  return summarise({ name: scenario.name, latencies, durationSeconds: result.duration, errors: result.errors + result.timeouts, non2xx: result.non2xx, wrongReplies });
}

/**
 * One result for several rounds of the same scenario: the bench interleaves short rounds of each
 * scenario, so that a slower moment of a shared machine weighs on all of them alike.
 */
export function mergeRounds(rounds: LoadResult[]): LoadResult {
  const first = rounds[0];
  if (!first) throw new Error('mergeRounds needs at least one round');
  const sum = (pick: (r: LoadResult) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  return summarise({
    name: first.name,
    latencies: rounds.flatMap((r) => r.latencies),
    durationSeconds: sum((r) => r.durationSeconds),
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
    wrongReplies: sum((r) => r.wrongReplies),
  });
}

function summarise(options: { name: string; latencies: number[]; durationSeconds: number; errors: number; non2xx: number; wrongReplies: number }): LoadResult {
  const latencies = [...options.latencies].sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return {
    name: options.name,
    requests: latencies.length,
    requestsPerSecond: latencies.length / options.durationSeconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: latencies.at(-1) ?? Number.NaN,
    errors: options.errors,
    non2xx: options.non2xx,
    wrongReplies: options.wrongReplies,
    latencies,
    durationSeconds: options.durationSeconds,
  };
}
