/**
 * Server-rendered pages for the browser tests, under /test-api/ssr/…: the
 * real `renderArticlePage` running in the test server, so the tests load
 * HTML exactly as a Node site would send it.
 *
 *   seed-article.html            the seed article, as the demo serves it
 *   seed-article.html?links      the seed with prev/next titles and links and two related posts
 *   seed-article.html?bare       without the demo site's stylesheet and column (the article takes the width)
 *
 * Its stylesheet and script point at this checkout's src/ (the test server
 * serves the folder above the repository).
 */
import { renderSeedPage, seedPageOptions } from '../../demo/ssr/seed-page.js';
import { seed } from '../../fixtures/seed-article.js';
import { renderArticlePage, type ArticleDocument } from '../../src/ssr/index.js';

interface Ctx {
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  type: string;
  set(field: string, value: string): void;
}

const PREFIX = '/test-api/ssr/';

export const withLinks: ArticleDocument = {
  ...seed,
  prev: { ...seed.prev, title: '上一篇的标题', href: '/news/1039.html' },
  next: { ...seed.next, title: '下一篇的标题', href: '/news/1041.html' },
  related: {
    heading: '相关推荐',
    items: [
      { title: '相关文章一', href: '/news/1001.html', date: '2023-05-28T09:30:00+08:00' },
      { title: '相关文章二', href: '/news/1002.html' },
    ],
  },
};

export default async function ssr(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (!ctx.path.startsWith(PREFIX)) return next();
  if (ctx.path.slice(PREFIX.length) !== 'seed-article.html') {
    ctx.status = 404;
    ctx.body = 'no such page';
    return;
  }
  const options = {
    stylesheet: `/src/folio.css`,
    script: `/src/ssr/hydrate.ts`,
    stylesheets: 'bare' in ctx.query ? [] : [`/demo/site.css`],
    mainClass: 'bare' in ctx.query ? undefined : seedPageOptions.mainClass,
  };
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body =
    'links' in ctx.query
      ? await renderArticlePage(withLinks, { ...seedPageOptions, ...options })
      : await renderSeedPage(options);
}
