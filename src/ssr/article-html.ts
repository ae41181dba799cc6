import type { createRequire as CreateRequire } from 'node:module';
import { sanitizeArticleHtml } from '../article/sanitize.js';

/**
 * An article body given as HTML (`ArticleDocument.html`), on the server:
 * sanitized by the browser's own sanitizer and content policy
 * (src/article/sanitize.ts), so the page is the same with script on or off
 * (article.ts then adds what the elements add on upgrade). DOMPurify needs a DOM, which Node lacks:
 * jsdom's, an optional peer dependency needed only for such a body.
 */

let jsdomWindow: Window | undefined;

function serverWindow(): Window {
  if (jsdomWindow) return jsdomWindow;
  let JSDOM: new (html: string) => { window: Window };
  try {
    // Node's require, without a static import of node:module: tests load this module's importers in a browser too.
    const { createRequire } = process.getBuiltinModule('node:module') as { createRequire: typeof CreateRequire };
    ({ JSDOM } = createRequire(import.meta.url)('jsdom'));
  } catch (error) {
    throw new Error(
      'renderArticlePage: an `html` body is sanitized with DOMPurify, which needs a DOM on a server: npm install jsdom',
      { cause: error },
    );
  }
  return (jsdomWindow = new JSDOM('<!doctype html><html><body></body></html>').window);
}

/** The sanitized body, in an element of jsdom's document (with the removals reported, as the element does). */
export function sanitizedServerBody(html: string, embedHosts: string | undefined, base: string): HTMLElement {
  const win = serverWindow();
  const { fragment, removed } = sanitizeArticleHtml(html, { window: win, embedHosts, base });
  if (removed.length)
    console.warn(
      `renderArticlePage: html: removed what an article may not contain (${[...new Set(removed)].join(', ')}).`,
    );
  const body = win.document.createElement('div');
  body.append(fragment);
  return body;
}
