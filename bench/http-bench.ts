import { messageActivity } from '../test/support/activities.ts';
import { makeTempDir } from '../test/support/temp-dir.ts';
import { loadTable, megabytes, percent, ms, verdict } from './http/bench-report.ts';
import { mergeRounds, runLoad, type LoadResult, type LoadScenario } from './http/run-load.ts';
import { startBenchServer, type BenchServer } from './http/start-bench-server.ts';

/**
 * `npm run bench:http`: HTTP throughput and latency of `POST /api/messages` (expectReplies) for a
 * knowledge question and a data question on the real bot, next to an echo agent on the same SDK
 * (the floor), then a soak of the knowledge question watching the bot's memory. The bot and the
 * echo agent run in their own processes on 127.0.0.1; load comes from autocannon in this one.
 *
 * Environment: BENCH_SECONDS (per scenario, default 10), BENCH_ROUNDS (interleaved rounds the
 * seconds are split into, default 3), SOAK_SECONDS (default 120; 0 skips), BENCH_CONNECTIONS (default 16), BENCH_CPU_PROFILE_DIR (writes a V8 CPU profile of the bot there).
 */
const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0 || value > 3600) throw new Error(`${name} must be a number of seconds from 0 to 3600`);
  return value;
};
const BENCH_SECONDS = Math.max(1, seconds('BENCH_SECONDS', 10));
const SOAK_SECONDS = seconds('SOAK_SECONDS', 120);
const CONNECTIONS = Math.min(256, Math.max(1, seconds('BENCH_CONNECTIONS', 16)));
/** The load of each scenario is split into this many rounds, taken in turn (knowledge, data, echo, knowledge, …). */
const ROUNDS = Math.min(10, Math.max(1, Math.round(seconds('BENCH_ROUNDS', 3))));
const WARM_UP_SECONDS = 3;
const SAMPLE_EVERY_MS = 5000;
/** Distinct users and personal chats the requests rotate through. */
const USERS = 64;

const KNOWLEDGE_QUESTION = 'Wat is taakgerichte bekostiging?';
const DATA_QUESTION = 'Hoeveel residentiële plaatsingen hadden we dit jaar?';
const APOLOGY = 'Sorry, er ging iets mis';

/** The n-th request of a scenario: one of USERS users, each in a personal chat of its own per scenario. */
const asUser = (scenario: string, text: string) => (n: number) => {
  const user = n % USERS;
  return messageActivity(text, {
    from: { id: `bench-user-${user}`, name: 'Bench', aadObjectId: `00000000-0000-0000-0000-${String(user).padStart(12, '0')}` },
    conversation: { id: `bench-${scenario}-${user}`, conversationType: 'personal' },
  });
};
const isMessageReply = (body: string) => body.includes('"type":"message"') && !body.includes(APOLOGY);

function scenarios(bot: BenchServer, echo: BenchServer): { knowledge: LoadScenario; data: LoadScenario; echo: LoadScenario } {
  return {
    knowledge: { name: 'knowledge question', url: bot.url, activity: asUser('knowledge', KNOWLEDGE_QUESTION), isExpectedReply: (body) => isMessageReply(body) && body.includes('[1]') },
    data: { name: 'data question', url: bot.url, activity: asUser('data', DATA_QUESTION), isExpectedReply: (body) => isMessageReply(body) && /\d/.test(body) },
    echo: { name: 'echo floor', url: echo.url, activity: asUser('echo', KNOWLEDGE_QUESTION), isExpectedReply: (body) => body.includes(`Echo: ${KNOWLEDGE_QUESTION}`) },
  };
}

/** One request per scenario before the load, to show what is being measured and stop early if it is wrong. */
async function preflight(scenario: LoadScenario): Promise<void> {
  const response = await fetch(scenario.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(scenario.activity(0)) });
  const body = await response.text();
  const text = (JSON.parse(body) as { activities?: { type: string; text?: string }[] }).activities?.find((a) => a.type === 'message')?.text ?? '';
  console.log(`  ${scenario.name}: HTTP ${response.status}, "${text.replace(/\s+/g, ' ').slice(0, 140)}…"`);
  if (!response.ok || !scenario.isExpectedReply(body)) throw new Error(`${scenario.name}: unexpected reply ${body.slice(0, 500)}`);
}

