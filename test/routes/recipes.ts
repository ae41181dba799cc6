/**
 * The CMS recipes' pages for the browser tests, rendered on request by the
 * real engines (php-cli, Jinja2; see test/recipes/render-recipe.ts):
 *
 *   /test-api/recipes/<plain-html|php|jinja|node>/<seed|hostile>?css=URL&js=URL
 *
 * `css` and `js` replace the two head lines' URLs, so the page loads the tags
 * from this repository's src/ through the test server (for the server-rendered
 * Node recipe, `js` is the hydrating entry, src/ssr/hydrate.ts).
 */
import type { IncomingMessage } from 'node:http';
import {
  HOSTILE_ARTICLE,
  RECIPES,
  SEED_ARTICLE,
  SSR_RECIPE,
  renderRecipe,
  type Recipe,
} from '../recipes/render-recipe.js';

interface Ctx {
  path: string;
  query: Record<string, string | string[] | undefined>;
  req: IncomingMessage;
  status: number;
  body: unknown;
  type: string;
}

const PREFIX = '/test-api/recipes/';
const KNOWN: readonly string[] = [...RECIPES, SSR_RECIPE];
const ARTICLES: Record<string, string> = { seed: SEED_ARTICLE, hostile: HOSTILE_ARTICLE };

export default async function recipes(ctx: Ctx, next: () => Promise<unknown>): Promise<unknown> {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [recipe, article] = ctx.path.slice(PREFIX.length).split('/');
  const css = ctx.query.css;
  const js = ctx.query.js;
  if (
    !KNOWN.includes(recipe ?? '') ||
    !article ||
    !ARTICLES[article] ||
    typeof css !== 'string' ||
    typeof js !== 'string'
  ) {
    ctx.status = 404;
    ctx.body = `no such recipe page: ${ctx.path}`;
    return;
  }
  try {
    ctx.body = await renderRecipe(recipe as Recipe, ARTICLES[article]!, { css, js });
    ctx.type = 'text/html; charset=utf-8';
    ctx.status = 200;
  } catch (error) {
    ctx.status = 500;
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = String(error instanceof Error ? error.message : error);
  }
}
