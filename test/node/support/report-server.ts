// One report server process for the multi-process tests and the benchmark:
// the reference handler (`createReportHandler`) on the store that
// `storeFromEnv` picks, behind `withRateLimit`, mounted with `toNodeListener`
// on a free loopback port. It prints `{"port":N}` on one line when it listens.
//
// Environment: FOLIO_REPORTS_DATABASE_URL or REPORTS_FILE (the store),
// PER_CLIENT / PER_PAGE / WINDOW_SECONDS (the limits; default: practically
// none; RATE_LIMIT=off leaves the wrapper out), FOLIO_REPORTS_SALT (shared by
// all processes of a test).
//
// The client address comes from X-Forwarded-For, as behind a site's load
// balancer, so one test machine can play many clients on loopback.
import { createServer } from 'node:http';
import { createReportHandler, toNodeListener } from '../../../src/server/index.js';
import { createClientHasher, reportsSalt } from '../../../src/server/client-hash.js';
import { withRateLimit } from '../../../src/server/rate-limit.js';
import { rateLimiterFor, storeFromEnv } from '../../../src/server/store-from-env.js';

const env = process.env;
const store = await storeFromEnv(env, { filePath: env.REPORTS_FILE ?? 'reports.jsonl' });
const clientAddress = (request: Request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || undefined;
const salt = reportsSalt();
const reports = createReportHandler({ store, clientAddress, addressSalt: salt });
const handler =
  env.RATE_LIMIT === 'off'
    ? reports
    : withRateLimit(reports, {
        limiter: rateLimiterFor(store),
        perClient: Number(env.PER_CLIENT ?? 1e9),
        perPage: Number(env.PER_PAGE ?? 1e9),
        windowSeconds: Number(env.WINDOW_SECONDS ?? 3600),
        clientAddress,
        hashClient: createClientHasher({ salt }),
      });
const server = createServer(toNodeListener(handler));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
});
const shutdown = () => server.close(() => void store.close?.().finally(() => process.exit(0)));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
