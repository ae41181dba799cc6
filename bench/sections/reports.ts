// The report endpoint: accepted reports per second and p50/p99 latency of the
// reference endpoint (createReportHandler + toNodeListener), on the file
// store and on PostgreSQL with one and two server processes, measured side
// by side in one run.
//
// Each scenario runs as real server processes (test/node/support/report-server.ts:
// createReportHandler + the store + toNodeListener) on loopback, fed new
// reports (distinct idempotency keys) by this process with a bounded number
// in flight. Scenarios are interleaved round by round, so a slow moment of
// the machine hits all of them; the table shows medians over the rounds and
// each throughput as a ratio of the file store's in the same run.
//
// Options (environment): BENCH_REQUESTS (per round, default 500; 100 with
// --quick), BENCH_CONCURRENCY (default 32), BENCH_ROUNDS (default 5; 2 with --quick).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgres } from '../../test/node/support/postgres.js';
import { post, illegalReport } from '../../test/node/support/reports.js';
import { startReportServer, type ReportServer } from '../../test/node/support/servers.js';
import type { BenchSection } from '../support/section.js';
import { measure, type Round } from '../support/load.js';
import { formatInt, formatMs, formatRatio, median } from '../support/stats.js';

interface Scenario {
  name: string;
  servers: ReportServer[];
}

const WARMUP = 100;

const section: BenchSection = {
  name: 'reports',
  title: 'Report endpoint: file store and PostgreSQL',
  async run({ quick, log }) {
    const requests = Number(process.env.BENCH_REQUESTS ?? (quick ? 100 : 500));
    const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
    const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : 5));

    const folder = mkdtempSync(join(tmpdir(), 'folio-bench-'));
    log('starting a throwaway PostgreSQL cluster…');
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
      log('starting the report servers…');
      scenarios.push(
        {
          name: 'file store (JSON Lines, fsync), 1 process',
          servers: [await startReportServer({ ...noLimits, REPORTS_FILE: join(folder, 'reports.jsonl') })],
        },
        {
          name: 'PostgreSQL, 1 process',
          servers: [await startReportServer({ ...noLimits, FOLIO_REPORTS_DATABASE_URL: one.url })],
        },
        {
          name: 'PostgreSQL, 2 processes',
          servers: await Promise.all(
            [0, 1].map(() => startReportServer({ ...noLimits, FOLIO_REPORTS_DATABASE_URL: two.url })),
          ),
        },
        {
          name: 'PostgreSQL, 2 processes, with rate limits',
          servers: await Promise.all([0, 1].map(() => startReportServer({ FOLIO_REPORTS_DATABASE_URL: limited.url }))),
        },
      );

      const results = new Map<string, Round[]>(scenarios.map((s) => [s.name, []]));
      for (const scenario of scenarios) await send(scenario, WARMUP, concurrency);
      for (let round = 0; round < rounds; round++) {
        // Rotate the order each round so no scenario always runs first or last.
        for (let i = 0; i < scenarios.length; i++) {
          const scenario = scenarios[(i + round) % scenarios.length]!;
          results.get(scenario.name)!.push(await send(scenario, requests, concurrency));
        }
        log(`round ${round + 1}/${rounds} done`);
      }

      const baseline = median(results.get(scenarios[0]!.name)!.map((r) => r.perSecond));
      const rows = scenarios.map((scenario) => {
        const all = results.get(scenario.name)!;
        const perSecond = median(all.map((r) => r.perSecond));
        return [
          scenario.name,
          formatInt(perSecond),
          formatRatio(perSecond / baseline),
          formatMs(median(all.map((r) => r.p50))),
          formatMs(median(all.map((r) => r.p99))),
        ];
      });
      return {
        tables: [{ columns: ['store', 'accepted reports/s', 'vs file store', 'p50 ms', 'p99 ms'], rows }],
        notes: [
          `${requests} new reports per round and scenario, ${concurrency} in flight, median of ${rounds} rounds after ${WARMUP} warm-up reports each; PostgreSQL ${one.version}, fsync and synchronous_commit on; the servers run under tsx.`,
          'Every answer must be 201 (distinct idempotency keys and client addresses), or the section fails.',
          'The load generator shares the machine with the servers and the database, so on a small machine it competes with them for CPU; compare the ratios between machines, not the absolute figures.',
        ],
        data: {
          requests,
          concurrency,
          rounds,
          warmup: WARMUP,
          postgres: one.version,
          samples: Object.fromEntries(results),
        },
      };
    } finally {
      await Promise.all(scenarios.flatMap((s) => s.servers.map((server) => server.stop())));
      postgres.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  },
};

export default section;

/** Sends `count` new reports spread over the scenario's servers; every answer must be a 201. */
function send(scenario: Scenario, count: number, concurrency: number): Promise<Round> {
  return measure(count, concurrency, async (i) => {
    const server = scenario.servers[i % scenario.servers.length]!;
    // Distinct clients and pages, as in real traffic, so the rate limits (when on) never refuse.
    const body = illegalReport({
      idempotencyKey: randomUUID(),
      page: { url: `https://news.example.cn/news/${i}.html`, title: 'T' },
    });
    const response = await post(server.url, body, {
      'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    });
    await response.arrayBuffer();
    if (response.status !== 201) throw new Error(`${scenario.name}: answer ${response.status}, not 201`);
  });
}
