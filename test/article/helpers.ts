import { waitUntil } from '../helpers/wait.js';
import { seedBodyHtml } from '../../fixtures/seed-article.js';

/** Links src/folio.css as a page would, in <head>; resolves once it applies. */
export async function linkFolioCss(): Promise<void> {
  const href = new URL('../../src/folio.css', import.meta.url).href;
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

/** A container in the page holding the seed article with the given attributes, written the way a CMS template writes it. */
export function mountSeed(attributes: string, { lang = 'zh-CN', width = '' } = {}): HTMLElement {
  const container = document.createElement('div');
  container.lang = lang;
  if (width) container.style.width = width;
  // A paragraph after the article: what follows it on the page must not move either.
  container.innerHTML = `<folio-article ${attributes}>\n${seedBodyHtml()}\n</folio-article><p class="after-article">下文</p>`;
  document.body.append(container);
  return container;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Waits until the article's contents list has `count` links (its headings have ids). */
export async function tocLinks(article: Element, count: number): Promise<HTMLAnchorElement[]> {
  await waitUntil(
    () => article.querySelectorAll('[data-folio-article-part="toc"] nav a').length === count,
    `contents with ${count} links`,
  );
  return [...article.querySelectorAll<HTMLAnchorElement>('[data-folio-article-part="toc"] nav a')];
}
