import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The URL worth prefetching, or undefined: only same-origin http(s) pages
 * (a cross-origin prefetch leaks the reader's intent to another site and is
 * refused by browsers anyway), never the page itself. The fragment is
 * dropped because it does not change what is fetched.
 */
export function prefetchableUrl(href: string, doc: Document): string | undefined {
  let url: URL;
  try {
    url = new URL(href, doc.baseURI);
  } catch {
    return undefined;
  }
  const here = new URL(doc.URL);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.origin !== here.origin) return undefined;
  url.hash = '';
  here.hash = '';
  return url.href === here.href ? undefined : url.href;
}

/**
 * Adds a prefetch hint to `<head>` for a URL the reader is about to follow
 * (hovered or focused), once per URL, and removes every hint it added when
 * the host leaves the page.
 */
export class PrefetchController implements ReactiveController {
  private readonly hints = new Map<string, HTMLLinkElement>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** Hints `href` unless it was already hinted or is not prefetchable. */
  add(href: string): void {
    const doc = this.host.ownerDocument;
    const url = prefetchableUrl(href, doc);
    if (!url || this.hints.has(url)) return;
    // A <link>, never an inline speculation-rules script: a strict Content-Security-Policy
    // (script-src 'self', Trusted Types) refuses inline scripts, and allows this same-origin hint.
    const hint = doc.createElement('link');
    hint.rel = 'prefetch';
    hint.href = url;
    doc.head.append(hint);
    this.hints.set(url, hint);
  }

  clear(): void {
    for (const hint of this.hints.values()) hint.remove();
    this.hints.clear();
  }
}

