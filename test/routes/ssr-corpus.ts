/**
 * The CMS corpus rendered by the server, for the browser's parity test
 * (test/article/content-policy.test.ts): /test-api/ssr-corpus/<index>?base=<page URL>
 * answers renderArticle's `<folio-article>` for that entry, its body
 * sanitized in Node (jsdom) with the same policy the browser uses.
 */
import { CMS_CORPUS } from '../../fixtures/cms-corpus/index.js';
import { renderArticle } from '../../src/ssr/index.js';

interface Ctx {
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  type: string;
}

const PREFIX = '/test-api/ssr-corpus/';

export default async function ssrCorpus(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const entry = CMS_CORPUS[Number(ctx.path.slice(PREFIX.length))];
  if (!entry) {
    ctx.status = 404;
    ctx.body = 'no such entry';
    return;
  }
  const warn = console.warn;
  console.warn = () => {}; // the removals are the browser test's to read, from the element
  try {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderArticle(
      { lang: 'en', title: entry.name, blocks: [], html: entry.html },
      { url: String(ctx.query.base), article: { toc: false, readingTime: false, structuredData: false } },
    );
  } finally {
    console.warn = warn;
  }
}