interface MemorySample {
  atSeconds: number;
  rss: number;
  heapUsed: number;
  errorLines: string[];
}

/**
 * The knowledge question for SOAK_SECONDS, sampling the bot's RSS every 5 s. Growth is measured
 * from the first sample after the soak's own warm-up (a third of it, at most 10 s): caches, JIT and
 * the young generation fill up first.
 */
async function soak(bot: BenchServer, scenario: LoadScenario): Promise<void> {
  const warmUpSeconds = Math.min(10, SOAK_SECONDS / 3);
  console.log(`\nSoak: ${scenario.name}, ${SOAK_SECONDS} s at ${CONNECTIONS} connections, bot RSS every ${SAMPLE_EVERY_MS / 1000} s (baseline after ${warmUpSeconds.toFixed(0)} s)`);
  const started = performance.now();
  const sample = async (): Promise<MemorySample> => ({ atSeconds: (performance.now() - started) / 1000, ...(await bot.memory()) });
  const samples = [await sample()];
  console.log(`  0 s: RSS ${megabytes(samples[0]!.rss)}, heap ${megabytes(samples[0]!.heapUsed)} (idle, before the load)`);
  const sampler = setInterval(() => {
    void sample().then((next) => {
      samples.push(next);
      console.log(`  ${next.atSeconds.toFixed(0)} s: RSS ${megabytes(next.rss)}, heap ${megabytes(next.heapUsed)}`);
    });
  }, SAMPLE_EVERY_MS);
  let retainedWarm: MemorySample | undefined;
  const warmUpTimer = setTimeout(() => void bot.memory({ collectGarbage: true }).then((m) => (retainedWarm = { atSeconds: warmUpSeconds, ...m })), warmUpSeconds * 1000);
  const result = await runLoad({ scenario, connections: CONNECTIONS, durationSeconds: SOAK_SECONDS });
  clearInterval(sampler);
  clearTimeout(warmUpTimer);
  const end = await sample();
  samples.push(end);
  const retainedEnd = await bot.memory({ collectGarbage: true });
  const baseline = samples.find((s) => s.atSeconds >= warmUpSeconds) ?? samples[0]!;
  const afterWarmUp = samples.filter((s) => s.atSeconds >= baseline.atSeconds);
  const maxRss = Math.max(...afterWarmUp.map((s) => s.rss));
  const growth = (end.rss - baseline.rss) / baseline.rss;
  const errorLines = [...samples, retainedEnd, ...(retainedWarm ? [retainedWarm] : [])].flatMap((s) => s.errorLines);
  const failed = result.errors + result.non2xx + result.wrongReplies;
  console.log(`  ${result.requests} requests, ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, errors ${result.errors}, non-2xx ${result.non2xx}, wrong replies ${result.wrongReplies}`);
  console.log(`  RSS after warm-up ${megabytes(baseline.rss)} (at ${baseline.atSeconds.toFixed(0)} s), end ${megabytes(end.rss)}, max ${megabytes(maxRss)}; heap ${megabytes(baseline.heapUsed)} → ${megabytes(end.heapUsed)}`);
  console.log(`  retained heap after a full GC: ${retainedWarm ? megabytes(retainedWarm.heapUsed) : '–'} after warm-up → ${megabytes(retainedEnd.heapUsed)} at the end (RSS ${megabytes(retainedEnd.rss)})`);
  console.log(`  ${verdict(growth < 0.1, 'RSS growth < 10 % after warm-up', `${growth >= 0 ? '+' : ''}${percent(growth)}; max +${percent((maxRss - baseline.rss) / baseline.rss)}`)}`);
  console.log(`  ${verdict(failed + errorLines.length === 0, '0 errors during the soak', `${failed} failed requests, ${errorLines.length} bot error log lines`)}`);
  for (const line of [...new Set(errorLines)].slice(0, 5)) console.log(`    bot logged: ${line}`);
}

