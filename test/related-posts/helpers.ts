import { waitUntil } from '../helpers/wait.js';
import type { FolioRelatedPosts } from '../../src/related-posts/related-posts.js';

export const API = '/test-api/related/';

/** A key of its own for each test, so the server's request log is the test's alone. */
export function uniqueKey(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** What the test server saw for `key`. */
export async function serverLog(key: string): Promise<{ requests: number; aborted: number }> {
  return (await fetch(`${API}log?key=${key}`)).json();
}

export async function untilState(
  el: FolioRelatedPosts,
  state: 'loading' | 'loaded' | 'empty' | 'error',
  timeout = 5000,
): Promise<void> {
  await waitUntil(() => el.matches(`:state(${state})`), `never reached :state(${state})`, { timeout });
  await el.updateComplete;
}

export const shadow = (el: FolioRelatedPosts) => el.shadowRoot!;
export const titles = (el: FolioRelatedPosts) =>
  [...shadow(el).querySelectorAll('[part~="title"]')].map((t) => t.textContent!.trim());
export const links = (el: FolioRelatedPosts) => [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];

export function items(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    title: `Post ${i + 1}`,
    href: `/posts/${i + 1}.html`,
    date: `2023-06-0${(i % 9) + 1}T10:40:00+08:00`,
    image: `${API}image/${i + 1}.svg`,
    excerpt: `Excerpt of post ${i + 1}.`,
  }));
}
