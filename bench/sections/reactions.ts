// The reactions endpoint: presses per second, GET counts per second and the
// 304 path, p50/p99, on the file store and on PostgreSQL, against the report
// endpoint's accepted reports per second on the same stores in the same run.
//
// Each store runs as a real server process (test/node/support/reaction-server.ts
// and report-server.ts) on loopback, fed by this process with a bounded number
// in flight. Every press is a new reader's (so it changes a count); GETs read a
// page no press touches, so its ETag holds and If-None-Match is answered 304.
// Scenarios are interleaved round by round; the table shows medians over the
// rounds and each throughput as a ratio of the report file store's.
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
import { startReactionServer, startReportServer, type ServerProcess } from '../../test/node/support/servers.js';
import type { BenchSection } from '../support/section.js';
import { measure, type Round } from '../support/load.js';
import { formatInt, formatMs, formatRatio, median } from '../support/stats.js';

interface Scenario {
  name: string;
  /** Request `i` of a round; resolves once the answer is read, throws on an unexpected status. */
  request: (i: number) => Promise<void>;
}

const WARMUP = 100;
const READ_PAGE = 'https://news.example.cn/news/1040.html';
let presses = 0;

const section: BenchSection = {
  name: 'reactions',
  title: 'Reactions endpoint: presses, GET counts and 304s, against reports',
  async run({ quick, log }) {
    const requests = Number(process.env.BENCH_REQUESTS ?? (quick ? 100 : 500));
    const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
    const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : 5));

    const folder = mkdtempSync(join(tmpdir(), 'folio-bench-reactions-'));
    log('starting a throwaway PostgreSQL cluster…');
    const postgres = await startPostgres();
    const servers: ServerProcess[] = [];
    try {
      const admin = new pg.Client(postgres.url);
      await admin.connect();
      await admin.query('CREATE DATABASE bench_reactions');
      await admin.query('CREATE DATABASE bench_reports');
      const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
      await admin.end();
      const database = (name: string) => postgres.url.replace(/\/postgres$/, `/${name}`);

      log('starting the servers…');
      const start = async (server: Promise<ServerProcess>) => (servers.push(await server), servers.at(-1)!);
      const reportFile = await start(startReportServer({ RATE_LIMIT: 'off', REPORTS_FILE: join(folder, 'r.jsonl') }));
      const reportPg = await start(
        startReportServer({ RATE_LIMIT: 'off', FOLIO_REPORTS_DATABASE_URL: database('bench_reports') }),
      );
      const reactionFile = await start(startReactionServer({ REACTIONS_FILE: join(folder, 'reactions.jsonl') }));
      const reactionPg = await start(startReactionServer({ FOLIO_REPORTS_DATABASE_URL: database('bench_reactions') }));

      const scenarios: Scenario[] = [
        { name: 'report POST, file store', request: (i) => sendReport(reportFile, i) },
        { name: 'report POST, PostgreSQL', request: (i) => sendReport(reportPg, i) },
      ];
      for (const [store, server] of [
        ['file store', reactionFile],
        ['PostgreSQL', reactionPg],
      ] as const) {
        // The page the GETs read: a few reactions, then never pressed again, so its ETag holds.
        for (let i = 0; i < 10; i++) await press(server, READ_PAGE);
        const etag = (await fetch(readUrl(server))).headers.get('ETag')!;
        scenarios.push(
          {
            name: `reaction POST, ${store}`,
            request: (i) => press(server, `https://news.example.cn/news/${i % 50}.html`),
          },
          { name: `reaction GET 200, ${store}`, request: () => read(server, {}, 200) },
          { name: `reaction GET 304, ${store}`, request: () => read(server, { 'If-None-Match': etag }, 304) },
        );
      }

      const results = new Map<string, Round[]>(scenarios.map((s) => [s.name, []]));
      for (const scenario of scenarios) await measure(WARMUP, concurrency, scenario.request);
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < scenarios.length; i++) {
          const scenario = scenarios[(i + round) % scenarios.length]!;
          results.get(scenario.name)!.push(await measure(requests, concurrency, scenario.request));
        }
        log(`round ${round + 1}/${rounds} done`);
      }

      const baseline = median(results.get(scenarios[0]!.name)!.map((r) => r.perSecond));
      const rows = scenarios.map(({ name }) => {
        const all = results.get(name)!;
        const perSecond = median(all.map((r) => r.perSecond));
        return [
          name,
          formatInt(perSecond),
          formatRatio(perSecond / baseline),
          formatMs(median(all.map((r) => r.p50))),
          formatMs(median(all.map((r) => r.p99))),
        ];
      });
      return {
        tables: [{ columns: ['request', 'per second', 'vs report POST (file)', 'p50 ms', 'p99 ms'], rows }],
        notes: [
          `${requests} requests per round and scenario, ${concurrency} in flight, median of ${rounds} rounds after ${WARMUP} warm-up requests each; one server process per store; PostgreSQL ${version}, fsync and synchronous_commit on; the servers run under tsx.`,
          'Every press is a new reader’s (a change that is made durable before the 200); the reaction servers count each client’s changes (in memory with the file store, in the database’s table with PostgreSQL), the report servers run without rate limits.',
          'Every answer must have the expected status (201 report, 200 press or GET, 304 with If-None-Match), or the section fails.',
          'The load generator shares the machine with the servers and the database; compare the ratios, not the absolute figures.',
        ],
        data: {
          requests,
          concurrency,
          rounds,
          warmup: WARMUP,
          postgres: version,
          samples: Object.fromEntries(results),
        },
      };
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      postgres.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  },
};

export default section;

const readUrl = (server: ServerProcess) => `${server.url}api/reactions?page=${encodeURIComponent(READ_PAGE)}`;

async function sendReport(server: ServerProcess, i: number): Promise<void> {
  const body = illegalReport({
    idempotencyKey: randomUUID(),
    page: { url: `https://news.example.cn/news/${i}.html`, title: 'T' },
  });
  const response = await post(server.url, body, { 'X-Forwarded-For': `10.${(i >> 8) & 255}.${i & 255}.1` });
  await expect(response, 201);
}

/** One new reader's like (a change, never a retry). */
async function press(server: ServerProcess, page: string): Promise<void> {
  const n = ++presses;
  const response = await fetch(`${server.url}api/reactions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    },
    body: JSON.stringify({ page, kind: 'like', reader: `bench-reader-${String(n).padStart(10, '0')}` }),
  });
  await expect(response, 200);
}

async function read(server: ServerProcess, headers: Record<string, string>, status: number): Promise<void> {
  await expect(await fetch(readUrl(server), { headers }), status);
}

async function expect(response: Response, status: number): Promise<void> {
  await response.arrayBuffer();
  if (response.status !== status) throw new Error(`${response.url}: answer ${response.status}, not ${status}`);
}
