// One reactions server process for the multi-process test and the benchmark:
// `createReactionHandler` on the store that `reactionStoreFromEnv` picks
// (PostgreSQL with FOLIO_REPORTS_DATABASE_URL, else the file REACTIONS_FILE),
// with the store's own limiter, mounted with `toNodeListener` on a free
// loopback port. It prints `{"port":N}` on one line when it listens.
//
// Pages of https://news.example.cn are taken. The client address comes from
// X-Forwarded-For, as behind a site's load balancer, so one test machine can
// play many readers; PER_CLIENT is their cap (default: practically none).
import { createServer } from 'node:http';
import { createReactionHandler, toNodeListener } from '../../../src/server/index.js';
import { reportsSalt } from '../../../src/server/client-hash.js';
import { rateLimiterFor, reactionStoreFromEnv } from '../../../src/server/store-from-env.js';

const env = process.env;
const store = await reactionStoreFromEnv(env, { filePath: env.REACTIONS_FILE ?? 'reactions.jsonl' });
const handler = createReactionHandler({
  store,
  pageOrigins: ['https://news.example.cn'],
  clientAddress: (request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || undefined,
  addressSalt: reportsSalt(),
  limiter: rateLimiterFor(store),
  perClient: Number(env.PER_CLIENT ?? 1e9),
});
const server = createServer(toNodeListener(handler));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
});
const shutdown = () => server.close(() => void store.close?.().finally(() => process.exit(0)));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