async function main(): Promise<void> {
  const temp = makeTempDir('stelselwijzer-http-bench-');
  // A clean environment: local mode, offline answers, and CBS pointed at a closed local port so
  // that no request leaves 127.0.0.1.
  const env = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: temp.dir,
    LOG_LEVEL: 'error',
    PLAYGROUND: 'off',
    STORAGE: 'local',
    NODE_ENV: 'development',
    CBS_ODATA_V4_URL: 'http://127.0.0.1:9/odata/v1/CBS',
    CBS_ODATA_V3_URL: 'http://127.0.0.1:9/ODataApi/odata',
  };
  const profiling = process.env.BENCH_CPU_PROFILE_DIR ? { cpuProfileDir: process.env.BENCH_CPU_PROFILE_DIR } : {};
  const servers: BenchServer[] = [];
  try {
    console.log('Stelselwijzer HTTP benchmark: POST /api/messages with deliveryMode expectReplies\n');
    console.log('Starting the bot (index built from knowledge/ in a temporary DATA_DIR) and the echo agent…');
    const [bot, echo] = await Promise.all([startBenchServer({ kind: 'bot', env, ...profiling }), startBenchServer({ kind: 'echo', env })]);
    servers.push(bot, echo);
    console.log(`  ${bot.describe} at ${bot.url}\n  ${echo.describe} at ${echo.url}\n`);
    const all = scenarios(bot, echo);
    const order = [all.knowledge, all.data, all.echo];
    console.log('Preflight (one request each):');
    for (const scenario of order) await preflight(scenario);

    console.log(`\nWarm-up: ${WARM_UP_SECONDS} s per scenario`);
    for (const scenario of order) await runLoad({ scenario, connections: CONNECTIONS, durationSeconds: WARM_UP_SECONDS });
    await bot.memory(); // drops error lines of the warm-up from the count below

    const roundSeconds = BENCH_SECONDS / ROUNDS;
    console.log(`\nLoad: ${BENCH_SECONDS} s per scenario in ${ROUNDS} interleaved rounds of ${roundSeconds.toFixed(1)} s, ${CONNECTIONS} connections, ${USERS} users in rotation`);
    const rounds: LoadResult[][] = order.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, scenario] of order.entries()) rounds[i]!.push(await runLoad({ scenario, connections: CONNECTIONS, durationSeconds: roundSeconds }));
    }
    const results = rounds.map(mergeRounds);
    const [knowledge, data, floor] = results as [LoadResult, LoadResult, LoadResult];
    const errorLines = (await bot.memory()).errorLines;
    console.log(`\n${loadTable(results, floor)}\n`);
    const failures = (r: LoadResult) => r.errors + r.non2xx + r.wrongReplies;
    console.log(verdict(knowledge.requestsPerSecond >= 0.25 * floor.requestsPerSecond, 'knowledge ≥ 25 % of echo', percent(knowledge.requestsPerSecond / floor.requestsPerSecond)));
    console.log(verdict(knowledge.p99 <= 100, 'knowledge p99 ≤ 100 ms', ms(knowledge.p99)));
    console.log(verdict(data.p99 <= 100, 'data p99 ≤ 100 ms', ms(data.p99)));
    console.log(verdict(results.every((r) => failures(r) === 0) && errorLines.length === 0, '0 errors', `${results.map((r) => failures(r)).join(' / ')} failed requests, ${errorLines.length} bot error log lines`));
    for (const line of [...new Set(errorLines)].slice(0, 5)) console.log(`  bot logged: ${line}`);

    if (SOAK_SECONDS > 0) {
      // A fresh bot process on the same DATA_DIR, so that memory left by the data scenario's chart
      // rendering does not mask growth on the knowledge path.
      await bot.stop();
      const soakBot = await startBenchServer({ kind: 'bot', env, ...profiling });
      servers.push(soakBot);
      await soak(soakBot, { ...all.knowledge, url: soakBot.url });
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    temp.cleanup();
  }
}

await main();
