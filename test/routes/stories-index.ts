/**
 * GET /test-api/stories/index.json: the `stories/*.stories.ts` files, as
 * `["article.stories.ts", …]`, sorted. The story tests import each one, so a
 * new stories file is checked without anyone adding it to a list.
 */
import { readdirSync } from 'node:fs';

interface Ctx {
  path: string;
  body: unknown;
  type: string;
}

const STORIES = new URL('../../stories/', import.meta.url);

export default async function storiesIndex(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (ctx.path !== '/test-api/stories/index.json') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(
    readdirSync(STORIES)
      .filter((f) => f.endsWith('.stories.ts'))
      .sort(),
  );
}
