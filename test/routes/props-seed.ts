/**
 * The fast-check settings for test/reliability/properties*.test.ts, under
 * /test-api/props/. Browser code cannot read the environment, so the runner
 * hands it over: FOLIO_FC_SEED replays a failure (its seed is printed with
 * it), FOLIO_FC_RUNS multiplies every property's number of runs for a deeper
 * search than the default suite can afford.
 *
 *   settings   { seed: string | null, runs: string | null }
 */
interface Ctx {
  path: string;
  body: unknown;
  type: string;
}

export default async function propsSettings(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (ctx.path !== '/test-api/props/settings') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ seed: process.env.FOLIO_FC_SEED ?? null, runs: process.env.FOLIO_FC_RUNS ?? null });
}
