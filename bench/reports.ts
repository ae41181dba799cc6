// `node --import tsx bench/reports.ts`: accepted reports per second and p50/p99
// latency of the reference endpoint, on the file store and on PostgreSQL with
// one and two server processes, measured side by side in one run.
//
// Each scenario runs as real server processes (test/node/support/report-server.ts:
// createReportHandler + the store + toNodeListener) on loopback, fed new
// reports (distinct idempotency keys) by this process with a bounded number
// in flight. Scenarios are interleaved round by round, so a slow moment of
// the machine hits all of them; the table shows medians over the rounds and
// each throughput as a ratio of the file store's in the same run.
//
// Options (environment): BENCH_REQUESTS (per round, default 500),
// BENCH_CONCURRENCY (default 32), BENCH_ROUNDS (default 5).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgres } from '../test/node/support/postgres.js';
import { post, reportBody } from '../test/node/support/reports.js';
import { startReportServer, type ReportServer } from '../test/node/support/servers.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP = 100;

interface Scenario {
  name: string;
  servers: ReportServer[];
}
interface Round {
  perSecond: number;
  p50: number;
  p99: number;
}

const folder = mkdtempSync(join(tmpdir(), 'folio-bench-'));
const postgres = await startPostgres();
const scenarios: Scenario[] = [];
try {
  const database = async (name: string) => {
    const admin = new pg.Client(postgres.url);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
    await admin.end();
    return { url: postgres.url.replace(/\/postgres$/, `/${name}`), version };
  };
  const one = await database('bench_one');
  const two = await database('bench_two');
  const limited = await database('bench_limited');
  const noLimits = { RATE_LIMIT: 'off' };
  scenarios.push(
    { name: 'file store (JSON Lines, fsync), 1 process', servers: [await startReportServer({ ...noLimits, REPORTS_FILE: join(folder, 'reports.jsonl') })] },
    { name: 'PostgreSQL, 1 process', servers: [await startReportServer({ ...noLimits, FOLIO_REPORTS_DATABASE_URL: one.url })] },
    {
      name: 'PostgreSQL, 2 processes',
      servers: await Promise.all([0, 1].map(() => startReportServer({ ...noLimits, FOLIO_REPORTS_DATABASE_URL: two.url }))),
    },
    {
      name: 'PostgreSQL, 2 processes, with rate limits',
      servers: await Promise.all([0, 1].map(() => startReportServer({ FOLIO_REPORTS_DATABASE_URL: limited.url }))),
    },
  );

  const results = new Map<string, Round[]>(scenarios.map((s) => [s.name, []]));
  for (const scenario of scenarios) await run(scenario, WARMUP);
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order each round so no scenario always runs first or last.
    for (let i = 0; i < scenarios.length; i++) {
      const scenario = scenarios[(i + round) % scenarios.length]!;
      results.get(scenario.name)!.push(await run(scenario, REQUESTS));
    }
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }

  const baseline = median(results.get(scenarios[0]!.name)!.map((r) => r.perSecond));
  console.log(
    `\n${REQUESTS} new reports per round, ${CONCURRENCY} in flight, median of ${ROUNDS} rounds; ` +
      `${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, PostgreSQL ${one.version}\n`,
  );
  console.log('| store | accepted reports/s | vs file store | p50 ms | p99 ms |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const scenario of scenarios) {
    const rounds = results.get(scenario.name)!;
    const perSecond = median(rounds.map((r) => r.perSecond));
    console.log(
      `| ${scenario.name} | ${perSecond.toFixed(0)} | ${(perSecond / baseline).toFixed(2)}× | ` +
        `${median(rounds.map((r) => r.p50)).toFixed(1)} | ${median(rounds.map((r) => r.p99)).toFixed(1)} |`,
    );
  }
} finally {
  await Promise.all(scenarios.flatMap((s) => s.servers.map((server) => server.stop())));
  postgres.stop();
  rmSync(folder, { recursive: true, force: true });
}

/** Sends `count` new reports spread over the scenario's servers; every answer must be a 201. */
async function run(scenario: Scenario, count: number): Promise<Round> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const i = next++;
        const server = scenario.servers[i % scenario.servers.length]!;
        // Distinct clients and pages, as in real traffic, so the rate limits (when on) never refuse.
        const body = reportBody({ idempotencyKey: randomUUID(), page: { url: `https://news.example.cn/news/${i}.html`, title: 'T' } });
        const sent = performance.now();
        const response = await post(server.url, body, { 'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`${scenario.name}: answer ${response.status}, not 201`);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
